"""Headless Chromium for the tests that run card scripts, driven over a pipe.

Chromium's DevTools protocol is spoken through ``--remote-debugging-pipe`` (JSON messages
ended by a NUL byte on file descriptors 3 and 4), so no websocket library is needed.
Pages are served from a temporary folder by a local HTTP server: card scripts keep their
state in ``sessionStorage``, which needs a real origin. One browser serves a whole test
session (tests/export/conftest.py); starting it costs about a second.

Every JavaScript exception a page throws is collected; :meth:`Page.errors` lets a test
fail on them.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--remote-debugging-pipe",
)
CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    """``$QUIZ_CHROMIUM``, or the first Chromium on the PATH."""
    given = os.environ.get("QUIZ_CHROMIUM")
    if given:
        return given
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium and a local HTTP server for the pages it opens."""

    def __init__(self, executable: str):
        self.folder = Path(tempfile.mkdtemp(prefix="quiz-browser-"))
        (self.folder / "www").mkdir()
        profile = self.folder / "profile"
        commands_r, commands_w = os.pipe()
        replies_r, replies_w = os.pipe()
        # bash moves them to 3 and 4 for Chromium: they must not be 3 or 4 already
        commands_r, replies_w = (_high(fd) for fd in (commands_r, replies_w))
        args = [*FLAGS, f"--user-data-dir={profile}", "about:blank"]
        shell = f'exec "$0" "$@" 3<&{commands_r} 4>&{replies_w}'
        self.process = subprocess.Popen(
            ["bash", "-c", shell, executable, *args],
            pass_fds=(commands_r, replies_w),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if not os.environ.get("QUIZ_BROWSER_LOG") else None,
        )
        os.close(commands_r)
        os.close(replies_w)
        self.commands = os.fdopen(commands_w, "wb", buffering=0)
        self.replies = os.fdopen(replies_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        handler = functools.partial(_Quiet, directory=str(self.folder / "www"))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.send("Target.getTargets")  # the browser answers: it is up

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.commands.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            chunk = self.replies.read(1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        for i, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return self.events.pop(i)
        while True:
            event = self._read()
            if event.get("method") == method and event.get("sessionId") == session:
                return event
            self.events.append(event)

    def serve(self, name: str, html: str) -> str:
        """Put a page in the served folder; its URL."""
        (self.folder / "www" / name).write_text(html, encoding="utf-8")
        return f"{self.origin}/{name}"

    def page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        return Page(self, target, session["sessionId"])

    def close(self) -> None:
        self.server.shutdown()
        with contextlib.suppress(Exception):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.commands.close()
        self.replies.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class Page:
    """One tab: navigate, run scripts before a page's own, evaluate, take screenshots."""

    def __init__(self, browser: Browser, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def before_load(self, source: str) -> None:
        """Run ``source`` in every document this page opens, before its own scripts."""
        self.call("Page.addScriptToEvaluateOnNewDocument", {"source": source})

    def open(self, url: str) -> None:
        self.call("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(result["exceptionDetails"].get("exception", {}).get("description"))
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """The exceptions the page's scripts threw so far (and forget them)."""
        mine = [
            e
            for e in self.browser.events
            if e.get("method") == "Runtime.exceptionThrown" and e.get("sessionId") == self.session
        ]
        for e in mine:
            self.browser.events.remove(e)
        return [
            e["params"]["exceptionDetails"].get("exception", {}).get("description", "?")
            for e in mine
        ]

    def screenshot(self, path: Path, width: int = 700, height: int = 600) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        import base64

        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})


def _high(fd: int) -> int:
    """The same pipe end on a descriptor number of 100 or more (the original closed)."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 100)
    os.close(fd)
    return high


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass
