// Times one search in factcheck's search page and in Pagefind's default UI, on the same built site
// served over loopback, in Debian's Chromium with the CPU slowed 4x (as Lighthouse's mobile
// profile does). Each search runs in a fresh browser context, so nothing is cached.
//   measured: navigation start to the first result shown (a MutationObserver notes the moment),
//   and the bytes of every response until the network is idle, gzipped as a host that compresses text sends them (files
//   that are compressed already, such as Pagefind's index, count as they are).
// usage: node measure.mjs SITE_DIR QUERIES_JSON ROUNDS   (prints JSON: one record per run)
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [site, queriesFile, roundsText] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const rounds = Number(roundsText || 3);
const TEXT = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt']);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

function fileOf(urlPath) {
  let path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(site, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file;
}

const server = createServer((req, res) => {
  const file = fileOf(req.url);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Bytes as a compressing host sends the file behind a URL. */
function sentBytes(url) {
  const file = fileOf(new URL(url).pathname);
  if (!existsSync(file)) return 0;
  const bytes = readFileSync(file);
  return TEXT.has(extname(file)) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

const TOOLS = {
  factcheck: { page: (q) => `/search/index.html?q=${encodeURIComponent(q)}`, first: '#search-results li a' },
  pagefind: { page: (q) => `/pagefind-search.html?q=${encodeURIComponent(q)}`, first: '.pagefind-ui__result-link' },
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const records = [];
try {
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const order = round % 2 === 0 ? ['factcheck', 'pagefind'] : ['pagefind', 'factcheck'];
      for (const tool of order) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const urls = [];
        page.on('requestfinished', (r) => urls.push(r.url()));
        await page.addInitScript((selector) => {
          window.__firstResult = null;
          new MutationObserver((_, observer) => {
            if (window.__firstResult === null && document.querySelector(selector)) {
              window.__firstResult = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        }, TOOLS[tool].first);
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(origin + TOOLS[tool].page(query.text));
        await page.waitForFunction(() => window.__firstResult !== null, null, { timeout: 120000 });
        const ms = await page.evaluate(() => window.__firstResult);
        // What loads with the first results counts with them: until nothing has been asked for in a second.
        for (let seen = -1; seen !== urls.length; ) {
          seen = urls.length;
          await page.waitForTimeout(1000);
        }
        const count = await page.$$eval(TOOLS[tool].first, (els) => els.length);
        const bytes = urls.reduce((sum, u) => sum + sentBytes(u), 0);
        records.push({ round, query: query.name, text: query.text, tool, ms, bytes, requests: urls.length, shown: count, errors });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(records));
