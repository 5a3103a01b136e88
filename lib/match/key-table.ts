// Open-addressing hash table over key hash pairs, stored as one Uint32Array of [h1, h2, value] slots so it can be
// written to the index file and used in place after load. value 0 = empty slot.

/** Value bit: some longer key starts with this one (the matcher keeps extending its window). */
export const HAS_LONGER = 0x80000000;
/** Value bits: posting offset + 1 (0 = the key is only a prefix of longer keys). */
export const POSTING_MASK = 0x7fffffff;

const MAX_LOAD = 0.6;

export interface KeyEntry {
  h1: number;
  h2: number;
  value: number;
}

/** Slot count: a power of two (the slot is h1 & mask), at most MAX_LOAD full. */
export function tableCapacity(entries: number): number {
  let capacity = 8;
  while (capacity * MAX_LOAD < entries) capacity *= 2;
  return capacity;
}

export function buildKeyTable(entries: readonly KeyEntry[]): Uint32Array {
  const capacity = tableCapacity(entries.length);
  const mask = capacity - 1;
  const table = new Uint32Array(capacity * 3);
  for (const { h1, h2, value } of entries) {
    if (value === 0) throw new Error('key table: value 0 is reserved for empty slots');
    let slot = h1 & mask;
    for (;;) {
      const at = slot * 3;
      if (table[at + 2] === 0) {
        table[at] = h1;
        table[at + 1] = h2;
        table[at + 2] = value;
        break;
      }
      if (table[at] === h1 && table[at + 1] === h2) throw new Error('key table: duplicate key');
      slot = (slot + 1) & mask;
    }
  }
  return table;
}

/** The value stored for (h1, h2), or 0. Hashes must be unsigned (>>> 0). Not for hot loops (see Matcher). */
export function lookupKey(table: Uint32Array, h1: number, h2: number): number {
  const mask = table.length / 3 - 1;
  let slot = h1 & mask;
  for (;;) {
    const at = slot * 3;
    const value = table[at + 2];
    if (value === 0) return 0;
    if (table[at] === h1 && table[at + 1] === h2) return value;
    slot = (slot + 1) & mask;
  }
}
