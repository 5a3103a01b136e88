// Runs before the browser tests: without Chromium they can only fail, so say how to get it in one line.
import { missingChromium } from '../tests/e2e/browser';

const missing = missingChromium();
if (missing) {
  console.error(missing);
  process.exit(1);
}
