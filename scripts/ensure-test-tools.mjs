// The browser tests run in Debian's Chromium, and read exported PDFs with pdftotext (Debian's
// poppler-utils). If either is missing, install it when this machine allows (root with apt), otherwise
// stop and say what to install. No other browser is ever downloaded.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const pdftotextPath = '/usr/bin/pdftotext';
const missing = [
  !existsSync(chromiumPath) && 'chromium',
  !existsSync(pdftotextPath) && 'poppler-utils',
].filter(Boolean);

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
  if (!existsSync(pdftotextPath)) {
    console.error(
      'The browser tests read exported PDFs with pdftotext. Install Debian’s poppler-utils (sudo apt-get install poppler-utils), then run the tests again.',
    );
    process.exit(1);
  }
}
