// `npx tsx scripts/serve-fixtures.ts [port]`: serve tests/fixtures/pages/ from 127.0.0.1 to look at the fixture
// pages in a browser with the built extension loaded (same server, headers and CSP as the e2e tests).
import { readdirSync } from 'node:fs';
import { FIXTURE_PAGES_DIR, startFixtureServer } from '../tests/e2e/browser';

const server = await startFixtureServer({ port: Number(process.argv[2] ?? 0) });
const pages = readdirSync(FIXTURE_PAGES_DIR).filter((name) => name.endsWith('.html')).sort();
console.log(`Serving ${FIXTURE_PAGES_DIR}`);
for (const page of pages) console.log(`  ${server.url(page)}`);
console.log('Ctrl-C to stop.');
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
