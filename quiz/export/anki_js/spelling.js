/* quiz: one typed word against one word of an answer, a port of quiz/answers/spelling.py,
   names.py and transliteration.py. A word is [shown, plain, accented, dotted, name, capital]
   as quiz/export/anki_judging.py writes the answer's words. L is the card's lexicon: the
   known words near the answer (L.near: word -> 1 if a common English word, else 0) and a
   short list of common words (T.commonWords). */
var quizSpelling = (function (T) {
  "use strict";
  var SHOWN = 0, PLAIN = 1, ACCENTED = 2, DOTTED = 3, NAME = 4, CAPITAL = 5;
  var VARIANTS = [
    [/our(s?)$/, "or$1"],
    [/([^aeiou])re([sd]?)$/, "$1er$2"],
    [/is(e|ed|es|ing|ation|ations)$/, "iz$1"],
    [/ys(e|ed|es|ing)$/, "yz$1"],
    [/ogue$/, "og"],
    [/ence$/, "ense"],
    [/ll(ed|ing|er)$/, "l$1"],
  ];
  var FOLDS = [
    [/^(?:ie|ye|je)/, "e"],
    [/(?:tsch|tch|tsh|cz)/g, "C"],
    [/(?:sch|sh|sz)/g, "S"],
    [/zh/g, "Z"],
    [/kh/g, "X"],
    [/ph/g, "f"],
    [/ck|q|c(?![eiyC])/g, "k"],
    [/x/g, "ks"],
    [/w/g, "v"],
    [/ff$/, "v"],
    [/ou|oo/g, "u"],
    [/[yj]/g, "i"],
    [/ts|tz|c|z|s/g, "s"],
    [/(.)\1+/g, "$1"],
  ];

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function lexicon(data) {
    var near = {};
    (data.near || []).forEach(function (entry) { near[entry[0]] = entry[1]; });
    var ends = {}, full = {};
    (data.ends || []).forEach(function (w) { ends[w] = true; });
    (data.full || []).forEach(function (n) { full[n] = true; });
    return {
      isCommon: function (w) { return near[w] === 1 || has(T.commonWords, w); },
      knows: function (w) { return has(near, w) || has(T.commonWords, w); },
      isNameEnd: function (w) { return has(ends, w); },
      writesName: function (n) { return has(full, n); },
    };
  }

  /* British and American spellings as one: labour/labor, centre/center, -ise/-ize ... */
  function variant(word) {
    VARIANTS.forEach(function (v) { word = word.replace(v[0], v[1]); });
    var out = "";
    for (var i = 0; i < word.length; i++) {
      var pair = word.substr(i, 2);
      if ((pair === "ae" || pair === "oe") && i > 0 && /[a-z]/.test(word.charAt(i - 1)) && /[a-z]/.test(word.charAt(i + 2))) {
        out += "e";
        i++;
      } else {
        out += word.charAt(i);
      }
    }
    return out;
  }

  function umlautsWrittenOut(accented) {
    return accented.split("oe").join("ö").split("ae").join("ä").split("ue").join("ü");
  }

  function singular(word) {
    if (word.length <= 3 || word.slice(-1) !== "s" || /\d/.test(word)) return word;
    return word.slice(-3) === "ies" ? word.slice(0, -3) + "y" : word.slice(0, -1);
  }

  /* Optimal string alignment distance (as rapidfuzz's OSA). */
  function osa(a, b) {
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) d.push([i]);
    for (j = 1; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  function soundKeys(word) {
    var text = "";
    for (var i = 0; i < word.length; i++) {
      var c = word.charAt(i);
      text += has(T.scholarly, c) ? T.scholarly[c] : c;
    }
    text = text.normalize("NFKD").replace(/[^a-z0-9]/gi, "");
    var base = "", bare = false;
    for (var k = 0; k < text.length; k++) {
      if (text.substr(k, 2) === "ch" && (k === 0 || "ts".indexOf(text.charAt(k - 1)) < 0)) {
        base += "\u0000";
        bare = true;
        k++;
      } else {
        base += text.charAt(k);
      }
    }
    var readings = bare ? ["tsch", "sh", "kh"].map(function (s) { return base.split("\u0000").join(s); }) : [text];
    return readings.map(function (reading) {
      FOLDS.forEach(function (f) { reading = reading.replace(f[0], f[1]); });
      return reading;
    });
  }

  function sameSounds(typed, key) {
    var keys = soundKeys(key);
    return soundKeys(typed).some(function (k) { return keys.indexOf(k) >= 0; });
  }

  function expansions(word) {
    return has(T.shortForms, word) ? T.shortForms[word] : [];
  }

  function otherPerson(typed, key) {
    for (var e = 0; e < T.endings.length; e++) {
      var fem = T.endings[e][0], masc = T.endings[e][1];
      var pairs = [[typed, key], [key, typed]];
      for (var p = 0; p < 2; p++) {
        var a = pairs[p][0], b = pairs[p][1];
        if (a.slice(-fem.length) === fem && b === a.slice(0, a.length - fem.length) + masc && b.length > 2) return true;
      }
    }
    var stems = [["ov", "na"], ["ev", "na"], ["ov", "ich"], ["ev", "ich"]];
    for (var s = 0; s < stems.length; s++) {
      var stem = stems[s][0], ending = stems[s][1];
      if ((key.slice(-2) === stem && typed === key + ending) || (typed.slice(-2) === stem && key === typed + ending)) return true;
    }
    return (key.slice(-3) === "ova" || key.slice(-3) === "eva") && typed === key.slice(0, -1) + "na";
  }

  function another(typed, key, L) {
    var kind = L.isCommon(typed[PLAIN]) && !key[NAME] ? "word" : "name";
    return "'" + typed[SHOWN] + "' is another " + kind + ", not a misspelling of '" + key[SHOWN] + "'.";
  }

  function digitReason(typed, key) {
    if (typed === key + "s") return typed + " is a decade, not the year " + key + ".";
    if (key === typed + "s") return typed + " is a year, not the " + key + ".";
    return "";
  }

  function match(kind, cost, edits, note) {
    return { kind: kind, cost: cost, edits: edits, note: note };
  }

  var EXACT = match("exact", 0, 0, "");

  /* [match or null, reason]: how the typed word matches the answer's word (spelling.compare). */
  function compare(typed, key, L, answerWords) {
    var t = typed[PLAIN], k = key[PLAIN];
    var spelled = "spelled '" + key[SHOWN] + "'", read = "'" + typed[SHOWN] + "' read as '" + key[SHOWN] + "'";
    if (t === k) return typed[ACCENTED] !== key[ACCENTED] ? [match("accents", 1, 0, spelled), ""] : [EXACT, ""];
    if (/\d/.test(t + k)) {
      if (t.replace(/(st|nd|rd|th)$/, "") === k.replace(/(st|nd|rd|th)$/, "")) return [match("ordinal", 1, 0, read), ""];
      return [null, digitReason(t, k)];
    }
    if (key[ACCENTED] === umlautsWrittenOut(typed[ACCENTED])) return [match("accents", 1, 0, spelled), ""];
    if (t.length === 1 && (key[NAME] || (typed[DOTTED] && key[CAPITAL])) && k.indexOf(t) === 0) {
      return [match("initial", 1, 0, read), ""];
    }
    if (expansions(t).indexOf(k) >= 0 || (typed[DOTTED] && k.indexOf(t) === 0 && (t.length >= 3 || T.compass.indexOf(k) >= 0))) {
      return [match("short", 1, 0, read), ""];
    }
    if (expansions(k).indexOf(t) >= 0) return [EXACT, ""];
    if (variant(t) === variant(k)) return [match("spelling", 0, 0, ""), ""];
    if (key[NAME] && otherPerson(t, k)) return [null, another(typed, key, L)];
    if (singular(t) === singular(k)) return [match("plural", 1, 0, spelled), ""];
    var edits = osa(t, k);
    var close = k.length > 2 && edits <= Math.max(1, Math.floor(k.length / 5));
    var sounds = k.length > 2 && sameSounds(typed[ACCENTED], key[ACCENTED]);
    if (!(close || sounds)) return [null, ""];
    var changed = t.length === k.length && t.split("").sort().join("") !== k.split("").sort().join("");
    if (!answerWords[t] && (L.isCommon(t) || (L.knows(t) && (changed || !key[NAME])))) return [null, another(typed, key, L)];
    if (close && (!key[NAME] || (t.charAt(0) === k.charAt(0) && !(k.length <= T.shortName && changed)))) {
      return [match("typo", 2, edits, spelled), ""];
    }
    if (sounds) return [match("sounds", 1, 0, read), ""];
    return [null, another(typed, key, L)];
  }

  return { compare: compare, lexicon: lexicon, osa: osa, has: has };
})(quizTables);
