// The matcher index file: a small header, then named typed-array sections, each 4-byte aligned so that loading is
// just creating views over the fetched bytes (no parsing, no per-entry objects).
//   magic "CMK1" | u32 format version | u32 section count | per section: 4-char name, u32 type, u32 offset, u32 length
//   then the section bytes.

const MAGIC = 0x314b4d43; // "CMK1" little-endian
export const FORMAT_VERSION = 3;

export type Section = Uint8Array | Uint32Array | Int32Array | Float32Array;
const TYPE_CODES = { u8: 1, u32: 2, i32: 3, f32: 4 } as const;

function typeCode(array: Section): number {
  if (array instanceof Uint8Array) return TYPE_CODES.u8;
  if (array instanceof Uint32Array) return TYPE_CODES.u32;
  if (array instanceof Int32Array) return TYPE_CODES.i32;
  return TYPE_CODES.f32;
}

const align4 = (n: number) => (n + 3) & ~3;

export function encodeSections(sections: Record<string, Section>): Uint8Array {
  const names = Object.keys(sections);
  const headerBytes = 12 + names.length * 16;
  let offset = align4(headerBytes);
  const placed = names.map((name) => {
    if (name.length !== 4) throw new Error(`section name must have 4 characters: ${name}`);
    const array = sections[name];
    const at = offset;
    offset = align4(offset + array.byteLength);
    return { name, array, at };
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, names.length, true);
  placed.forEach(({ name, array, at }, i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[entry + c] = name.charCodeAt(c);
    view.setUint32(entry + 4, typeCode(array), true);
    view.setUint32(entry + 8, at, true);
    view.setUint32(entry + 12, array.byteLength, true);
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
  });
  return out;
}

export function decodeSections(input: ArrayBuffer | Uint8Array): Map<string, Section> {
  // Views need 4-byte alignment; a Uint8Array slice of some larger buffer may not have it, so copy then.
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (bytes.byteLength < 12) throw new Error('matcher index: file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('matcher index: bad magic');
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`matcher index: format ${version}, expected ${FORMAT_VERSION}`);
  const count = view.getUint32(8, true);
  const sections = new Map<string, Section>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    const name = String.fromCharCode(bytes[entry], bytes[entry + 1], bytes[entry + 2], bytes[entry + 3]);
    const type = view.getUint32(entry + 4, true);
    const at = view.getUint32(entry + 8, true);
    const length = view.getUint32(entry + 12, true);
    if (at + length > bytes.byteLength) throw new Error(`matcher index: section ${name} out of range`);
    const start = bytes.byteOffset + at;
    const buffer = bytes.buffer;
    let array: Section;
    if (type === TYPE_CODES.u8) array = new Uint8Array(buffer, start, length);
    else if (type === TYPE_CODES.u32) array = new Uint32Array(buffer, start, length / 4);
    else if (type === TYPE_CODES.i32) array = new Int32Array(buffer, start, length / 4);
    else array = new Float32Array(buffer, start, length / 4);
    sections.set(name, array);
  }
  return sections;
}
