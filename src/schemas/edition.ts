import { z } from 'zod';
import { isoDateSchema, languageSchema } from './language.js';
import { actTreeSchema } from './tree.js';
import { amendmentSchema } from './amendment.js';
import { diagnosticSchema } from './diagnostic.js';
import { provenanceSchema } from './act.js';
import { ACT_TYPES } from '../model/act-types.js';

/** The front matter of a Markdown edition, where present (other keys are kept as they are). */
export const frontmatterDataSchema = z
  .object({
    version_date: z.union([z.string(), z.date()]).optional(),
    caused_by: z
      .object({ code: z.union([z.string(), z.number()]).optional(), title: z.string().optional(), link: z.string().optional() })
      .loose()
      .optional(),
    source: z.string().optional(),
  })
  .loose();

/** A term the text defines ("(hereinafter referred to as the Council)"). */
export const definedTermSchema = z.object({
  /** The term as defined: `Council`, `Совет`. */
  term: z.string(),
  /** Anchor id of the definition on the page (`def-assembly`, `def-ассамблея`). */
  id: z.string(),
  /** The provision (or preamble) that defines it. */
  eId: z.string(),
  /** Source offset of the text leaf holding the definition, and the index of the term in it. */
  offset: z.number().int().min(0),
  index: z.number().int().min(0),
});

/**
 * A reference in the text to another act by kind, number and date ("Указом … от 05.01.2015
 * № 12"), found once by the parser: pages link it, the library lists where each act is cited.
 */
export const actCitationSchema = z.object({
  /** Source offset of the text leaf holding the reference; `from`/`to` index into its value. */
  offset: z.number().int().min(0),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  /** The cited act's slug (`decree-2015-01-05-12`). */
  slug: z.string(),
  kind: z.enum(ACT_TYPES),
  number: z.string(),
  date: isoDateSchema,
  /** A title in quotes right after the reference, when there is one. */
  title: z.string().optional(),
  /** The provision (or other unit with an eId) whose words hold the reference. */
  eId: z.string().optional(),
  /** Whether the reference is in an appendix (a list of acts an act repeals is one). */
  inAppendix: z.boolean(),
});

/** What the parser returns for one source file. */
export const parsedEditionSchema = z.object({
  tree: actTreeSchema,
  amendments: z.array(amendmentSchema),
  diagnostics: z.array(diagnosticSchema),
  terms: z.array(definedTermSchema),
  citations: z.array(actCitationSchema),
  frontmatter: frontmatterDataSchema.optional(),
});

/** One edition: an act's text in one language as consolidated on one date, fully parsed. */
export const editionSchema = parsedEditionSchema.extend({
  /** `decree-2015-12/ru/2017-05-05` */
  id: z.string(),
  act: z.string(),
  lang: languageSchema,
  /** The consolidation date: the date of the last change the text includes (from the file name). */
  date: isoDateSchema,
  /** Path of the source file relative to the project root. */
  file: z.string(),
  provenance: provenanceSchema.optional(),
});

export type ParsedEdition = z.infer<typeof parsedEditionSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type DefinedTerm = z.infer<typeof definedTermSchema>;
export type EditionCitation = z.infer<typeof actCitationSchema>;
export type FrontmatterData = z.infer<typeof frontmatterDataSchema>;

/**
 * An edition as the content collection stores it. Astro bundles the whole collection store
 * into the build as one module, so the collection holds what pages list and link (metadata,
 * counts, warnings); the parse result itself (tree, amendments, terms, citations), validated by
 * `parsedEditionSchema`, is written by the loader to `store.path` and read when a page needs it.
 */
export const editionEntrySchema = editionSchema
  .omit({ tree: true, amendments: true, terms: true, citations: true })
  .extend({
    /** Where the loader wrote the full parse result (JSON), relative to the project root. */
    store: z.object({ path: z.string(), digest: z.string() }),
    stats: z.object({ provisions: z.number().int(), footnotes: z.number().int(), amendments: z.number().int() }),
  });

export type EditionEntry = z.infer<typeof editionEntrySchema>;
