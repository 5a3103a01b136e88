// The file cache's store (lib/file-cache.ts) in the origin private file system: one file per name, "name@version".
// createWritable() writes into a swap file that replaces the target only on close(), so a worker stopped mid-write
// leaves an empty file at worst (read as missing), never part of one.
import type { FileStore } from '../lib/file-cache';

const fileName = (name: string, version: string) => `${name}@${version}`;

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError');
}

export class OpfsFileStore implements FileStore {
  private root(): Promise<FileSystemDirectoryHandle> {
    return navigator.storage.getDirectory();
  }

  async read(name: string, version: string): Promise<Uint8Array | undefined> {
    const root = await this.root();
    try {
      const file = await (await root.getFileHandle(fileName(name, version))).getFile();
      return file.size === 0 ? undefined : new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async write(name: string, version: string, bytes: Uint8Array): Promise<void> {
    const root = await this.root();
    const target = fileName(name, version);
    const writable = await (await root.getFileHandle(target, { create: true })).createWritable();
    try {
      await writable.write(bytes as Uint8Array<ArrayBuffer>);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
    await this.removeVersions(root, name, target);
  }

  async remove(name: string): Promise<void> {
    await this.removeVersions(await this.root(), name);
  }

  /** Deletes every stored version of `name` except `keep`. */
  private async removeVersions(root: FileSystemDirectoryHandle, name: string, keep?: string): Promise<void> {
    const stale: string[] = [];
    for await (const entry of root.keys()) if (entry.startsWith(`${name}@`) && entry !== keep) stale.push(entry);
    for (const entry of stale) await root.removeEntry(entry).catch((error: unknown) => !isNotFound(error) && Promise.reject(error));
  }
}
