import { CatalogInputError } from './errors.ts';

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a source file as strict UTF-8. A byte-order mark is refused rather than silently stripped:
 * the shared datasets have none, so one means the file was re-saved by some other tool and deserves a look.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b)) {
    throw new CatalogInputError(file, 1, 'starts with a UTF-8 byte-order mark (BOM); save the file without it');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CatalogInputError(file, firstInvalidLine(bytes), 'is not valid UTF-8');
  }
}

function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
