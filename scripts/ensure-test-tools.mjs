// The browser tests run in Debian's Chromium, and read exported PDFs with Debian's poppler-utils
// (pdftotext, pdfinfo, pdfdetach) and qpdf. If any is missing, install it when this machine allows
// (root with apt), otherwise stop and say what to install. No other browser is ever downloaded.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each Debian package the tests need, with the programs of it they run. */
const pdfTools = {
  'poppler-utils': ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdfdetach'],
  qpdf: ['/usr/bin/qpdf'],
};
const lacking = (paths) => paths.some((path) => !existsSync(path));
const missingPdfTools = () =>
  Object.entries(pdfTools)
    .filter(([, paths]) => lacking(paths))
    .map(([name]) => name);
const missing = [!existsSync(chromiumPath) && 'chromium', ...missingPdfTools()].filter(Boolean);

if (missing.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    hasApt = true;
  } catch {
    // No apt-get: the message below says what to install.
  }
  if (isRoot && hasApt) {
    console.log(`Installing Debian’s ${missing.join(' and ')} for the browser tests…`);
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
      { stdio: 'inherit' },
    );
  }
  if (!existsSync(chromiumPath)) {
    console.error(
      `The browser tests need Chromium at ${chromiumPath}. Install Debian’s package (sudo apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
    );
    process.exit(1);
  }
  const stillMissing = missingPdfTools();
  if (stillMissing.length) {
    console.error(
      `The browser tests read exported PDFs with pdftotext, pdfinfo, pdfdetach and qpdf. Install Debian’s ${stillMissing.join(' and ')} ` +
        `(sudo apt-get install ${stillMissing.join(' ')}), then run the tests again.`,
    );
    process.exit(1);
  }
}
