// search.js makes a query's words and finds their shards as SearchWords.java does: both are
// checked on the same cases (src/test/resources/search-words.json; SearchWordsTest is the Java side).
// usage: node search-words.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cases = JSON.parse(readFileSync(join(root, 'src/test/resources/search-words.json'), 'utf8'));
const window = {};
vm.runInNewContext(readFileSync(join(root, 'templates/assets/search.js'), 'utf8'), { window });
const { words, shardOf } = window.FACTCHECK_SEARCH_WORDS;
let failures = 0;
for (const c of cases) {
  const got = words(c.text);
  const shards = got.map((w) => shardOf(w, 64));
  const ok = JSON.stringify(got) === JSON.stringify(c.words) && JSON.stringify(shards) === JSON.stringify(c.shards64);
  if (!ok) {
    failures++;
    console.error(`FAIL search words of ${JSON.stringify(c.text)}: ${JSON.stringify(got)} in shards ${shards}; Java: ${JSON.stringify(c.words)} in ${c.shards64}`);
  }
}
console.log(`${failures ? 'FAIL' : 'ok  '} search.js makes the words and shards that SearchWords.java makes, in ${cases.length} cases`);
process.exit(failures ? 1 : 0);
