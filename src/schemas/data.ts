import { z } from 'zod';
import { isoDateSchema, languageSchema } from './language.js';
import { actTreeSchema, eIdSchema, nodeSchema } from './tree.js';
import { amendingActSchema, amendmentActionSchema, amendmentSchema } from './amendment.js';
import { actTypeSchema, multilingualSchema, provenanceSchema } from './act.js';

/*
 * The open-data JSON of one act in one language as in force in one version
 * (`/data/acts/{act}/{lang}/{date}.json`): the text as a tree, the amendments its notes record,
 * and where each part of it comes from. Files are validated against this schema when read back.
 */

/** A unit shown from another edition than the base: an edition of the same language, or of another (a fallback). */
export const borrowedUnitSchema = z.object({
  eId: eIdSchema,
  edition: z.string(),
  lang: languageSchema,
  /** True when the wording is in another language, because no edition of this one holds it. */
  fallback: z.boolean(),
});

/** A change that made this version or an earlier one, merged across the languages' notes. */
export const versionChangeSchema = z.object({
  /** The version date the change opened. */
  date: isoDateSchema,
  /** The unit changed; absent when the whole act is the target. */
  eId: eIdSchema.optional(),
  scope: z.enum(['unit', 'heading', 'subtree', 'act']),
  action: amendmentActionSchema,
  by: amendingActSchema,
  /** Languages whose text changed, when a note restricts it. */
  languages: z.array(languageSchema).optional(),
  /** Inferred from two editions whose texts differ, with no note recording it. */
  inferred: z.boolean(),
  /** The editions and notes that record it: `{edition}#{amendment id}`. */
  sources: z.array(z.string()),
});

export const versionDocumentSchema = z.object({
  /** Which schema this file follows; bumped on incompatible change. */
  format: z.literal('kz-legislation/version@1'),
  act: z.string(),
  type: actTypeSchema,
  /** Absent for an act without a number (the Constitution). */
  number: z.string().optional(),
  date: isoDateSchema,
  titles: multilingualSchema,
  /** Who made the act, in words. */
  issuer: multilingualSchema.optional(),
  lang: languageSchema,
  /** Whether the act is in force, and when and by what it lost force if it did. */
  status: z.object({ inForce: z.boolean(), abrogated: z.object({ by: z.string().optional(), date: isoDateSchema }).optional() }),
  /** The version: its first day, and the day the next began (or the act lost force). */
  version: z.object({ from: isoDateSchema, until: isoDateSchema.optional() }),
  /** Akoma Ntoso FRBR URIs of the work and of this expression. */
  uris: z.object({ work: z.string(), expression: z.string() }),
  /** True when the text is one edition exactly as published; else put together from editions. */
  verbatim: z.boolean(),
  /** The edition whose structure the text follows. */
  base: z.object({ edition: z.string(), file: z.string(), provenance: provenanceSchema.optional() }),
  borrowed: z.array(borrowedUnitSchema),
  /** Units in force on the date whose wording no edition holds, in any language. */
  missing: z.array(eIdSchema),
  /**
   * For each missing unit: the period of its wording that holds the date, the acts that changed
   * it at that period's bounds, and the nearest wording the collection holds (another period's,
   * shown only as such, never as the wording of the date).
   */
  unknown: z.array(
    z.object({
      eId: eIdSchema,
      period: z.object({ from: isoDateSchema, until: isoDateSchema.optional() }),
      changedBy: z.array(z.object({ date: isoDateSchema, by: amendingActSchema })),
      /** The wording changed between two editions (their dates) with no note saying when. */
      unrecorded: z.object({ from: isoDateSchema, to: isoDateSchema }).optional(),
      nearest: z
        .object({ edition: z.string(), lang: languageSchema, from: isoDateSchema, until: isoDateSchema.optional(), node: nodeSchema })
        .optional(),
    }),
  ),
  /** The text. Node positions refer to the file of the edition each node comes from. */
  tree: actTreeSchema,
  /**
   * The amendments recorded by the notes kept in the text, with the edition of each; `disputed`
   * where the editions contradict the note's claim (it is not counted as a change).
   */
  amendments: z.array(amendmentSchema.extend({ edition: z.string(), disputed: z.boolean().optional() })),
  /** Every change up to this version, oldest first. */
  changes: z.array(versionChangeSchema),
});

export type BorrowedUnit = z.infer<typeof borrowedUnitSchema>;
export type VersionChange = z.infer<typeof versionChangeSchema>;
export type VersionDocument = z.infer<typeof versionDocumentSchema>;
