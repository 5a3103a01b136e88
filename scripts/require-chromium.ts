// Runs before the browser tests: without Chromium they can only fail, so say how to get it in one line.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : path;
  console.error(`Chromium not found at ${where}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary.`);
  process.exit(1);
}
