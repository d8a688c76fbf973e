import { z } from 'zod';
import { isoDateSchema, languageSchema } from './language.js';

/*
 * An org chart file (`content/org/{act}.yaml`): the bodies, offices and people an act sets up
 * and how they relate, each cited to the provision it comes from.
 */

/** A provision and the words in it that establish an entry, for a period. */
export const orgCitationSchema = z.object({
  /** The provision's eId (a paragraph, or a sub-paragraph within one). */
  eId: z.string(),
  lang: languageSchema,
  /** Words that appear, as they are, in the provision's wording for the whole period. */
  quote: z.string().min(3),
  /** First day of the period the citation claims (a version date); the entry's when absent. */
  since: isoDateSchema.optional(),
  /** Day the period ends (exclusive); the entry's when absent. */
  until: isoDateSchema.optional(),
});

const period = {
  /** The first day the entry exists; the act's own date when absent. */
  since: isoDateSchema.optional(),
  /** The day it ceases to (exclusive); the act's end when absent. */
  until: isoDateSchema.optional(),
};

export const orgNodeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** `body`: an organ; `office`: a post; `person`: a named person's role. */
  kind: z.enum(['body', 'office', 'person']),
  /** The entry's name in every language of the site. */
  labels: z.record(languageSchema, z.string()),
  ...period,
  cites: z.array(orgCitationSchema).min(1),
});

/** How two entries relate, read "from … to": the President appoints the Deputy Chairmen. */
export const orgRelationTypeSchema = z.enum([
  'heads',
  'appoints',
  'convenes',
  'accountable-to',
  'part-of',
  'working-body-of',
  'coordinates',
  'supports',
  'forms',
  'governs',
  'elects',
  'deputy-of',
]);

export const orgRelationSchema = z.object({
  from: z.string(),
  type: orgRelationTypeSchema,
  to: z.string(),
  ...period,
  cites: z.array(orgCitationSchema).min(1),
});

export const orgChartSchema = z.object({
  /** The act whose provisions the entries cite. */
  act: z.string(),
  nodes: z.array(orgNodeSchema).min(1),
  relations: z.array(orgRelationSchema),
});

export type OrgCitation = z.infer<typeof orgCitationSchema>;
export type OrgNode = z.infer<typeof orgNodeSchema>;
export type OrgRelation = z.infer<typeof orgRelationSchema>;
export type OrgRelationType = z.infer<typeof orgRelationTypeSchema>;
export type OrgChart = z.infer<typeof orgChartSchema>;
