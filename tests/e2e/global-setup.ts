// Builds the extension once for the whole e2e run and hands its folder to every test file.
import type { TestProject } from 'vitest/node';
import { extensionForTesting } from '../../scripts/build-extension';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 extension under test. */
    extensionDir: string;
  }
}

export default function setup(project: TestProject): void {
  const started = performance.now();
  const { dir, built } = extensionForTesting('.output-e2e');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(built ? `Castmark e2e: built ${dir} in ${seconds} s` : `Castmark e2e: using the built extension ${dir}`);
  project.provide('extensionDir', dir);
}
