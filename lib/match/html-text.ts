// Visible text of an HTML document for the detect tool and the corpus: a small forgiving extractor (no DOM), which
// keeps, for every character of the text, where it came from in the HTML, and which ranges were emphasised.
import { decodeHTMLStrict } from 'entities';

export interface HtmlText {
  text: string;
  /** sourceStart[i] / sourceEnd[i]: the HTML range that produced text[i]. */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
  /** Ranges of `text` inside <i>, <em>, <cite>, <q>: titles are often set that way. */
  emphasis: Array<{ start: number; end: number }>;
}

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'math', 'select', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'blockquote', 'figcaption', 'figure', 'title', 'main', 'dd', 'dt', 'dl', 'hr', 'pre', 'form', 'address',
]);
const EMPHASIS = new Set(['i', 'em', 'cite', 'q']);
/**
 * One character reference (without "&" and ";"), or undefined when it is none: the `entities` package has all of
 * HTML's 2,231 names ("&Eacute;", "&hellip;"), which a hand-kept table would not.
 */
function decodeEntity(entity: string): string | undefined {
  const reference = `&${entity};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}

export function htmlToText(html: string): HtmlText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emphasis: Array<{ start: number; end: number }> = [];
  const openEmphasis: number[] = [];
  let hiddenUntil: string | undefined;
  const push = (s: string, from: number, to: number) => {
    for (const ch of s) {
      for (let k = 0; k < ch.length; k++) {
        chars.push(ch[k]);
        starts.push(from);
        ends.push(to);
      }
    }
  };
  const newline = (at: number) => {
    if (chars.length > 0 && chars[chars.length - 1] !== '\n') push('\n', at, at);
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    const ch = html[i];
    // "<" opens markup only before a letter, "/", "!" or "?" (as in browsers); "a < b" is text.
    if (ch === '<' && /[a-zA-Z/!?]/.test(html[i + 1] ?? '')) {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, Math.min(close + 1, i + 64)));
      const name = tag?.[2].toLowerCase();
      const closing = tag?.[1] === '/';
      if (hiddenUntil) {
        if (closing && name === hiddenUntil) hiddenUntil = undefined;
      } else if (name) {
        if (!closing && HIDDEN.has(name) && !html.slice(i, close).endsWith('/')) hiddenUntil = name;
        else if (BLOCK.has(name)) newline(i);
        else if (EMPHASIS.has(name)) {
          if (!closing) openEmphasis.push(chars.length);
          else if (openEmphasis.length > 0) emphasis.push({ start: openEmphasis.pop()!, end: chars.length });
        }
      }
      i = close + 1;
      continue;
    }
    if (hiddenUntil) {
      i++;
      continue;
    }
    if (ch === '&') {
      const semi = html.indexOf(';', i + 1);
      if (semi > i && semi - i <= 10) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== undefined) {
          push(decoded, i, semi + 1);
          i = semi + 1;
          continue;
        }
      }
    }
    if (ch === '\n' || ch === '\r' || ch === '\t') {
      // Source line breaks are layout, not text: one space.
      if (chars.length > 0 && chars[chars.length - 1] !== ' ' && chars[chars.length - 1] !== '\n') push(' ', i, i + 1);
      i++;
      continue;
    }
    push(ch, i, i + 1);
    i++;
  }
  return { text: chars.join(''), sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends), emphasis };
}
