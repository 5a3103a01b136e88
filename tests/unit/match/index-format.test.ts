import { describe, expect, it } from 'vitest';
import { decodeSections, encodeSections } from '../../../lib/match/codec';
import { buildKeyTable, lookupKey } from '../../../lib/match/key-table';
import { isNearMiss } from '../../../lib/match/fuzzy';
import { editDistance } from '../../../lib/names/edit-distance';
import { htmlToText } from '../../../lib/match/html-text';

describe('index codec', () => {
  it('round-trips typed-array sections, also from an unaligned slice', () => {
    const bytes = encodeSections({ abcd: new Uint32Array([1, 2, 0xffffffff]), efgh: new Uint8Array([7, 8, 9]), ijkl: new Float32Array([1.5]) });
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    for (const input of [bytes, padded.subarray(1), bytes.slice().buffer]) {
      const sections = decodeSections(input);
      expect([...sections.get('abcd')!]).toEqual([1, 2, 0xffffffff]);
      expect([...sections.get('efgh')!]).toEqual([7, 8, 9]);
      expect([...sections.get('ijkl')!]).toEqual([1.5]);
    }
  });

  it('rejects foreign or truncated files', () => {
    expect(() => decodeSections(new Uint8Array(8))).toThrow();
    expect(() => decodeSections(new TextEncoder().encode('not an index at all'))).toThrow(/magic/);
  });
});

describe('key table', () => {
  it('finds every stored key and nothing else', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({ h1: (i * 2654435761) >>> 0, h2: i + 1, value: i + 1 }));
    const table = buildKeyTable(entries);
    for (const e of entries) expect(lookupKey(table, e.h1, e.h2)).toBe(e.value);
    expect(lookupKey(table, entries[0].h1, 999999)).toBe(0);
    expect(() => buildKeyTable([entries[0], entries[0]])).toThrow(/duplicate/);
  });
});

describe('fuzzy check', () => {
  it('accepts small spelling slips of the same words and refuses other names', () => {
    expect(editDistance('tripati', 'tripathi')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(isNearMiss('anupam tripati', 'anupam tripathi')).toBe(true);
    expect(isNearMiss('gwendolyn christie', 'gwendoline christie')).toBe(true);
    expect(isNearMiss('anupam tripxyz', 'anupam tripathi')).toBe(false); // three edits: over the limit of 1
    expect(isNearMiss('gwendolyn christie', 'gwendolyn christie')).toBe(false); // identical is not a miss
    expect(isNearMiss('park ji', 'park jin')).toBe(false); // short syllables must be exact
    expect(isNearMiss('kim carnby', 'kim charney')).toBe(false);
    expect(isNearMiss('tom hanks', 'tom hanks')).toBe(false);
    expect(isNearMiss('tom hanks', 'tom hanks jr')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('keeps visible text, drops scripts and styles, decodes entities and maps back to the source', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><p>Park&nbsp;Ji-hu in <i>Squid Game</i></p>' +
      '<script>var Lomon = 1;</script><p>Zoe Salda&ntilde;a &amp; co</p></body></html>';
    const page = htmlToText(html);
    expect(page.text).toBe('Park\u00a0Ji-hu in Squid Game\nZoe Saldaña & co\n');
    const at = page.text.indexOf('Squid Game');
    expect(page.emphasis).toEqual([{ start: at, end: at + 'Squid Game'.length }]);
    expect(html.slice(page.sourceStart[at], page.sourceEnd[at + 9])).toBe('Squid Game');
    const n = page.text.indexOf('ñ');
    expect(html.slice(page.sourceStart[n], page.sourceEnd[n])).toBe('&ntilde;');
    // Every HTML name, not a short list; what is no reference stays text.
    expect(htmlToText('<p>&Eacute;lite &ccaron;e &bogus; &hellip;</p>').text).toBe('Élite če &bogus; …\n');
  });

  it('survives broken markup', () => {
    expect(htmlToText('<p>open <b>never closed <i>x').text).toBe('open never closed x');
    expect(htmlToText('<!-- unterminated comment').text).toBe('');
    expect(htmlToText('a < b and c > d').text).toBe('a < b and c > d');
  });
});
