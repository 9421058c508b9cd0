/* quiz: numbers in typed answers, a port of quiz/core/numbers.py and quiz/answers/units.py.
   Plain script for Anki's card views (desktop, AnkiDroid, AnkiMobile): no modules, no
   regular-expression lookbehind (older iOS has none), no double braces (Anki's template
   syntax). T holds the tables quiz itself judges with, written in by the export. */
var quizNumbers = (function (T) {
  "use strict";
  var WORD = /[a-z]+(?:-[a-z]+)*/gi;
  var SMALL = ["a", "an", "and", "oh"];
  var SCALES = Object.keys(T.scaleWords);
  var NUMBER = new RegExp(
    "[-+]?(?:(\\d{1,3}(?:\\.\\d{3})+)(?![.,]?\\d)" +
      "|\\d{1,3}(?:([, '])\\d{3})(?:\\2\\d{3})*(?:\\.\\d+)?" +
      "|\\d+(?:[.,]\\d+)?|[.,]\\d+)(?!\\d)",
    "g"
  );
  var SCALE_AFTER = /\s*(thousand|million|billion|trillion|mln|mn|bn|k|m|b)(?![a-z])/y;
  var DECADE_AFTER = /'?s(?![a-z])/y;
  var WORDISH = /[\p{L}\p{N}_]/u;

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isNumberWord(w) {
    return has(T.numberWords, w) || has(T.ordinalWords, w) || has(T.scaleWords, w);
  }

  function ordinal(n) {
    var tens = n % 100;
    var suffix = tens >= 10 && tens <= 20 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" })[n % 10] || "th";
    return String(n) + suffix;
  }

  function cardinal(words) {
    var total = 0, current = 0, last = "", scaleSeen = Infinity;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], next = i + 1 < words.length ? words[i + 1] : "";
      var nextScales = next === "hundred" || has(T.scaleWords, next);
      if (w === "a" || w === "an") {
        if (last || !nextScales) return null;
        current = 1;
        last = "unit";
      } else if (w === "and") {
        if ((last !== "hundred" && last !== "scale") || !next || nextScales) return null;
      } else if (w === "hundred" && ["", "unit", "teen", "tens"].indexOf(last) >= 0 && current < 100) {
        current = Math.max(current, 1) * 100;
        last = "hundred";
      } else if (has(T.scaleWords, w) && ["", "unit", "teen", "tens", "hundred"].indexOf(last) >= 0) {
        current = last ? current : 1;
        if (T.scaleWords[w] >= scaleSeen) return null;
        scaleSeen = T.scaleWords[w];
        total += current * T.scaleWords[w];
        current = 0;
        last = "scale";
      } else if (has(T.numberWords, w) && w !== "hundred") {
        var v = T.numberWords[w];
        var kind = v < 10 ? "unit" : v < 20 ? "teen" : "tens";
        if ((last === "tens" && kind === "unit") || ["", "hundred", "scale", "and"].indexOf(last) >= 0) {
          current += v;
          last = kind;
        } else {
          return null;
        }
        if (v === 0 && words.length > 1) return null;
      } else {
        return null;
      }
    }
    return last ? total + current : null;
  }

  function twoDigits(words) {
    if (words.length === 2 && (words[0] === "oh" || words[0] === "o")) {
      var unit = has(T.numberWords, words[1]) ? T.numberWords[words[1]] : 10;
      if (unit < 10) return unit;
    }
    var value = words.length && words.indexOf("hundred") < 0 ? cardinal(words) : null;
    return value !== null && value >= 10 && value <= 99 ? value : null;
  }

  function wordsValue(words) {
    if (!words.length) return null;
    var last = words[words.length - 1];
    var isOrdinal = has(T.ordinalWords, last);
    if (isOrdinal) {
      words = words.slice(0, -1).concat([T.ordinalWords[last]]);
      if (words.length === 1 && (words[0] === "hundred" || has(T.scaleWords, words[0]))) {
        words = ["a"].concat(words);
      }
    }
    var value = cardinal(words);
    if (value === null && !isOrdinal) {
      for (var cut = 1; cut <= 2; cut++) {
        var high = twoDigits(words.slice(0, cut)), low = twoDigits(words.slice(cut));
        if (high !== null && low !== null && words.length > cut) return [high * 100 + low, false];
      }
    }
    return value !== null ? [value, isOrdinal] : null;
  }

  /* Number words as digits: 'thirty-two' -> '32', 'first' -> '1st', 'threefold' -> '3fold'. */
  function spellNumbers(text) {
    var words = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    var out = [], last = 0, i = 0;
    while (i < words.length) {
      var j = i, run = [];
      while (j < words.length) {
        var parts = words[j].text.toLowerCase().split("-");
        var gap = j === i ? "" : text.slice(words[j - 1].end, words[j].start).replace(/^[ -]+|[ -]+$/g, "");
        var ok = parts.every(function (p) { return isNumberWord(p) || SMALL.indexOf(p) >= 0; });
        if (gap || !ok) break;
        run.push(parts);
        j++;
      }
      while (run.length && SMALL.indexOf(run[run.length - 1][run[run.length - 1].length - 1]) >= 0) {
        run.pop();
        j--;
      }
      var flat = [].concat.apply([], run);
      var afterDigits = /\d\s*$/.test(text.slice(0, words[i].start));
      var scaled = flat.length > 0 && (flat[0] === "hundred" || has(T.scaleWords, flat[0])) && afterDigits;
      var value = flat.some(isNumberWord) && !scaled ? wordsValue(flat) : null;
      if (value === null) {
        var lower = words[i].text.toLowerCase();
        var stem = lower.slice(-4) === "fold" ? lower.slice(0, -4) : lower;
        if (stem !== lower && has(T.numberWords, stem)) {
          out.push(text.slice(last, words[i].start), T.numberWords[stem] + "fold");
          last = words[i].end;
        }
        i++;
        continue;
      }
      out.push(text.slice(last, words[i].start), value[1] ? ordinal(value[0]) : String(value[0]));
      last = words[j - 1].end;
      i = j;
    }
    out.push(text.slice(last));
    return out.join("");
  }

  function clean(text) {
    text = text.slice(0, T.maxChars).normalize("NFKC").toLowerCase().replace(/ß/g, "ss");
    text = text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/\u2212/g, "-").replace(/\u2019/g, "'");
    text = text.replace(/[x\u00d7](?=\d)/g, function (match, at, whole) {
      return at > 0 && WORDISH.test(whole.charAt(at - 1)) ? match : "";
    });
    return spellNumbers(text);
  }

  function formatNumber(value) {
    if (Number.isInteger(value)) {
      var digits = String(Math.abs(value));
      if (Math.abs(value) >= 10000) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      return (value < 0 ? "-" : "") + digits;
    }
    return String(Number(value.toPrecision(10)));
  }

  /* Each number written in digits, as quiz/core/numbers.py _numbers reads it. */
  function numbers(text) {
    var found = [], m;
    NUMBER.lastIndex = 0;
    while ((m = NUMBER.exec(text))) {
      var before = m.index > 0 ? text.charAt(m.index - 1) : "";
      if (before && (WORDISH.test(before) || before === "." || before === ",")) {
        NUMBER.lastIndex = m.index + 1; // the lookbehind failed here: try one further
        continue;
      }
      var raw = m[2] ? m[0].split(m[2]).join("") : m[0];
      var readings;
      if (m[1]) {
        var grouped = parseFloat(raw.replace(/\./g, ""));
        var note = "'" + m[0].trim() + "' read as " + formatNumber(grouped);
        readings = (raw.match(/\./g) || []).length > 1 ? [[grouped, note]] : [[grouped, note], [parseFloat(raw), ""]];
      } else {
        if (!m[2]) raw = raw.replace(",", ".");
        readings = [[parseFloat(raw), ""]];
      }
      var end = m.index + m[0].length;
      SCALE_AFTER.lastIndex = end;
      var scale = SCALE_AFTER.exec(text);
      DECADE_AFTER.lastIndex = end;
      var decade = !scale && DECADE_AFTER.test(text);
      found.push({
        readings: readings,
        scale: scale ? scale[1] : "",
        start: m.index,
        end: scale ? end + scale[0].length : end,
        decade: decade,
      });
    }
    return found;
  }

  function scaleOf(token) {
    return has(T.scaleAbbreviations, token) ? T.scaleAbbreviations[token] : has(T.scaleWords, token) ? T.scaleWords[token] : 1;
  }

  /* The value of a text that is nothing but a number ('nine', '900 million'), or null. */
  function asNumber(text) {
    var cleaned = clean(text).trim();
    var found = numbers(cleaned);
    if (found.length !== 1 || has(T.scaleAbbreviations, found[0].scale) || found[0].decade) return null;
    var n = found[0];
    if (/[\p{L}\p{N}_]/u.test(cleaned.slice(0, n.start) + cleaned.slice(n.end))) return null;
    var value = n.readings[n.readings.length - 1][0];
    return value * (has(T.scaleWords, n.scale) ? T.scaleWords[n.scale] : 1);
  }

  function unitScale(unit) {
    var first = (unit || "").toLowerCase().split(/\s+/).filter(Boolean)[0];
    return first && has(T.scaleWords, first) ? T.scaleWords[first] : 1;
  }

  /* The values a typed answer may mean in the question's unit, and the words after it. */
  function readNumber(text, unit) {
    var cleaned = clean(text);
    var found = numbers(cleaned);
    if (found.length !== 1) return null;
    var n = found[0];
    var perUnit = unitScale(unit);
    var factor = scaleOf(n.scale) / perUnit;
    var both = (!n.scale && perUnit !== 1) || (T.unitLike.indexOf(n.scale) >= 0 && perUnit === 1);
    var readings = [], seen = {};
    n.readings.forEach(function (r) {
      var values = both ? [r[0], r[0] * factor] : [r[0] * factor];
      values.forEach(function (v) {
        var key = v + "|" + r[1];
        if (!seen[key]) readings.push([v, r[1]]);
        seen[key] = true;
      });
    });
    var after = cleaned.slice(n.end);
    if (n.decade) after = after.replace(/'?s(?![a-z])/, "");
    var words = (cleaned.slice(0, n.start).match(/[£€$]/g) || []).concat(after.match(/[a-z]+|[%£€$]/g) || []);
    return { readings: readings, words: words, decade: n.decade };
  }

  var BY_WORDS = {}, LONGEST = 1;
  Object.keys(T.units).forEach(function (unit) {
    T.units[unit].forEach(function (name) {
      BY_WORDS[name] = unit;
      LONGEST = Math.max(LONGEST, name.split(" ").length);
    });
  });

  function unitsNamed(words) {
    var found = [], i = 0;
    words = words.map(function (w) { return w.toLowerCase(); });
    while (i < words.length) {
      var size = Math.min(LONGEST, words.length - i);
      for (; size > 0; size--) {
        var phrase = words.slice(i, i + size).join(" ");
        if (has(BY_WORDS, phrase)) {
          found.push([BY_WORDS[phrase], phrase]);
          i += size;
          break;
        }
      }
      if (!size) i++;
    }
    return found;
  }

  function unitOf(text) {
    var named = unitsNamed((text || "").toLowerCase().match(/[a-z0-9]+|[%£€$]/g) || []);
    return named.length ? named[0][0] : null;
  }

  function contradictingUnit(typedWords, keyUnit) {
    var wanted = unitOf(keyUnit);
    if (wanted === null) return "";
    var other = unitsNamed(typedWords).filter(function (u) { return u[0] !== wanted; })[0];
    return other ? other[1] : "";
  }

  return {
    spellNumbers: spellNumbers,
    asNumber: asNumber,
    readNumber: readNumber,
    contradictingUnit: contradictingUnit,
    formatNumber: formatNumber,
  };
})(quizTables);
