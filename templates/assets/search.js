// Search that works from file:// (no fetch): the index is a script that sets window.FACTCHECK_SEARCH.
// Every word of the query must occur (accents and case ignored); matches in the claim rank first.
(function () {
  'use strict';
  var index = window.FACTCHECK_SEARCH || [];
  var form = document.querySelector('form.search');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !list) return;

  function fold(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var weights = { c: 8, by: 5, a: 4, t: 3, s: 2, q: 1 };
  var prepared = index.map(function (r) {
    var f = {};
    Object.keys(weights).forEach(function (k) { f[k] = fold(r[k]); });
    return { r: r, f: f };
  });

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var hits = [];
    prepared.forEach(function (p) {
      var score = 0;
      var all = words.every(function (w) {
        var found = false;
        Object.keys(weights).forEach(function (k) {
          if (p.f[k].indexOf(w) >= 0) { score += weights[k]; found = true; }
        });
        return found;
      });
      if (all) hits.push({ r: p.r, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || (a.r.p < b.r.p ? -1 : 1); });
    return hits.map(function (h) { return h.r; });
  }

  function show(query) {
    list.textContent = '';
    if (!query.trim()) { status.textContent = ''; return; }
    var results = search(query);
    status.textContent = results.length === 1 ? '1 claim found' : results.length + ' claims found';
    results.forEach(function (r) {
      var li = document.createElement('li');
      li.className = 'card';
      var verdict = document.createElement('span');
      verdict.className = 'verdict verdict-r' + r.k;
      verdict.textContent = r.r;
      var link = document.createElement('a');
      link.className = 'card-claim';
      link.href = '../' + r.p;
      link.textContent = r.c;
      var by = document.createElement('span');
      by.className = 'card-by';
      by.textContent = '\u2014 ' + r.n;
      li.append(verdict, ' ', link, by);
      list.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  input.addEventListener('input', function () { show(input.value); });
})();
