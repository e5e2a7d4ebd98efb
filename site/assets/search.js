// Search that works from file:// (no fetch) at any size. The index is in pieces, each a script
// that hands its data to FACTCHECK_SEARCH.add (see src/main/java/factcheck/render/SearchIndex.java):
// a query loads the shard of each of its words and the cards of the results it shows, no more.
(function () {
  'use strict';

  // --- Words, made as SearchWords.java makes them: both are checked on src/test/resources/search-words.json.

  // The marks readers leave out when they type: combining diacritics, Arabic tashkeel, and tatweel.
  var DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
  var WORD_CHAR = /[\p{L}\p{Nd}\p{M}]/u;
  var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

  function fold(s) {
    return s.toLowerCase().normalize('NFKD').replace(DIACRITICS, '').replace(/\u0671/g, '\u0627').replace(/\u03c2/g, '\u03c3');
  }

  function words(text) {
    // Plain ASCII, the usual query, without the Unicode tables (compiling them is a phone's 40 ms).
    if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    var out = [];
    var word = '';
    Array.from(fold(text)).forEach(function (c) {
      if (WORD_CHAR.test(c) && UNSPACED.test(c)) {
        if (word) out.push(word);
        out.push(c);
        word = '';
      } else if (WORD_CHAR.test(c)) {
        word += c;
      } else if (word) {
        out.push(word);
        word = '';
      }
    });
    if (word) out.push(word);
    return out;
  }

  // The shard a word is in: the FNV-1a hash of its first two UTF-16 units; shards is a power of two.
  function shardOf(word, shards) {
    var key = word.length > 2 ? word.slice(0, 2) : word;
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return hash & (shards - 1);
  }

  window.FACTCHECK_SEARCH_WORDS = { words: words, shardOf: shardOf }; // for browser/search-words.mjs

  // --- The search page.

  var index = window.FACTCHECK_SEARCH;
  var form = typeof document !== 'undefined' && document.querySelector('form.search');
  if (!form) return;
  var input = document.getElementById('q');
  var ratingFilter = document.getElementById('rating');
  var topicFilter = document.getElementById('topic');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  if (!input || !list || !status) return;

  // The page's words, in its language, from the search status's data attributes (see search.html):
  // a pattern with {0} and {1}, and a count's forms picked by the browser's CLDR plural rules.
  var lang = document.documentElement.lang || 'en';
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : { select: function (n) { return n === 1 ? 'one' : 'other'; } };
  function say(pattern, a, b) {
    return (pattern || '').replace('{0}', a).replace('{1}', b);
  }
  function count(n) {
    var forms = JSON.parse(status.dataset.found || '{}');
    var form = forms['=' + n] || forms[plural.select(n)] || forms.other || '{0}';
    return say(form, n.toLocaleString(lang));
  }

  if (!index || !index.parts) {
    status.textContent = status.dataset.unavailable || 'Search is not available: its index (search/index.js) did not load.';
    return;
  }

  var PAGE = 20;
  var fields = index.fields;
  // The best field a word stands in decides its weight: the claim, then its claimant, then the rest.
  var weights = [[fields.claim, 8], [fields.claimant, 5], [fields.actors, 4], [fields.topics, 3], [fields.summary, 2], [fields.quotes, 1]];

  var loading = {};
  function load(kind, n) {
    var key = kind + '/' + n;
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        var src = kind === 'verdicts' || kind === 'topics' ? kind + '.js' : key + '.js';
        script.src = src;
        script.onload = function () {
          if (key in index.parts) resolve(index.parts[key]);
          else reject(new Error('search/' + src + ' holds no part of the search index'));
        };
        script.onerror = function () {
          delete loading[key];
          reject(new Error('could not load search/' + src));
        };
        document.head.appendChild(script);
      });
    }
    return loading[key];
  }

  function weight(bits) {
    for (var i = 0; i < weights.length; i++) if (bits & weights[i][0]) return weights[i][1];
    return 0;
  }

  // The claims one query word finds: for each claim (by number) its best score there and every
  // field it stands in, and the claims in the order found. Typed arrays, not maps: a broad word
  // stands in most of fifty thousand claims. A word of one letter finds that word alone; a longer
  // one every word it begins, a whole word scoring double.
  function find(word) {
    return load('shards', shardOf(word, index.shards)).then(function (terms) {
      var found = { score: new Uint16Array(index.claims), bits: new Uint8Array(index.claims), claims: [] };
      Object.keys(terms).forEach(function (term) {
        var whole = term === word;
        if (!whole && (word.length < 2 || term.lastIndexOf(word, 0) !== 0)) return;
        var postings = terms[term];
        var claim = 0;
        for (var i = 0; i < postings.length; i += 2) {
          claim += postings[i];
          var score = weight(postings[i + 1]) * (whole ? 2 : 1);
          if (found.score[claim] === 0) found.claims.push(claim);
          if (score > found.score[claim]) found.score[claim] = score;
          found.bits[claim] |= postings[i + 1];
        }
      });
      return found;
    });
  }

  // Claims that hold every word, best first, the newest first among equals: all the words in one
  // field count double. Each result is one number, sorted natively: a comparator function over
  // thousands of results was most of the ranking on a phone.
  function rank(perWord) {
    perWord.sort(function (a, b) { return a.claims.length - b.claims.length; });
    var keys = new Float64Array(perWord[0].claims.length);
    var found = 0;
    perWord[0].claims.forEach(function (claim) {
      var score = 0;
      var together = -1;
      for (var i = 0; i < perWord.length; i++) {
        if (perWord[i].score[claim] === 0) return;
        score += perWord[i].score[claim];
        together &= perWord[i].bits[claim];
      }
      if (perWord.length > 1 && together) score *= 2;
      keys[found++] = (0xffff - Math.min(score, 0xffff)) * 0x100000000 + (0xffffffff - claim); // claims are numbered oldest first
    });
    var sorted = keys.subarray(0, found).sort();
    var results = new Array(found);
    for (var i = 0; i < found; i++) results[i] = 0xffffffff - (sorted[i] % 0x100000000);
    return results;
  }

  function filtered(claims, rating, topic) {
    var checks = [];
    if (rating) {
      var r = index.ratings.filter(function (x) { return x.id === rating; })[0];
      checks.push(load('verdicts', 0).then(function (ranks) {
        return function (claim) { return r !== undefined && ranks[claim] === r.rank; };
      }));
    }
    if (topic) {
      checks.push(load('topics', 0).then(function (topics) {
        var members = new Set();
        var claim = 0;
        (topics[topic] || []).forEach(function (gap) { claim += gap; members.add(claim); });
        return function (c) { return members.has(c); };
      }));
    }
    return Promise.all(checks).then(function (tests) {
      return claims.filter(function (c) { return tests.every(function (t) { return t(c); }); });
    });
  }

  // Every claim, the newest first: what a filter alone lists.
  function everyClaim() {
    var all = [];
    for (var i = index.claims - 1; i >= 0; i--) all.push(i);
    return all;
  }

  // Each verdict's id by its label, from the verdict filter, for the class a page's own verdicts carry (rating-ID).
  var ratingIds = {};
  if (ratingFilter) Array.prototype.forEach.call(ratingFilter.options, function (o) { if (o.value) ratingIds[o.textContent] = o.value; });

  function card(c) {
    var li = document.createElement('li');
    li.className = 'card';
    var verdict = document.createElement('span');
    verdict.className = 'verdict verdict-r' + c[2] + (ratingIds[c[3]] ? ' rating-' + ratingIds[c[3]] : '');
    verdict.textContent = c[3];
    var link = document.createElement('a');
    link.className = 'card-claim';
    link.href = '../claims/' + c[0] + '/index.html';
    link.textContent = c[1];
    var by = document.createElement('span');
    by.className = 'card-by';
    by.textContent = '\u2014 ' + c[4];
    li.append(verdict, ' ', link, by);
    return li;
  }

  var current = [];
  var shown = 0;
  var run = 0;

  function announce() {
    var n = current.length;
    var found = count(n);
    status.textContent = shown < n ? say(status.dataset.shown, found, shown.toLocaleString(lang)) : found;
  }

  function failed(e) {
    status.textContent = status.dataset.failed || 'Search failed: part of its index could not be loaded.';
    if (window.console) console.warn(e); // what failed, for the desk; the reader gets words in the page's language
  }

  // The next page of results, each shown as soon as its card and those before it have loaded:
  // the first result need not wait for the cards of the twentieth. With focusFirst (after "More
  // results"), the first new result takes the focus, so that a keyboard reader goes on from there.
  function showMore(ticket, focusFirst) {
    var results = current;
    var next = results.slice(shown, shown + PAGE);
    var ready = [];
    var appended = 0;
    shown += next.length;
    if (more) more.disabled = true;
    function live() {
      return ticket === run && results === current;
    }
    function cardOf(claim, i) {
      return load('cards', Math.floor(claim / index.chunk)).then(function (cards) {
        if (!live()) return;
        ready[i] = cards[claim % index.chunk];
        while (ready[appended]) {
          var li = card(ready[appended]);
          list.appendChild(li);
          if (focusFirst && appended === 0) li.querySelector('a').focus();
          appended++;
        }
      });
    }
    // The first card's chunk alone, then the others: on a slow phone they would all be parsed before it.
    var first = next.length ? cardOf(next[0], 0) : Promise.resolve();
    return first.then(function () {
      return Promise.all(next.slice(1).map(function (claim, i) { return cardOf(claim, i + 1); }));
    }).then(function () {
      if (!live()) return;
      announce();
      if (more) {
        more.disabled = false;
        more.hidden = shown >= results.length;
      }
    }).catch(function (e) {
      if (!live()) return;
      failed(e);
      if (more) more.disabled = false;
    });
  }

  function search() {
    var ticket = ++run;
    var query = input.value;
    var rating = ratingFilter ? ratingFilter.value : '';
    var topic = topicFilter ? topicFilter.value : '';
    if (more) more.hidden = true; // until this search's results are shown: it would page the last one's
    remember(query, rating, topic);
    var ws = words(query).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!ws.length && !rating && !topic) {
      current = [];
      list.textContent = '';
      status.textContent = '';
      return Promise.resolve();
    }
    var claims = ws.length ? Promise.all(ws.map(find)).then(rank) : Promise.resolve(everyClaim());
    return claims.then(function (found) { return filtered(found, rating, topic); }).then(function (found) {
      if (ticket !== run) return;
      current = found;
      shown = 0;
      list.textContent = '';
      announce();
      return showMore(ticket, false);
    }).catch(function (e) {
      if (ticket === run) failed(e);
    });
  }

  // The query and filters stay in the address, so that a search can be linked and reloaded.
  function remember(query, rating, topic) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    if (rating) params.set('rating', rating);
    if (topic) params.set('topic', topic);
    var search = params.toString();
    try {
      history.replaceState(null, '', search ? '?' + search : window.location.pathname);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the search works all the same.
    }
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  if (ratingFilter) ratingFilter.value = params.get('rating') || '';
  if (topicFilter) topicFilter.value = params.get('topic') || '';
  var waiting = null;
  input.addEventListener('input', function () {
    clearTimeout(waiting);
    waiting = setTimeout(search, 200); // one search when the reader pauses, not one per key
  });
  [ratingFilter, topicFilter].forEach(function (select) { if (select) select.addEventListener('change', search); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(waiting);
    search();
  });
  if (more) more.addEventListener('click', function () { showMore(run, true); });
  search();
})();
