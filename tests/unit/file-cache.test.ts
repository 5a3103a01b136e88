// The cache logic of lib/file-cache.ts against a store in memory; the real store (the origin private file system)
// is exercised in Chromium by tests/e2e/matcher-cache.test.ts.
import { describe, expect, it } from 'vitest';
import { loadCachedFile, type CachedFileSource, type FileStore } from '../../lib/file-cache';

class MemoryFileStore implements FileStore {
  readonly files = new Map<string, { version: string; bytes: Uint8Array }>();

  async read(name: string, version: string): Promise<Uint8Array | undefined> {
    const file = this.files.get(name);
    return file?.version === version ? file.bytes : undefined;
  }

  async write(name: string, version: string, bytes: Uint8Array): Promise<void> {
    this.files.set(name, { version, bytes: bytes.slice() });
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
}

/** A store that fails every call, as the private file system does where it is denied. */
const deniedStore: FileStore = {
  read: () => Promise.reject(new DOMException('denied', 'SecurityError')),
  write: () => Promise.reject(new DOMException('denied', 'SecurityError')),
  remove: () => Promise.reject(new DOMException('denied', 'SecurityError')),
};

/** A bundled file whose reads are counted; `open` accepts bytes that start with the magic byte 7. */
function bundled(bytes: number[], version = 'v1') {
  const calls = { fetch: 0 };
  const warnings: string[] = [];
  const source: CachedFileSource<number[]> = {
    name: 'matcher.bin',
    version: async () => version,
    fetch: async () => {
      calls.fetch++;
      return new Uint8Array(bytes);
    },
    open: (data) => {
      if (data[0] !== 7) throw new Error('bad magic');
      return [...data];
    },
    warn: (message) => warnings.push(message),
  };
  return { source, calls, warnings };
}

describe('a cached copy of a bundled file', () => {
  it('reads the bundle once, then serves the stored copy without fetching', async () => {
    const store = new MemoryFileStore();
    const first = await loadCachedFile(store, bundled([7, 1, 2, 3]).source);
    expect(first).toMatchObject({ value: [7, 1, 2, 3], from: 'bundle' });
    await first.stored;

    const second = bundled([7, 9, 9, 9]);
    expect(await loadCachedFile(store, second.source)).toMatchObject({ value: [7, 1, 2, 3], from: 'cache' });
    expect(second.calls.fetch).toBe(0);
    expect(second.warnings).toEqual([]);
  });

  it('a new version of the bundled file replaces the stored copy', async () => {
    const store = new MemoryFileStore();
    await (await loadCachedFile(store, bundled([7, 1], 'v1').source)).stored;
    const loaded = await loadCachedFile(store, bundled([7, 2], 'v2').source);
    expect(loaded).toMatchObject({ value: [7, 2], from: 'bundle' });
    await loaded.stored;
    expect(store.files.get('matcher.bin')).toEqual({ version: 'v2', bytes: new Uint8Array([7, 2]) });
  });

  it('a damaged copy (the check rejects it) is replaced by the bundled file', async () => {
    const store = new MemoryFileStore();
    await store.write('matcher.bin', 'v1', new Uint8Array([0, 0, 0]));
    const { source, calls, warnings } = bundled([7, 5]);
    const loaded = await loadCachedFile(store, source);
    expect(loaded).toMatchObject({ value: [7, 5], from: 'bundle' });
    expect(calls.fetch).toBe(1);
    expect(warnings).toEqual(['the cached matcher.bin is damaged: reading the bundled file']);
    await loaded.stored;
    expect(store.files.get('matcher.bin')?.bytes).toEqual(new Uint8Array([7, 5]));
  });

  it('without a version (no version file) it reads the bundle and stores nothing', async () => {
    const store = new MemoryFileStore();
    const { source, warnings } = bundled([7, 4], '');
    const loaded = await loadCachedFile(store, source);
    expect(loaded.from).toBe('bundle');
    await loaded.stored;
    expect(store.files.size).toBe(0);
    expect(warnings).toEqual([]);

    const failing = bundled([7, 4]);
    failing.source.version = () => Promise.reject(new Error('404'));
    expect((await loadCachedFile(store, failing.source)).from).toBe('bundle');
    expect(failing.warnings).toEqual(['no version for matcher.bin: not using the cache']);
    expect(store.files.size).toBe(0);
  });

  it('a store that fails outright costs the cache, not the load', async () => {
    const { source, warnings } = bundled([7, 8]);
    const loaded = await loadCachedFile(deniedStore, source);
    expect(loaded).toMatchObject({ value: [7, 8], from: 'bundle' });
    await loaded.stored;
    expect(warnings).toEqual(['cannot read the cached matcher.bin', 'cannot store matcher.bin for next time']);
  });

  it('a bundled file that fails its check fails the load, and nothing is stored', async () => {
    const store = new MemoryFileStore();
    await expect(loadCachedFile(store, bundled([1, 2, 3]).source)).rejects.toThrow('bad magic');
    expect(store.files.size).toBe(0);
  });
});
