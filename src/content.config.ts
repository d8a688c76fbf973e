import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { actsLoader } from './loaders/acts.js';
import { editionsLoader } from './loaders/editions.js';
import { contentDir } from './loaders/files.js';
import { orgLoader } from './loaders/org.js';
import { languageSchema } from './schemas/language.js';

/*
 * The collections the site is built from. `acts` and `editions` come from content/acts through
 * the parsing pipeline (src/pipeline); `guides` are MDX explainers in content/guides.
 */
export const collections = {
  acts: defineCollection({ loader: actsLoader() }),
  editions: defineCollection({ loader: editionsLoader() }),
  org: defineCollection({ loader: orgLoader() }),
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `./${contentDir()}/guides` }),
    schema: z.object({
      title: z.string(),
      description: z.string(),
      lang: languageSchema.default('en'),
      order: z.number().default(100),
    }),
  }),
};
