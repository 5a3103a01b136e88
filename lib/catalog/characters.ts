/** What one credit's free-text `character` field says, cleaned up. */
export interface CleanedCharacter {
  characters: string[];
  voice: boolean;
  self: boolean;
  /** Facts found beside the names, e.g. the player number in `Seong Gi-hun / 'No. 456'`. */
  note?: string;
}

// Several characters are separated by a spaced slash ("Queen / Witch") or a pipe (Viki's "Dan Hwal | Bulgasal").
const CHARACTER_SEPARATOR = /\s+\/\s*|\s*\/\s+|\s*\|\s*/;
const PARENTHESISED = /\(([^()]*)\)/g;
const VOICE = /^(?:(?:singing|german|english|french|spanish|japanese|korean)\s+)?voices?(?:\s+\w+)?(?:,\s*uncredited)?$/i;
const UNCREDITED = /^uncredited$/i;
const ARCHIVE = /^(?:archive|archival)(?:\s+(?:footage|sound))?$/i;
const SELF = /^(?:self|himself|herself|themselves|themself)$/i;
const SELF_WITH_ROLE = /^(?:self|himself|herself|themselves|themself)\s*(?:[-–—:,]\s*)(.+)$/i;
const WHOLLY_QUOTED = /^(['"‘“])(.+)(['"’”])$/;

/** Splits and cleans a JustWatch character string; never invents names, only removes markup. */
export function cleanCharacter(raw: string): CleanedCharacter {
  const result: CleanedCharacter = { characters: [], voice: false, self: false };
  const notes: string[] = [];
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return result;

  const segments = text.split(CHARACTER_SEPARATOR);
  segments.forEach((segment, index) => {
    let rest = segment.replace(PARENTHESISED, (whole, inner: string) => {
      const label = inner.trim();
      if (VOICE.test(label)) {
        result.voice = true;
        return ' ';
      }
      if (UNCREDITED.test(label)) return ' ';
      if (ARCHIVE.test(label)) {
        notes.push('archive footage');
        return ' ';
      }
      return whole;
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
    }
    const name = stripStrayQuotes(rest);
    if (name !== '' && !result.characters.includes(name)) result.characters.push(name);
  });
  const distinctNotes = [...new Set(notes)];
  if (distinctNotes.length > 0) result.note = distinctNotes.join(', ');
  return result;
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
