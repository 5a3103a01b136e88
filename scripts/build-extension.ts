// Builds the extension once for a tool that needs a real package (e2e tests, demo, Firefox check).
// Each tool builds into its own folder so parallel builds by different people never clobber each other.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..');

export type TargetBrowser = 'chrome' | 'firefox';

/** The folder WXT writes the unpacked extension to inside `outDir`. */
export function extensionDirIn(outDir: string, target: TargetBrowser = 'chrome'): string {
  return resolve(repoRoot, outDir, target === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) {
    // Show the tool's own output: it says what broke far better than we could.
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`Castmark: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
  }
}

/** `npm run index` then `wxt build` into `outDir`; returns the unpacked extension folder. */
export function buildExtension(outDir: string, target: TargetBrowser = 'chrome'): string {
  const env = { ...process.env, CASTMARK_OUT_DIR: outDir };
  run('npm', ['run', '--silent', 'index'], env);
  run('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox', '--mv2'] : [])], env);
  const dir = extensionDirIn(outDir, target);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`Castmark: the build left no manifest.json in ${dir}`);
  return dir;
}

/**
 * The extension to test: `$CASTMARK_EXT_DIR` when it points to a built one (no build), else a fresh build
 * into `$CASTMARK_OUT_DIR` or `fallbackOutDir`.
 */
export function extensionForTesting(fallbackOutDir: string, target: TargetBrowser = 'chrome'): { dir: string; built: boolean } {
  const given = process.env.CASTMARK_EXT_DIR;
  if (given) {
    const dir = resolve(repoRoot, given);
    if (!existsSync(resolve(dir, 'manifest.json'))) {
      throw new Error(`Castmark: CASTMARK_EXT_DIR=${given} has no manifest.json; build first or unset it`);
    }
    return { dir, built: false };
  }
  return { dir: buildExtension(process.env.CASTMARK_OUT_DIR ?? fallbackOutDir, target), built: true };
}
