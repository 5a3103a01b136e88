// `npm run detect -- FILE|-  [--html]`: prints one JSON object per mention found in a text file (or stdin):
//   {"start","end","text","kind","ids","name","score"}
// start/end are JavaScript string indices into the input (for --html, into the HTML source; "text" is then the
// visible text of the mention). ids are best first; name is the catalogue spelling of the best id.
// --explain also prints, to stderr, every candidate span the scan found with the facts the evidence rules saw and
// the score they gave (0 = rejected): the way to see why a name was or was not marked.
import { readFileSync } from 'node:fs';
import { htmlToText } from '../lib/match/html-text.ts';
import type { CandidateReport } from '../lib/match/matcher.ts';
import { loadMatcher } from './detect-matcher.ts';

function main(): void {
  const args = process.argv.slice(2);
  const html = args.includes('--html');
  const explain = args.includes('--explain');
  const file = args.find((a) => a !== '--html' && a !== '--explain');
  if (!file) {
    console.error('usage: npm run detect -- FILE|- [--html] [--explain]');
    process.exit(2);
  }
  const input = readFileSync(file === '-' ? 0 : file, 'utf8');
  const matcher = loadMatcher();
  const page = html ? htmlToText(input) : undefined;
  const text = page ? page.text : input;
  const reports: CandidateReport[] = [];
  const mentions = matcher.find(text, { context: page ? { emphasis: page.emphasis } : undefined, explain: explain ? (r) => reports.push(r) : undefined });
  for (const r of reports.sort((a, b) => a.start - b.start)) {
    const verdict = r.kind ? `${r.kind} ${r.score.toFixed(2)}` : 'rejected';
    console.error(`${r.start}-${r.end} ${JSON.stringify(text.slice(r.start, r.end))} ${verdict} [${r.facts.join(' ')}] page [${r.page.join(' ')}]`);
  }
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
