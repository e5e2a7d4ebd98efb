// Writes a project large enough that its search index spans many shards and card chunks: the
// `basic` test fixture, the repository's templates, and N claims of known words. Prints what each
// test query must find, as JSON, so that search.mjs compares with what the page shows.
// usage: node search-fixture.mjs OUT_DIR N
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [out, count] = [process.argv[2], Number(process.argv[3] || 300)];
const root = dirname(dirname(fileURLToPath(import.meta.url)));
cpSync(join(root, 'src/test/resources/sites/basic'), out, { recursive: true });
cpSync(join(root, 'templates'), join(out, 'templates'), { recursive: true });
mkdirSync(join(out, 'content/claims'), { recursive: true });

// Words in several scripts and with diacritics: queries type them plain and in lower case.
const words = ['gas', 'prices', 'troops', 'airport', 'Алматы', 'café', 'ёлка', 'statement', 'border', 'مطار'];
const ratings = ['true', 'false', 'unproven'];
const expected = { claims: count, byWord: {}, byWordAndRating: {}, byTopic: {} };
for (let i = 0; i < count; i++) {
  const a = words[i % words.length];
  const b = words[(i * 7 + 3) % words.length];
  const rating = ratings[i % 3];
  const topic = 't' + (i % 5);
  for (const w of new Set([a, b])) {
    expected.byWord[w] = (expected.byWord[w] || 0) + 1;
    const key = w + '|' + rating;
    expected.byWordAndRating[key] = (expected.byWordAndRating[key] || 0) + 1;
  }
  expected.byTopic[topic] = (expected.byTopic[topic] || 0) + 1;
  const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  writeFileSync(join(out, 'content/claims', `many-${String(i).padStart(4, '0')}.yaml`), [
    `claim: Claim ${i} about ${a} and ${b}.`,
    `claimant: ${i % 2 ? 'mayor' : 'council'}`,
    `rating: "${rating}"`,
    `summary: Summary of claim ${i}.`,
    `reviewed: ${day}`,
    `topics: [${topic}]`,
    'citations:',
    '  - source: report',
    '    quote: the budget rose',
    '    suffix: again',
    '    stance: supports',
    '',
  ].join('\n'));
}
// Claims whose order the ranking decides: a whole word in the claim, then a word it begins, then a
// whole word in the summary; and two words in one field above the same two in two fields.
const ranked = {
  'rank-claim': ['The zebra crossing was closed.', 'Summary.'],
  'rank-prefix': ['Zebras everywhere.', 'Summary.'],
  'rank-summary': ['Another claim.', 'A zebra was seen.'],
  'rank-together': ['A quiet harbour.', 'Summary.'],
  'rank-apart': ['A quiet night.', 'The harbour was full.'],
};
for (const [id, [claim, summary]] of Object.entries(ranked)) {
  writeFileSync(join(out, 'content/claims', `${id}.yaml`), [
    `claim: ${claim}`, 'claimant: council', 'rating: "true"', `summary: ${summary}`, 'reviewed: 2019-06-01',
    'citations:', '  - source: report', '    quote: the budget rose', '    suffix: again', '    stance: supports', '',
  ].join('\n'));
}
expected.claims += Object.keys(ranked).length;
expected.ranking = { zebra: ['rank-claim', 'rank-prefix', 'rank-summary'], 'quiet harbour': ['rank-together', 'rank-apart'] };
console.log(JSON.stringify(expected));
