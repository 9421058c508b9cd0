/* quiz: options, order items and match columns shuffled at every review.
   The front draws an order and keeps it in sessionStorage (Anki desktop, AnkiDroid and
   AnkiMobile keep it between the two sides; desktop re-renders the back from scratch);
   the back puts its lists in the same order and gives each entry the label it had on
   the front. Where sessionStorage cannot be used, both sides draw from the same seed
   (the lists' name and the day), so they still agree. Where no script runs, every list
   keeps the order the export gave it, with its labels. */
(function () {
  "use strict";
  var KEY = "quiz-shuffle";
  var lists = document.querySelectorAll("[data-shuffle]");
  if (!lists.length) return;

  function store() {
    try {
      var s = window.sessionStorage;
      s.setItem(KEY + "-test", "1");
      s.removeItem(KEY + "-test");
      return s;
    } catch (e) {
      return null;
    }
  }

  function seeded(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return function () {
      h = (h + 0x6d2b79f5) >>> 0;
      var t = Math.imul(h ^ (h >>> 15), 1 | h);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function permutation(n, random) {
    var order = [];
    for (var i = 0; i < n; i++) order.push(i);
    for (var j = n - 1; j > 0; j--) {
      var k = Math.floor(random() * (j + 1));
      var swap = order[j];
      order[j] = order[k];
      order[k] = swap;
    }
    return order;
  }

  function inverse(order) {
    var at = [];
    order.forEach(function (item, position) { at[item] = position; });
    return at;
  }

  function label(position) {
    var out = "";
    for (var n = position; n >= 0; n = Math.floor(n / 26) - 1) out = String.fromCharCode(65 + (n % 26)) + out;
    return out;
  }

  function children(element, tag) {
    return Array.prototype.filter.call(element.children, function (c) { return c.tagName === tag; });
  }

  function rows(table) {
    return Array.prototype.slice.call(table.querySelectorAll("tr"));
  }

  function isBack(list) {
    return /\b(marked|order|pairs)\b/.test(list.className);
  }

  /* The orders of one note's lists: drawn on the front, read back on the back. */
  function orders(name, sizes, front) {
    var s = store();
    if (!s) {
      var random = seeded(name + "/" + Math.floor(Date.now() / 86400000));
      return sizes.map(function (n) { return permutation(n, random); });
    }
    if (front) {
      var drawn = sizes.map(function (n) { return permutation(n, Math.random); });
      s.setItem(KEY, JSON.stringify({ name: name, sizes: sizes, orders: drawn }));
      return drawn;
    }
    try {
      var kept = JSON.parse(s.getItem(KEY));
      if (kept && kept.name === name && JSON.stringify(kept.sizes) === JSON.stringify(sizes)) return kept.orders;
    } catch (e) {}
    return null; // a back shown without its front (a preview): the export's order
  }

  function reorder(parent, items, order) {
    order.forEach(function (i) { parent.appendChild(items[i]); });
  }

  Array.prototype.forEach.call(lists, function (list) {
    var name = list.getAttribute("data-shuffle"), back = isBack(list), drawn;
    if (list.tagName === "TABLE") { // a match: n left items, m right-hand entries (spares too)
      var trs = rows(list), sizes = (list.getAttribute("data-sizes") || "").split(" ").map(Number);
      if (sizes.length !== 2 || !(sizes[0] > 0 && sizes[1] >= sizes[0])) return;
      drawn = orders(name, sizes, !back);
      if (!drawn) return;
      var left = inverse(drawn[0]), right = inverse(drawn[1]);
      if (!back) {
        var lefts = trs.slice(0, sizes[0]).map(function (tr) { return tr.cells[0]; });
        var rights = trs.map(function (tr) { return tr.cells[1]; });
        trs.forEach(function (tr, row) {
          if (row < sizes[0]) tr.appendChild(lefts[drawn[0][row]]);
          else tr.appendChild(tr.cells[0]);
          tr.appendChild(rights[drawn[1][row]]);
        });
        return;
      }
      trs.forEach(function (tr) {
        var col = right[+tr.getAttribute("data-right")];
        var row = tr.hasAttribute("data-left") ? left[+tr.getAttribute("data-left")] : sizes[0] + col;
        tr.setAttribute("data-row", row);
        if (tr.hasAttribute("data-left")) tr.cells[0].setAttribute("data-label", String(row + 1));
        tr.cells[1].setAttribute("data-label", label(col));
      });
      var body = trs[0].parentNode;
      trs.sort(function (a, b) { return a.getAttribute("data-row") - b.getAttribute("data-row"); });
      trs.forEach(function (tr) { body.appendChild(tr); });
      return;
    }
    var items = children(list, "LI");
    drawn = orders(name, [items.length], !back);
    if (!drawn) return;
    if (/\border\b/.test(list.className)) {
      var at = inverse(drawn[0]);
      items.forEach(function (li) { li.setAttribute("data-label", label(at[+li.getAttribute("data-at")])); });
      return;
    }
    reorder(list, items, drawn[0]);
  });
})();
