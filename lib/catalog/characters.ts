/** What one credit's free-text `character` field says, cleaned up. */
export interface CleanedCharacter {
  characters: string[];
  voice: boolean;
  self: boolean;
  /** Facts found beside the names, e.g. the player number in `Seong Gi-hun / 'No. 456'`, "archive footage", "cameo". */
  note?: string;
}

const PARENTHESISED = /\(([^()]*)\)/g;
const VOICE = /^(?:[\p{L}-]+\s+){0,2}voices?(?:\s+[\p{L}-]+)?$/iu;
const UNCREDITED = /^(?:uncredited|not credited)$/i;
const ARCHIVE = /^(?:archive|archival)(?:\s+(footage|sounds?|audio|photos?|material))?$/i;
const APPEARANCE = /^(?:cameo|cameo appearance|special appearance|guest appearance|guest star|special guest)$/i;
const SELF_WORDS = 'self|himself|herself|themselves|themself|el mismo|él mismo|ella misma|sí mismo|lui-même|elle-même';
const SELF = new RegExp(`^\\[?(?:${SELF_WORDS})\\]?\\.?$`, 'iu');
const SELF_WITH_ROLE = new RegExp(`^(?:${SELF_WORDS})\\s*(?:[-–—:,.]\\s*|\\s(?=\\())(.+)$`, 'iu');
const WHOLLY_QUOTED = /^(['"‘“])(.+)(['"’”])$/;

/**
 * Splits and cleans a JustWatch character string; never invents names, only removes markup:
 * `A / B` and Viki's `A | B` are two characters, "(voice)" sets the voice flag, Self/Himself/Herself the self
 * flag, "(uncredited)" is dropped, archive footage and cameos become a note, and a quoted segment after a name
 * (`Seong Gi-hun / 'No. 456'`) is a note rather than another character.
 */
export function cleanCharacter(raw: string): CleanedCharacter {
  const result: CleanedCharacter = { characters: [], voice: false, self: false };
  const notes: string[] = [];
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return result;

  splitCharacters(text).forEach((segment, index) => {
    let rest = segment.replace(PARENTHESISED, (_whole, inner: string) => {
      const kept = inner.split(/\s*,\s*/).filter((part) => !absorbLabel(part.trim(), result, notes));
      return kept.length === 0 ? ' ' : ` (${kept.join(', ')}) `;
    });
    rest = rest.replace(/\s+/g, ' ').trim();
    if (rest === '') return;
    const quoted = WHOLLY_QUOTED.exec(rest);
    // A quoted segment after a name is an epithet or a number ("Seong Gi-hun / 'No. 456'"), not another character.
    if (quoted && index > 0 && matchingQuotes(quoted[1], quoted[3])) {
      notes.push(quoted[2].trim());
      return;
    }
    if (SELF.test(rest)) {
      result.self = true;
      return;
    }
    const selfRole = SELF_WITH_ROLE.exec(rest);
    if (selfRole) {
      result.self = true;
      rest = selfRole[1].trim();
      // "Self (Ween)": the parenthesis names the band or show the person appears with.
      const aside = /^\(([^()]*)\)$/.exec(rest);
      if (aside) {
        notes.push(aside[1].trim());
        return;
      }
    }
    const name = stripStrayQuotes(rest);
    if (name !== '' && !result.characters.includes(name)) result.characters.push(name);
  });
  const distinctNotes = [...new Set(notes.filter(Boolean))];
  if (distinctNotes.length > 0) result.note = distinctNotes.join(', ');
  return result;
}

/** Handles one comma-separated part of a parenthesis; true when it was turned into a flag or note (or dropped). */
function absorbLabel(label: string, result: CleanedCharacter, notes: string[]): boolean {
  if (label === '') return true;
  if (VOICE.test(label)) {
    result.voice = true;
    return true;
  }
  if (UNCREDITED.test(label)) return true;
  const archive = ARCHIVE.exec(label);
  if (archive) {
    notes.push(`archive ${archive[1]?.toLowerCase() ?? 'footage'}`);
    return true;
  }
  if (APPEARANCE.test(label)) {
    notes.push(label.toLowerCase());
    return true;
  }
  return false;
}

/**
 * Splits on a spaced slash ("Queen / Witch"), a pipe (Viki's "Dan Hwal | Bulgasal") and, outside parentheses,
 * a bare slash ("Shellington/Inkling") unless that would leave a fragment too short to be a name ("12y/o").
 */
function splitCharacters(text: string): string[] {
  const spaced = text.split(/\s+\/\s*|\s*\/\s+|\s*\|\s*/);
  return spaced.flatMap((segment) => {
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < segment.length; i++) {
      const ch = segment[i];
      if (ch === '(' || ch === '[') depth++;
      else if ((ch === ')' || ch === ']') && depth > 0) depth--;
      else if (ch === '/' && depth === 0) {
        parts.push(segment.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(segment.slice(start));
    const nameLike = parts.every((part) => (part.match(/\p{L}/gu) ?? []).length >= 2);
    return nameLike ? parts.map((p) => p.trim()) : [segment];
  });
}

function matchingQuotes(open: string, close: string): boolean {
  return open === close || (open === '‘' && close === '’') || (open === '“' && close === '”');
}

/** Removes quotes that enclose the whole name or have no partner; keeps nickname quotes (`Robert "Rocky" Balboa`). */
function stripStrayQuotes(name: string): string {
  let result = name;
  const whole = WHOLLY_QUOTED.exec(result);
  if (whole && matchingQuotes(whole[1], whole[3]) && !/['"]/.test(whole[2])) result = whole[2];
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.replace(/"/g, '');
  return result
    .replace(/^[\s,;:\-–]+|[\s,;:\-–]+$/g, '')
    .replace(/^'\s+|\s+'$/g, '')
    .trim();
}
