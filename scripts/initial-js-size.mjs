// Reports the gzipped size of the JavaScript the home screen loads before it can show anything (the
// entry module and every module it imports statically), and fails over the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// The locked screen and the home screen come first; the journey engine (XState) must never be among them.
const budgetBytes = 25 * 1024;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((match) => match[1]);
if (entries.length === 0) throw new Error('No entry script found in dist/index.html');

const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: dynamic import() chunks are loaded later and are not part of the first screen.
  for (const match of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    visit(join(file, '..', match[1]));
  }
};
entries.forEach(visit);

let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} kB gzipped`);
}
console.log(
  `Initial JavaScript of the home screen: ${(total / 1024).toFixed(1)} kB gzipped (budget ${budgetBytes / 1024} kB)`,
);
if (total > budgetBytes) {
  console.error('Over budget: lazy-load what the first question does not need.');
  process.exit(1);
}
