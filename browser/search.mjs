// Search on a site whose index spans many shards, opened from file:// in Debian's Chromium:
// counts as the fixture expects them, paging, the verdict and topic filters, the address keeping
// the search, folding (case, diacritics, ё, Arabic vowel marks), ranking, and only some of the
// index loaded.
// usage: node search.mjs SITE_DIR EXPECTED_JSON
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [site, expectedFile] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const shards = readdirSync(join(site, 'search/shards')).length;
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} search: ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => failures.push(`script error: ${e.message}`));
  const loaded = [];
  page.on('request', (r) => loaded.push(r.url()));
  const url = (query) => pathToFileURL(join(site, 'search/index.html')).href + query;
  const status = () => page.textContent('#search-status');
  const count = async () => Number(((await status()).match(/^(\d+) claims? found/) || [0, 0])[1]);
  const results = () => page.$$eval('#search-results li', (li) => li.length);
  const settle = () => page.waitForFunction(() => document.getElementById('search-status').textContent !== '');

  check(shards >= 4, `the fixture's index has ${shards} shards`);

  await page.goto(url('?q=GAS'));
  await settle();
  check(await count() === expected.byWord.gas, `?q=GAS finds ${await count()} claims, expected ${expected.byWord.gas}`);
  check(await results() === 20, `the first page shows ${await results()} results, expected 20`);
  const shardsLoaded = loaded.filter((u) => u.includes('/search/shards/')).length;
  check(shardsLoaded === 1, `one word loads ${shardsLoaded} shard(s) of ${shards}`);
  const links = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
  check(links.every((h) => /^\.\.\/claims\/many-\d{4}\/index\.html$/.test(h)), 'every result links to a claim page');
  check(await page.$$eval('#search-results .verdict', (v) => v.every((s) => s.textContent.trim() !== '')), 'every result shows its verdict in words');

  await page.click('#search-more');
  // The next page's cards come in one by one as their chunks load: wait for all of them, not the first.
  const nextPage = Math.min(40, expected.byWord.gas);
  await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length >= n, nextPage, { timeout: 10000 }).catch(() => {});
  const shownNow = await results();
  check(shownNow === nextPage, `"More results" shows ${shownNow}, expected ${nextPage}`);

  await page.selectOption('#rating', 'false');
  await page.waitForFunction((n) => document.getElementById('search-status').textContent.startsWith(n + ' '), expected.byWordAndRating['gas|false']);
  check(await count() === expected.byWordAndRating['gas|false'], `gas with the verdict False: ${await count()}`);
  check(page.url().includes('q=GAS') && page.url().includes('rating=false'), `the address keeps the search: ${page.url()}`);
  check(await page.$$eval('#search-results .verdict', (v) => v.every((s) => s.textContent.trim() === 'False')), 'the filtered results are all False');

  await page.goto(url('?topic=t2'));
  await settle();
  check(await count() === expected.byTopic.t2, `?topic=t2 alone lists ${await count()}, expected ${expected.byTopic.t2}`);

  for (const [query, word] of [['cafe', 'café'], ['алматы', 'Алматы'], ['елка', 'ёлка']]) {
    await page.goto(url('?q=' + encodeURIComponent(query)));
    await settle();
    check(await count() === expected.byWord[word], `?q=${query} finds ${word}: ${await count()}, expected ${expected.byWord[word]}`);
  }

  await page.goto(url('?q=' + encodeURIComponent('مَطار')));
  await settle();
  check(await count() === expected.byWord['مطار'], `?q=مَطار (with a vowel mark) finds مطار: ${await count()}`);

  for (const [query, order] of Object.entries(expected.ranking)) {
    await page.goto(url('?q=' + encodeURIComponent(query)));
    await settle();
    const ids = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href').split('/')[2]));
    check(JSON.stringify(ids) === JSON.stringify(order), `?q=${query} ranks ${ids.join(', ')}; expected ${order.join(', ')}`);
  }

  await page.goto(url(''));
  await page.fill('#q', 'troops');
  await page.waitForFunction(() => /claims? found/.test(document.getElementById('search-status').textContent));
  check(await count() === expected.byWord.troops, `typing "troops" finds ${await count()}, expected ${expected.byWord.troops}`);
  check(page.url().includes('q=troops'), `typing keeps the query in the address: ${page.url()}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
