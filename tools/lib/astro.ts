import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Astro's command-line entry point, as its package declares it (`bin.astro`), so that tests and
 * the bench run `astro build` on the Node.js that runs them (the one the project pins) rather
 * than through a shell that might find another.
 */
export function astroBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('astro/package.json');
  const { bin } = require(manifest) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.astro!);
}
