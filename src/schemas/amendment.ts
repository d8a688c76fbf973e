import { z } from 'zod';
import { isoDateSchema, languageSchema } from './language.js';
import { positionSchema } from './position.js';
import { ACT_TYPES } from '../model/act-types.js';

/** What a change did to its target, as the footnote words it. */
export const amendmentActionSchema = z.enum([
  /** The whole unit was given a new wording ("in the wording of", "в редакции", "жаңа редакцияда"). */
  'reworded',
  /** Part of the unit was changed ("as amended by", "с изменением", "өзгеріс енгізілді"). */
  'amended',
  /** Something was added ("supplemented", "дополнен", "толықтырылды"). */
  'supplemented',
  /** The unit was removed, leaving a stub ("Excluded", "Исключен", "Алып тасталды"). */
  'excluded',
  /** The whole act lost force ("Abrogated", "Утратил силу", "күші жойылды"). */
  'abrogated',
  /** Given words were replaced by others, often "throughout the text". */
  'words-replaced',
  /**
   * A note pointing to an official interpretation of the unit ("См. постановление
   * Конституционного Совета …", "… түсініктеме берілді", "See the resolution of the Constitutional
   * Council …"): the wording does not change.
   */
  'interpreted',
  /** The unit's application was suspended ("действие … приостановлено", "… тоқтатыла тұрсын"): the wording does not change. */
  'suspended',
  /** Phrasing the parser does not understand: kept verbatim, reported with a warning. */
  'other',
]);

/** A reference to the act that made a change: "Decree of the President … dated 05.01.2015 № 12". */
export const amendingActSchema = z.object({
  /** The kind of act (src/model/act-types.ts); `act` when the footnote does not say. */
  kind: z.enum(ACT_TYPES),
  /** Who issued it, in English: `President`, `Parliament`, `Government`. */
  issuer: z.string().optional(),
  /** The number as printed, normalised (Cyrillic look-alikes in Roman numerals mapped to Latin): `12`, `123-VI`. */
  number: z.string(),
  /** Date of the amending act. */
  date: isoDateSchema,
  /** Slug of the act in the collection's scheme: `decree-2015-12`. */
  slug: z.string(),
  /** What this act did, when one footnote names several acts with different actions. */
  action: amendmentActionSchema,
  /** The entry-into-force rule as stated, e.g. "shall be enforced after the day of its first official publication". */
  entryIntoForce: z.string().optional(),
});

/** What the amendment applies to. */
export const amendmentTargetSchema = z.object({
  /**
   * `provision`: a numbered unit; `heading`: the heading of a chapter, article or attachment;
   * `attachment`: an attachment as a whole, its title and all in it ("Приложение в редакции …"
   * under its title); `preamble`; `act`: the whole act.
   */
  kind: z.enum(['provision', 'heading', 'attachment', 'preamble', 'act']),
  /** eId of the provision (or of the unit whose heading changed); absent for the whole act. */
  eId: z.string().optional(),
  /** The target as the footnote names it ("Paragraph 5", "заголовок главы 2"), when it names one. */
  stated: z.string().optional(),
  /** True when the stated target differs from where the footnote sits (the footnote stays where it sits). */
  mismatch: z.boolean().default(false),
});

/** One change recorded by a footnote or by an exclusion stub. */
export const amendmentSchema = z.object({
  /** Unique within the edition: the footnote id (`fn_3`) or `stub_{eId}`. */
  id: z.string(),
  source: z.enum(['footnote', 'exclusion-stub']),
  target: amendmentTargetSchema,
  action: amendmentActionSchema,
  /** Every act the footnote names, in order; empty only when none could be read (then a warning). */
  amendingActs: z.array(amendingActSchema),
  /** Languages whose text the change affected, when the footnote says so ("only the Russian text changed"). */
  languages: z.array(languageSchema).optional(),
  /** The footnote or stub text, verbatim (without its Markdown markup). */
  text: z.string(),
  position: positionSchema,
});

export type AmendmentAction = z.infer<typeof amendmentActionSchema>;
export type AmendingAct = z.infer<typeof amendingActSchema>;
export type AmendmentTarget = z.infer<typeof amendmentTargetSchema>;
export type Amendment = z.infer<typeof amendmentSchema>;
