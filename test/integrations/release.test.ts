import { describe, expect, it } from 'vitest';
import release from '../../src/integrations/release.js';
import { LIBRARY_KEY } from '../../src/model/library.js';

describe('the release integration', () => {
  it('lets the build’s library go once the pages are written', async () => {
    const held = globalThis as { [LIBRARY_KEY]?: unknown };
    held[LIBRARY_KEY] = Promise.resolve('the library');
    const hook = release().hooks['astro:build:generated'] as unknown as () => void | Promise<void>;
    await hook();
    expect(LIBRARY_KEY in held).toBe(false);
  });
});
