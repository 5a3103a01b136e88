// A local copy of a bundled file, for files a restarted service worker must read again and again.
//
// Why: Chromium stops an idle service worker after about 30 s, and the next page then waits for the matcher index
// (27 MB) to be fetched from the extension package again, at some 35 MB/s. Measured in a freshly started worker
// (headless Chromium, five starts each): the package 785–879 ms, a Blob in IndexedDB 334–689 ms (opening the
// origin's IndexedDB, which also holds the big catalogue database, is most of it), a file in the origin private
// file system 208–381 ms. The background therefore keeps its copy in the private file system (background/opfs-store).
//
// A copy is used only when it was stored for the same version as the bundled file (a content hash written beside
// it at build time) and the caller's check accepts it. Anything else, including a store that fails outright, falls
// back to the bundled file and loses nothing. Pure logic: the store is passed in.

/** Where copies live. Writes must be atomic: a reader sees the whole file or none. */
export interface FileStore {
  /** The bytes stored for `name` at `version`, or undefined. */
  read(name: string, version: string): Promise<Uint8Array | undefined>;
  /** Stores `bytes` for `name` at `version`, replacing copies of other versions. */
  write(name: string, version: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

export interface CachedFileSource<T> {
  /** The file's name in the store. */
  name: string;
  /** The bundled file's version (its content hash); an empty string disables the cache. */
  version: () => Promise<string>;
  /** The bundled file's bytes. */
  fetch: () => Promise<Uint8Array>;
  /** Turns bytes into the value; throws when they are not a valid file. */
  open: (bytes: Uint8Array) => T;
  /** Receives what went wrong with the store (the load itself still succeeds). */
  warn?: (message: string, error?: unknown) => void;
}

export interface CachedFileResult<T> {
  value: T;
  from: 'cache' | 'bundle';
  /** Resolves when the bundled bytes are stored for next time (at once when read from the store). */
  stored: Promise<void>;
}

/**
 * The value of a bundled file, from the stored copy when it is current and valid, otherwise from the bundle (and
 * then stored for next time). Store failures are reported through `warn` and never fail the load.
 */
export async function loadCachedFile<T>(store: FileStore, source: CachedFileSource<T>): Promise<CachedFileResult<T>> {
  const warn = source.warn ?? (() => undefined);
  let version = '';
  try {
    version = await source.version();
  } catch (error) {
    warn(`no version for ${source.name}: not using the cache`, error);
  }
  if (version) {
    let cached: Uint8Array | undefined;
    try {
      cached = await store.read(source.name, version);
    } catch (error) {
      warn(`cannot read the cached ${source.name}`, error);
    }
    if (cached) {
      try {
        return { value: source.open(cached), from: 'cache', stored: Promise.resolve() };
      } catch (error) {
        warn(`the cached ${source.name} is damaged: reading the bundled file`, error);
      }
    }
  }
  const bytes = await source.fetch();
  const value = source.open(bytes);
  const stored = version
    ? store.write(source.name, version, bytes).catch((error: unknown) => warn(`cannot store ${source.name} for next time`, error))
    : Promise.resolve();
  return { value, from: 'bundle', stored };
}
