/**
 * `npm run merge -- OUT SHARD_DIR...`: joins the outputs of a collection built in shards
 * (`KZ_SHARD=0/2 KZ_OUT_DIR=… astro build`, one per shard) into OUT, the site one build would
 * have made, with its sitemap, archive and search index (src/integrations/merge.ts). Exit 0 on
 * success, 1 when the shards cannot be joined (one missing, two disagreeing), 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { MergeError, mergeShards } from '../src/integrations/merge.js';
import { runTool } from './lib/cli.js';

async function main(argv: string[]): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} }));
  } catch {
    positionals = [];
  }
  if (positionals.length < 2) {
    process.stderr.write('usage: npm run merge -- OUT SHARD_DIR...\n');
    return 2;
  }
  const [out, ...shards] = positionals as [string, ...string[]];
  try {
    const files = await mergeShards(shards, out, (m) => process.stderr.write(`${m}\n`));
    process.stderr.write(`merged ${shards.length} shards into ${out}: ${files} files\n`);
    return 0;
  } catch (e) {
    if (e instanceof MergeError) {
      process.stderr.write(`merge: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

runTool('merge', main);
