// `npm run detect -- FILE|-  [--html]`: prints one JSON object per mention found in a text file (or stdin):
//   {"start","end","text","kind","ids","name","score"}
// start/end are JavaScript string indices into the input (for --html, into the HTML source; "text" is then the
// visible text of the mention). ids are best first; name is the catalogue spelling of the best id.
import { readFileSync } from 'node:fs';
import { htmlToText } from '../lib/match/html-text.ts';
import { loadMatcher } from './detect-matcher.ts';

function main(): void {
  const args = process.argv.slice(2);
  const html = args.includes('--html');
  const file = args.find((a) => a !== '--html');
  if (!file) {
    console.error('usage: npm run detect -- FILE|- [--html]');
    process.exit(2);
  }
  const input = readFileSync(file === '-' ? 0 : file, 'utf8');
  const matcher = loadMatcher();
  const page = html ? htmlToText(input) : undefined;
  const text = page ? page.text : input;
  const mentions = matcher.find(text, { context: page ? { emphasis: page.emphasis } : undefined });
  const lines: string[] = [];
  for (const m of mentions) {
    const start = page ? page.sourceStart[m.start] : m.start;
    const end = page ? page.sourceEnd[m.end - 1] : m.end;
    const name = matcher.nameOf(m.kind, m.ids[0]);
    lines.push(JSON.stringify({ start, end, text: text.slice(m.start, m.end), kind: m.kind, ids: m.ids, name, score: m.score }));
  }
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
}

main();
