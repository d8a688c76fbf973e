import { z } from 'zod';
import { isoDateSchema, languageSchema } from './language.js';
import { ACT_TYPES } from '../model/act-types.js';

/** One string per language; at least one language present. */
export const multilingualSchema = z
  .partialRecord(languageSchema, z.string())
  .refine((v) => Object.values(v).some((s) => s !== undefined), 'needs at least one language');

/** Where an edition file came from. */
export const provenanceSchema = z.object({
  /** The publisher or corpus, in words. */
  source: z.string(),
  /** The path of the file in its origin (repository path or export name). */
  origin: z.string(),
  /** The origin's commit, for files from a git corpus. */
  commit: z.string().optional(),
  /** SHA-256 of the file as copied; the test suite checks the bundled file still matches. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * The day the file was copied from its source into the collection: how current the
   * collection is (a later change of the act would not be in it).
   */
  retrieved: isoDateSchema.optional(),
  /** `unofficial` for translations that have no legal force. */
  translation: z.enum(['official', 'unofficial']).default('official'),
  note: z.string().optional(),
});

/** The act-type words used in slugs and URLs. */
export const actTypeSchema = z.enum(ACT_TYPES);

/**
 * The metadata file of an act (`content/acts/{act}/act.yaml`): what the act is; the texts are the
 * edition files beside it.
 */
export const actMetaSchema = z.object({
  type: actTypeSchema,
  /** As printed: `12`, `123-VI`. */
  /** The act's number as printed; absent for an act that has none (the Constitution, adopted by referendum). */
  number: z.string().optional(),
  /** Date of adoption or signature. */
  date: isoDateSchema,
  issuer: multilingualSchema.optional(),
  titles: multilingualSchema,
  /** Name of the instrument the act approves, for citations ("Regulations on …"). */
  shortTitles: multilingualSchema.optional(),
  /**
   * The official language the act opens in at `/acts/{act}/` (a reader's own choice, remembered,
   * takes over); the first official language present otherwise. English, an unofficial
   * translation, is never the default.
   */
  defaultLanguage: z.enum(['ru', 'kk'], { error: 'defaultLanguage is an official language, ru or kk (the English text is an unofficial translation)' }).optional(),
  status: z.object({
    inForce: z.boolean(),
    entryIntoForce: isoDateSchema.optional(),
    /**
     * The day it lost force, and the act that repealed it (its slug) when the collection holds or
     * cites that act; without `by`, the pages say when but not by what.
     */
    abrogated: z.object({ by: z.string().optional(), date: isoDateSchema }).optional(),
  }),
  /** Its official publication: the gazette (or portal) and date, with where that is known from. */
  published: z.object({ date: isoDateSchema, source: z.string() }).optional(),
  /** Acts this act repealed, by slug. */
  repeals: z.array(z.string()).default([]),
  /** Provenance of each edition file, keyed by its path under the act folder (`ru/2017-05-05.md`). */
  editions: z.record(z.string(), provenanceSchema).default({}),
});

export type ActMeta = z.infer<typeof actMetaSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Multilingual = z.infer<typeof multilingualSchema>;
