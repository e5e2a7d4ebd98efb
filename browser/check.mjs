// Checks a built site in Debian's Chromium, as readers' browsers will see it, from file://:
//  - axe-core: no serious or critical accessibility violation on every page kind;
//  - no script error and no failed request on any page checked;
//  - search/index.html?q=... lists claim links when opened straight from disk.
// usage: node check.mjs SITE_DIR [SCREENSHOT_DIR]   (exit 1 on any failure)
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const site = resolve(process.argv[2] || '../site');
const shots = process.argv[3] ? resolve(process.argv[3]) : null;
const axeSource = readFileSync(fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const failures = [];
const url = (path) => pathToFileURL(join(site, path)).href;
const first = (dir) => readdirSync(join(site, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0];

// One page of every kind the generator writes.
const pages = ['index.html', 'claims/index.html', 'actors/index.html', 'sources/index.html', 'topics/index.html', 'search/index.html',
  `claims/${first('claims')}/index.html`, `actors/${first('actors')}/index.html`, `sources/${first('sources')}/index.html`,
  `ratings/${first('ratings')}/index.html`, `topics/${first('topics')}/index.html`]
  .concat(readdirSync(site, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['claims', 'actors', 'sources', 'topics', 'ratings', 'search', 'assets'].includes(d.name))
    .map((d) => `${d.name}/index.html`).filter((p) => existsSync(join(site, p))));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext();
  for (const path of pages) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
    page.on('requestfailed', (r) => errors.push(`failed request: ${r.url()}`));
    await page.goto(url(path), { waitUntil: 'load' });
    // Stop listening before axe runs: axe itself tries to re-read stylesheets, which file:// refuses.
    page.removeAllListeners('console');
    page.removeAllListeners('requestfailed');
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of serious) errors.push(`axe ${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    const minor = result.violations.length - serious.length;
    console.log(`${errors.length ? 'FAIL' : 'ok  '} ${path}${minor ? ` (${minor} minor/moderate axe findings)` : ''}`);
    errors.forEach((e) => failures.push(`${path}: ${e}`));
    await page.close();
  }

  // Search from file://, with the query in the address as a shared link would have it.
  const page = await context.newPage();
  page.on('pageerror', (e) => failures.push(`search: script error: ${e.message}`));
  const query = process.env.SEARCH_QUERY || 'Massimov';
  await page.goto(url('search/index.html') + '?q=' + encodeURIComponent(query));
  // The index comes in pieces, loaded as the query needs them: wait for the count.
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '', null, { timeout: 10000 }).catch(() => {});
  const links = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
  const status = await page.textContent('#search-status');
  console.log(`${links.length ? 'ok  ' : 'FAIL'} search ?q=${query} from file:// -> ${status.trim()}`);
  if (!links.length) failures.push(`search: ?q=${query} listed no claim`);
  for (const href of links) {
    if (!/^\.\.\/claims\/[a-z0-9-]+\/index\.html$/.test(href)) failures.push(`search: unexpected result link ${href}`);
    else if (!existsSync(join(site, 'search', href))) failures.push(`search: result ${href} does not exist`);
  }
  await page.close();

  if (shots) {
    mkdirSync(shots, { recursive: true });
    for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
      const shot = await browser.newPage({ viewport: { width, height } });
      for (const path of [`claims/${first('claims')}/index.html`, `sources/${first('sources')}/index.html`]) {
        await shot.goto(url(path));
        await shot.screenshot({ path: join(shots, `${name}-${path.split('/')[0]}.png`), fullPage: true });
      }
      await shot.close();
    }
    console.log(`screenshots in ${shots}`);
  }
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n` + failures.join('\n'));
  process.exit(1);
}
console.log(`\nbrowser checks passed on ${pages.length} pages`);
