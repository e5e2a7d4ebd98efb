// factcheck search index: see src/main/java/factcheck/render/SearchIndex.java
window.FACTCHECK_SEARCH = {"version":2,"claims":51,"shards":2,"chunk":20,"fields":{"claim":32,"claimant":16,"actors":8,"topics":4,"summary":2,"quotes":1},"ratings":[{"id":"accurate","label":"Accurate","rank":0},{"id":"mostly-accurate","label":"Mostly accurate","rank":1},{"id":"mixed","label":"Mixed","rank":2},{"id":"misleading","label":"Misleading","rank":3},{"id":"false","label":"False","rank":4},{"id":"unproven","label":"Unproven","rank":5}]};
window.FACTCHECK_SEARCH.parts = {};
window.FACTCHECK_SEARCH.add = function (kind, n, data) { this.parts[kind + '/' + n] = data; };
