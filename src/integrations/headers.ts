import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../site/security.js';

/** Writes `_headers` (src/site/security.ts) at the root of the built site, for static hosts that read it. */
export default function headers(): AstroIntegration {
  return {
    name: 'kz-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
