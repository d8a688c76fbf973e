import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { actMetaSchema } from '../schemas/act.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { contentDir, contentError, listActs, readActMeta } from './files.js';

/** Content-layer loader for act metadata (`content/acts/{act}/act.yaml`), keyed by act slug. */
export function actsLoader(): Loader {
  return {
    name: 'kz-acts',
    schema: actMetaSchema,
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const errors: Diagnostic[] = [];
      store.clear();
      for (const act of await listActs(root)) {
        const { meta, diagnostics } = await readActMeta(root, act);
        errors.push(...diagnostics);
        if (!meta) continue;
        const filePath = `${contentDir()}/acts/${act}/act.yaml`;
        const data = await parseData({ id: act, data: meta as unknown as Record<string, unknown>, filePath });
        store.set({ id: act, data, digest: generateDigest(data), filePath });
      }
      if (errors.length) throw contentError(errors);
    },
  };
}
