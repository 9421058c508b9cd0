/* quiz: a typed answer judged as the terminal judges it, a port of quiz/answers/text.py
   and typed.py for short and numeric answers. judge(data, typed) returns
   {verdict: right | wrong | unreadable | blank, notes: [...], reason: "..."}. */
var quizJudge = (function (T, N, S) {
  "use strict";
  var SHOWN = 0, PLAIN = 1, DOTTED = 3, NAME = 4, CAPITAL = 5;
  var TOKEN = /\d+(?:[.,]\d+)*(?:'?s\b|st\b|nd\b|rd\b|th\b)?|[\p{L}\p{Nl}\p{No}]+(?:['\u2019][\p{L}\p{Nl}\p{No}]+)*\.?/gu;
  var SIGN = new RegExp("(?:" + T.numberSigns.map(escapeRe).join("|") + ")\\.?\\s*(?=\\d)", "giu");
  var WORDISH = /[\p{L}\p{N}_]/u;
  var has = S.has;

  function escapeRe(text) {
    return text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  }

  function isLatin(c) {
    return c.charCodeAt(0) < 128 || /\p{Script=Latin}/u.test(c);
  }

  /* Letters of other scripts in Latin, as anyascii writes them (Cyrillic and Greek). */
  function toLatin(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      out += !isLatin(c) && has(T.latin, c) ? T.latin[c] : c;
    }
    return out;
  }

  function fold(word) {
    return word.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/ß/g, "ss")
      .replace(/ς/g, "σ").replace(/['\u2019]/g, "");
  }

  /* The words that count, small words aside (unless nothing else is left): words_of. */
  function wordsOf(text) {
    text = toLatin(text.slice(0, T.maxChars)).normalize("NFKC").replace(/\u2019/g, "'");
    text = text.replace(SIGN, function (match, at, whole) {
      return at > 0 && WORDISH.test(whole.charAt(at - 1)) ? match : " number ";
    });
    text = N.spellNumbers(text);
    var tokens = (text.match(TOKEN) || []).map(function (token) {
      return /^\d/.test(token) ? token.split(",").join("") : token;
    });
    for (var y = 1; y < tokens.length; y++) {  /* full_year: "1890-91" is 1890 to 1891 */
      var before = tokens[y - 1];
      if (/^\d\d$/.test(tokens[y]) && /^[12]\d{3}$/.test(before) && +tokens[y] > +before.slice(2)) {
        tokens[y] = before.slice(0, 2) + tokens[y];
      }
    }
    var words = tokens.map(function (token) {
      var bare = token.replace(/\.+$/, "");
      var accented = bare.toLowerCase().replace(/ß/g, "ss").replace(/'/g, "");
      return [token, fold(bare), accented, /\.$/.test(token) ? 1 : 0, 0, /^\p{Lu}/u.test(token) ? 1 : 0];
    });
    var digit = function (k) { return k >= 0 && k < words.length && /^\d/.test(words[k][PLAIN]); };
    var kept = words.filter(function (w, k) {
      var joins = T.rangeWords.indexOf(w[PLAIN]) >= 0 && digit(k + 1) && (w[PLAIN] === "from" || digit(k - 1));
      return !(T.ignoredWords.indexOf(w[PLAIN]) >= 0 && !w[DOTTED]) && !joins;
    });
    return kept.length ? kept : words;
  }

  function extra(word, where, key, L, answerWords) {
    var w = word[PLAIN];
    if (T.titles.indexOf(w) >= 0 && where !== "infix") return ["'" + word[SHOWN] + "' set aside", false];
    if (T.categoryWords.indexOf(w) >= 0 && where === "suffix" && key[key.length - 1][CAPITAL]) {
      return ["'" + word[SHOWN] + "' set aside", false];
    }
    var surname = key[key.length - 1][NAME] || (key.length === 1 && key[0][CAPITAL] && where === "prefix");
    if (where !== "suffix" && surname && !/\d/.test(w)) {
      var initial = w.length === 1 || (word[DOTTED] && w.length <= 3);
      var otherName = L.isNameEnd(w) && !answerWords[w] && !L.isCommon(w);
      if (initial || !(L.isCommon(w) || otherName)) return [T.fullerName, where === "prefix"];
    }
    return null;
  }

  function initials(typed, words) {
    return words.every(function (w) { return w[CAPITAL] && !w[NAME]; }) &&
      typed[PLAIN] === words.map(function (w) { return w[PLAIN].charAt(0); }).join("");
  }

  /* The cheapest way to read typed as key plus allowed extra words, or null (_align). */
  function align(typed, key, L, answerWords, reasons) {
    if (typed.length > key.length + T.maxExtraWords) return null;
    var memo = {};

    function best(i, j) {
      var slot = i + "," + j;
      if (has(memo, slot)) return memo[slot];
      var result = null;
      if (i === typed.length) {
        result = j === key.length ? { cost: 0, edits: 0, notes: [], given: [], full: 0 } : null;
      } else {
        var options = [], rest;
        if (j < key.length) {
          var compared = S.compare(typed[i], key[j], L, answerWords), found = compared[0];
          rest = found ? best(i + 1, j + 1) : null;
          if (found && rest) {
            options.push({
              cost: found.cost + rest.cost,
              edits: found.edits + rest.edits,
              notes: (found.note ? [found.note] : []).concat(rest.notes),
              given: rest.given,
              full: rest.full + (found.kind !== "initial" ? 1 : 0),
            });
          } else if (compared[1]) {
            reasons.push(compared[1]);
          }
        }
        for (var m = 2; m <= key.length - j; m++) {
          var words = key.slice(j, j + m);
          rest = initials(typed[i], words) ? best(i + 1, j + m) : null;
          if (rest) {
            var read = "'" + typed[i][SHOWN] + "' read as '" + words.map(function (w) { return w[SHOWN]; }).join(" ") + "'";
            options.push({ cost: 1 + rest.cost, edits: rest.edits, notes: [read].concat(rest.notes), given: rest.given, full: m });
          }
        }
        var where = j === 0 ? "prefix" : j === key.length ? "suffix" : "infix";
        var more = extra(typed[i], where, key, L, answerWords);
        rest = more ? best(i + 1, j) : null;
        if (more && rest) {
          var unsure = more[0] === T.fullerName && !key[key.length - 1][NAME] ? 1 : 0;
          options.push({
            cost: 1 + unsure + rest.cost,
            edits: rest.edits,
            notes: [more[0]].concat(rest.notes),
            given: (more[1] ? [typed[i]] : []).concat(rest.given),
            full: rest.full,
          });
        }
        options.forEach(function (o) { if (!result || o.cost < result.cost) result = o; });
      }
      memo[slot] = result;
      return result;
    }

    return best(0, 0);
  }

  function givenNames(forms) {
    return forms.filter(function (f) { return f.length > 1 && f[0][NAME] && f[f.length - 1][NAME]; })
      .map(function (f) { return f[0]; });
  }

  function runTogether(typed, key) {
    if (typed.length === key.length) return false;
    var t = typed.map(function (w) { return w[PLAIN]; }).join("");
    var k = key.map(function (w) { return w[PLAIN]; }).join("");
    if (t === k) return true;
    return k.length > 8 && !/\d/.test(t + k) && S.osa(t, k) <= 1;
  }

  function matchForm(answer, typed, form, key, forms, L, answerWords) {
    var typedNumber = N.asNumber(answer);
    if (typedNumber !== null && typedNumber === N.asNumber(form)) return { kind: "exact", cost: 0, notes: [] };
    if (!key.length) return { kind: "none", reason: "" };
    var reasons = [];
    var aligned = align(typed, key, L, answerWords, reasons);
    var letters = key.reduce(function (n, w) { return n + w[PLAIN].length; }, 0);
    if (aligned && !aligned.full && key.some(function (k) { return k[NAME]; })) aligned = null;
    var cap = letters <= T.exactMaxLen ? 0 : Math.max(1, T.fuzzyShare * letters);
    if (aligned && aligned.edits > cap) aligned = null;
    if (aligned && aligned.given.length) {
      var wanted = key.length === 1 ? givenNames(forms) : [];
      var given = aligned.given[0];
      if (wanted.length && !wanted.some(function (g) { return S.compare(given, g, L, {})[0]; })) {
        return { kind: "none", reason: "'" + given[SHOWN] + "' is not the given name the answer has ('" + wanted[0][SHOWN] + "')." };
      }
    }
    if (aligned) {
      var notes = aligned.notes.filter(function (n, i) { return aligned.notes.indexOf(n) === i; });
      return { kind: aligned.cost ? "near" : "exact", cost: aligned.cost, notes: notes };
    }
    if (runTogether(typed, key)) return { kind: "near", cost: 2, notes: ["spelled '" + form + "'"] };
    return { kind: "none", reason: reasons[0] || "" };
  }

  /* The date a text writes with its month named, as [year or null, month, day], or null
     (quiz/answers/dates.py: read_date). */
  var MONTHS = ["january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"];
  var D = "(\\d{1,2})(?:st|nd|rd|th)?", M = "([a-z]+)\\.?", Y = "(?:,?\\s+(\\d{3,4}))?";
  var DAY_FIRST = new RegExp("^(?:the\\s+)?" + D + "\\s+(?:of\\s+)?" + M + Y + "$");
  var MONTH_FIRST = new RegExp("^" + M + "\\s+(?:the\\s+)?" + D + Y + "$");
  var ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

  function monthOf(name) {
    if (name === "sept") return 9;
    for (var i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i] === name || MONTHS[i].slice(0, 3) === name) return i + 1;
    }
    return 0;
  }

  function readDate(text) {
    text = text.toLowerCase().replace(/,/g, ", ").split(/\s+/).filter(Boolean).join(" ")
      .replace(/^[ .]+|[ .]+$/g, "").replace(/^on\s+/, "");
    var year, month, day, m = ISO.exec(text);
    if (m) {
      year = +m[1]; month = +m[2]; day = +m[3];
    } else if ((m = DAY_FIRST.exec(text))) {
      day = +m[1]; month = monthOf(m[2]); year = m[3] ? +m[3] : null;
    } else if ((m = MONTH_FIRST.exec(text))) {
      month = monthOf(m[1]); day = +m[2]; year = m[3] ? +m[3] : null;
    } else {
      return null;
    }
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? [year, month, day] : null;
  }

  function sameDate(typed, key) {
    var a = readDate(typed), b = readDate(key);
    if (a === null || b === null || a[1] !== b[1] || a[2] !== b[2]) return false;
    return b[0] === null || a[0] === b[0];  /* a key without a year asks only for the day */
  }

  /* A typed text against every accepted form; the closest reading wins (match_text). */
  function matchText(answer, data, L) {
    var typed = wordsOf(answer);
    var best = { kind: "none", reason: "" };
    if (!typed.length) return best;
    var forms = data.forms, answerWords = {};
    forms.forEach(function (f) { f.forEach(function (w) { answerWords[w[PLAIN]] = true; }); });
    if (L.writesName(typed.map(function (w) { return w[PLAIN]; }).join(" "))) {
      typed.forEach(function (w) { answerWords[w[PLAIN]] = true; });
    }
    var script = answer !== toLatin(answer);
    data.texts.forEach(function (text, i) {
      var found = matchForm(answer, typed, text, forms[i], forms, L, answerWords);
      if (found.kind !== "none" && script) {
        found = { kind: "near", cost: found.cost + 1, notes: ["'" + answer.trim() + "' read as '" + text + "'"] };
      }
      var accepted = found.kind !== "none", bestAccepted = best.kind !== "none";
      var closer = accepted && (!bestAccepted || found.cost < best.cost);
      if (closer || (!bestAccepted && found.reason && !best.reason)) best = found;
    });
    if (best.kind === "none") {  /* "26 June" for June 26: the same day in another order */
      for (var i = 0; i < data.texts.length; i++) {
        if (sameDate(answer, data.texts[i])) {
          return { kind: "near", cost: 1, notes: ["'" + answer.trim() + "' is the same day"] };
        }
      }
    }
    return best;
  }

  function judgeShort(data, typed) {
    var found = matchText(typed, data, S.lexicon(data));
    if (found.kind !== "none") return { verdict: "right", notes: found.notes, reason: "" };
    return { verdict: "wrong", notes: [], reason: found.reason || "" };
  }

  function judgeNumeric(data, typed) {
    var reading = N.readNumber(typed, data.unit);
    if (reading === null) {
      return { verdict: "unreadable", notes: [], reason: "Type one number, e.g. 1930, 1 000 or 1.5 million." };
    }
    if (reading.decade) return { verdict: "wrong", notes: [], reason: "'" + typed.trim() + "' is a decade, not one year." };
    var other = N.contradictingUnit(reading.words, data.unit);
    if (other) return { verdict: "wrong", notes: [], reason: "'" + other + "' is not the unit asked (" + data.unit + ")." };
    var slack = data.tolerance + 1e-9 * Math.max(1, Math.abs(data.answer));
    var closest = reading.readings.reduce(function (a, b) {
      return Math.abs(b[0] - data.answer) < Math.abs(a[0] - data.answer) ? b : a;
    });
    if (Math.abs(closest[0] - data.answer) <= slack) {
      return { verdict: "right", notes: closest[1] ? [closest[1]] : [], reason: "" };
    }
    return { verdict: "wrong", notes: [], reason: closest[0] > data.answer ? "Too high." : "Too low." };
  }

  function judge(data, typed) {
    if (!typed.trim()) return { verdict: "blank", notes: [], reason: "No answer." };
    return data.kind === "numeric" ? judgeNumeric(data, typed) : judgeShort(data, typed);
  }

  return { judge: judge };
})(quizTables, quizNumbers, quizSpelling);
