import { PLATFORMS, type Platform } from '../types.ts';

/** One `justwatch-*` folder of the shared datasets, already decoded. */
export interface SourceFolder {
  folder: string;
  platform: Platform;
  /** `YYYY-MM` of the JustWatch scrape; newer snapshots win when facts differ. */
  snapshot: string;
  titles: SourceFile;
  /** Amazon and Crunchyroll come without credits. */
  credits?: SourceFile;
}

export interface SourceFile {
  /** Path shown in error messages. */
  name: string;
  text: string;
}

/**
 * Scrape months of the folders whose name carries no date, as stated in the datasets' MANIFEST.md
 * (Viki's date is not stated; its newest release year and its Kaggle series point to May 2022).
 */
export const UNDATED_SNAPSHOTS: Record<Platform, string> = {
  netflix: '2023-03',
  disney: '2023-03',
  hbomax: '2023-03',
  paramount: '2023-03',
  appletv: '2023-03',
  amazon: '2022-05',
  viki: '2022-05',
  crunchyroll: '2022-05',
};

const FOLDER_NAME = /^justwatch-([a-z0-9]+)(?:-(\d{4}-\d{2}))?$/;

export function isSourceFolderName(name: string): boolean {
  return name.startsWith('justwatch-');
}

/** Reads platform and snapshot from a folder name such as `justwatch-netflix-2022-05`; throws for anything else. */
export function describeSourceFolder(folder: string): { platform: Platform; snapshot: string } {
  const match = FOLDER_NAME.exec(folder);
  const platform = match?.[1];
  if (!match || !platform || !(PLATFORMS as readonly string[]).includes(platform)) {
    throw new Error(`folder name "${folder}" is not justwatch-<platform>[-YYYY-MM] with a platform among ${PLATFORMS.join(', ')}`);
  }
  const known = platform as Platform;
  return { platform: known, snapshot: match[2] ?? UNDATED_SNAPSHOTS[known] };
}

/** Newest snapshot first; folders of the same month in name order so the result never depends on disk order. */
export function rankSources<T extends { folder: string; snapshot: string }>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => (a.snapshot === b.snapshot ? compareText(a.folder, b.folder) : compareText(b.snapshot, a.snapshot)));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
