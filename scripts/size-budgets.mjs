// Reports the gzipped JavaScript each route of the app loads, and fails (exit 1) over any route's budget.
// Routes come from the build's own import graph (dist/.vite/manifest.json): the first screen is the entry
// with every chunk it imports statically, and the app it starts; every other chunk loaded with import() (a screen opened later, the
// journey machines, the PDF maker) is a route, costing what it adds to what the first screen loaded.
// Only the budgets are written here by hand; a new lazily loaded screen is reported and held to the
// default budget without being listed. No dependencies: Node's own modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const kB = 1024;

/**
 * Budgets in kB gzipped, by the source file that starts the route (a journey step: the journey screen and
 * the machine); any other route gets the default.
 */
const budgets = {
  'index.html': 20,
  'src/screens/HomeScreen.tsx': 15,
  'machines/peter.ts': 50,
  'src/app/JourneyScreen.tsx': 90,
  'src/app/JourneyScreen.tsx + machines/peter.ts': 105,
  // PDFKit and its font engine, without the parts the app never uses (src/record/pdfUnusedParts.ts): the
  // WOFF2 decoder alone adds about 59.
  'src/record/pdf.ts': 165,
  'src/screens/guidance/LibraryScreen.tsx': 45,
  'src/screens/records/DeviceScreen.tsx': 90,
  'src/screens/records/RecordScreen.tsx': 90,
  'src/screens/records/VerifyScreen.tsx': 90,
  'src/screens/training/TrainingHome.tsx': 60,
  'src/screens/training/scenarios.ts': 40,
};
const defaultBudget = 30;
/** A journey step is the journey screen and the journey's machine together: the budget for the pair. */
const journeyStepBudget = 90;

/** What each route is, for the report; a route not named here is shown by its source file. */
const names = {
  'index.html': 'first screen (locked, set-up or home)',
  'src/screens/HomeScreen.tsx': 'home screen (once unlocked)',
  'src/screens/StartScreen.tsx': 'start of a journey (case reference)',
  'src/app/JourneyScreen.tsx': 'journey screen',
  'src/screens/records/SignRecordPanel.tsx': 'signing',
  'src/record/pdf.ts': 'PDF export',
  'src/screens/guidance/LibraryScreen.tsx': 'guidance library',
  'src/screens/records/RecordScreen.tsx': 'a record',
  'src/screens/training/TrainingHome.tsx': 'training',
  'src/screens/records/VerifyScreen.tsx': 'verify a record file',
};

const label = (key) => names[key] ?? manifest[key].src ?? `the ${manifest[key].name} chunk`;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entry) throw new Error('No entry in dist/.vite/manifest.json: build first (npm run build)');

/** A chunk and every chunk it imports statically, as manifest keys. */
function closure(key, into = new Set()) {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, into);
  return into;
}

const gzipped = new Map();
const sizeOf = (key) => {
  const file = manifest[key].file;
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
};
const javaScript = (keys) => [...keys].filter((key) => manifest[key].file.endsWith('.js'));

// The entry starts the app once the page is painted (src/main.ts): what it imports, at once or then, is
// the first screen's.
const startedByEntry = manifest[entry].dynamicImports ?? [];
const first = closure(entry);
for (const started of startedByEntry) closure(started, first);
const routes = [{ key: entry, name: label(entry), chunks: javaScript(first), budget: budgets[entry] }];
const added = (keys, loaded = first) => javaScript([...keys].filter((key) => !loaded.has(key)));
const dynamic = Object.keys(manifest)
  .filter((key) => manifest[key].isDynamicEntry && !startedByEntry.includes(key))
  .sort();
for (const key of dynamic) {
  // Loaded from a chunk the first screen does not load (the PDF maker from the record code, signing from
  // the journey screen): by then that chunk and its imports are loaded too, so the route costs what it adds to them.
  const importer = Object.keys(manifest)
    .sort()
    .find((other) => !first.has(other) && manifest[other].dynamicImports?.includes(key));
  routes.push({
    key,
    name: `${label(key)}${importer ? ` (after ${label(importer)})` : ''}`,
    chunks: added(closure(key), importer ? new Set([...first, ...closure(importer)]) : first),
    budget: budgets[key] ?? defaultBudget,
  });
}
const journeyScreen = 'src/app/JourneyScreen.tsx';
if (manifest[journeyScreen]) {
  for (const machine of dynamic.filter((key) => key.startsWith('machines/'))) {
    routes.push({
      key: `${journeyScreen} + ${machine}`,
      name: `journey step: ${machine.replace(/^machines\/|\.ts$/g, '')}`,
      chunks: added(new Set([...closure(journeyScreen), ...closure(machine)])),
      budget: budgets[`${journeyScreen} + ${machine}`] ?? journeyStepBudget,
    });
  }
}

const verbose = process.argv.includes('--chunks');
const over = [];
console.log(`${'Route'.padEnd(72)} kB gzipped   budget`);
for (const route of routes) {
  const total = route.chunks.reduce((sum, key) => sum + sizeOf(key), 0);
  const fails = total > route.budget * kB;
  if (fails) over.push(route);
  console.log(
    `${route.name.padEnd(72)} ${(total / kB).toFixed(1).padStart(10)} ${String(route.budget).padStart(8)}${fails ? '  OVER' : ''}`,
  );
  if (verbose || fails || route.key === entry) {
    for (const key of [...route.chunks].sort((a, b) => sizeOf(b) - sizeOf(a)))
      console.log(`    ${manifest[key].file}: ${(sizeOf(key) / kB).toFixed(1)}`);
  }
}
console.log('(a route costs what it loads on top of the first screen; --chunks lists every chunk)');
if (over.length) {
  console.error(
    `Over budget: ${over.map((route) => route.name).join(', ')}. Lazy-load what the route does not need.`,
  );
  process.exit(1);
}
