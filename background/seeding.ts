// Seeding in the background: starts on install and on every worker start (it resumes from the stored cursor, and
// does nothing when the database already holds this catalogue version). One run at a time per worker.
import { browser } from 'wxt/browser';
import { handle } from './router';
import type { SeedStatus } from '../common/messages';
import type { SeedMeta } from '../lib/db/database';
import { seedDatabase, type SeedLoader } from '../lib/db/seeding';
import { database } from './db-service';

const SEED_BASE = '/catalog/';
const RETRY_MS = 5_000;

let running: Promise<SeedMeta> | undefined;
let status: SeedStatus | undefined;
const listeners = new Set<(meta: SeedMeta) => void>();

const loadSeedFile: SeedLoader = async (file) => {
  const response = await fetch(browser.runtime.getURL(`${SEED_BASE}${file}` as '/'));
  if (!response.ok || !response.body) throw new Error(`Castmark: seed file ${file} is missing (${response.status}); run npm run index`);
  if (!file.endsWith('.gz')) return response.text();
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
};

function statusOf(meta: SeedMeta | undefined): SeedStatus {
  if (!meta) return { state: 'empty', done: 0, total: 0 };
  return { state: meta.state, done: meta.cursor, total: meta.total, catalogVersion: meta.version };
}

/** Starts seeding unless it is already running in this worker; resolves when the database is ready. */
export function ensureSeeded(): Promise<SeedMeta> {
  running ??= (async () => {
    const db = await database();
    return seedDatabase(db, loadSeedFile, async () => {
      const meta = await db.meta.get('seed');
      status = statusOf(meta);
      if (meta) for (const listener of listeners) listener(meta);
    });
  })().then(
    (meta) => {
      status = statusOf(meta);
      for (const listener of listeners) listener(meta);
      return meta;
    },
    (error: unknown) => {
      console.error('Castmark: seeding failed', error);
      status = { ...(status ?? { done: 0, total: 0 }), state: 'error', error: String((error as Error)?.message ?? error) };
      // Let a later request try again (e.g. a transient quota or fetch error), but not in a tight loop.
      setTimeout(() => (running = undefined), RETRY_MS);
      throw error;
    },
  );
  running.catch(() => undefined);
  return running;
}

/** The seed meta once `ready(meta)` holds, or the latest meta after `timeoutMs`. */
export async function whenSeeded(ready: (meta: SeedMeta | undefined) => boolean, timeoutMs: number): Promise<SeedMeta | undefined> {
  const db = await database();
  const now = await db.meta.get('seed');
  if (ready(now)) return now;
  return new Promise((resolve) => {
    const done = (meta: SeedMeta | undefined) => {
      clearTimeout(timer);
      listeners.delete(listener);
      resolve(meta);
    };
    const listener = (meta: SeedMeta) => ready(meta) && done(meta);
    const timer = setTimeout(async () => done(await db.meta.get('seed')), timeoutMs);
    listeners.add(listener);
  });
}

export async function seedStatus(): Promise<SeedStatus> {
  if (status) return status;
  return statusOf(await (await database()).meta.get('seed'));
}

export function registerSeeding(): void {
  handle('seedStatus', () => {
    ensureSeeded();
    return seedStatus();
  });
  browser.runtime.onInstalled.addListener(() => void ensureSeeded());
  void ensureSeeded(); // every worker start: resumes an interrupted run, or checks the version and returns
}
