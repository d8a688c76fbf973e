import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/*
 * The project pins its Node.js (the `node` package): npm puts its binary first on the PATH of
 * every script, so the suite runs on it even where the system has an older Node.
 */
describe('the platform', () => {
  it('runs the suite on the Node.js the project pins', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; engines: { node: string } };
    const pinned = pkg.devDependencies.node!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(process.version).toBe(`v${pinned}`);
  });

  it('declares the Node.js it needs, which the pinned one satisfies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const floor = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node)!.slice(1).map(Number);
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > floor[0]! || (major === floor[0] && minor >= floor[1]!)).toBe(true);
  });
});
