// Seeding in the background: starts on install and on every worker start (it resumes from the stored cursor, and
// does nothing when the database already holds this catalogue version), and again whenever a request finds the
// database not ready (deleted or cleared under the extension). One run at a time per worker.
import { browser } from 'wxt/browser';
import { handle } from './router';
import type { SeedStatus } from '../common/messages';
import type { SeedMeta } from '../lib/db/database';
import { seedDatabase, type SeedLoader } from '../lib/db/seeding';
import { database } from './db-service';

const SEED_BASE = '/catalog/';
const RETRY_MS = 5_000;

let running: Promise<SeedMeta> | undefined;
let settled = true;
let failure: { message: string; at: number } | undefined;
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

/** Starts seeding unless a run is under way in this worker (or failed moments ago); resolves when ready. */
export function ensureSeeded(): Promise<SeedMeta> {
  if (running && (!settled || (failure && Date.now() - failure.at < RETRY_MS))) return running;
  settled = false;
  running = (async () => {
    const db = await database();
    return seedDatabase(db, loadSeedFile, async () => {
      const meta = await db.meta.get('seed');
      if (meta) for (const listener of listeners) listener(meta);
    });
  })().then(
    (meta) => {
      settled = true;
      failure = undefined;
      for (const listener of listeners) listener(meta);
      return meta;
    },
    (error: unknown) => {
      settled = true;
      console.error('Castmark: seeding failed', error);
      failure = { message: String((error as Error)?.message ?? error), at: Date.now() };
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
  const meta = await (await database()).meta.get('seed');
  if (meta?.state !== 'ready') void ensureSeeded();
  const status = statusOf(meta);
  return failure && meta?.state !== 'ready' ? { ...status, state: 'error', error: failure.message } : status;
}

export function registerSeeding(): void {
  browser.runtime.onInstalled.addListener(() => void ensureSeeded());
  void ensureSeeded(); // every worker start: resumes an interrupted run, or checks the version and returns
}
