import { z } from 'zod';
import { LANGUAGES } from '../model/languages.js';

/** The languages the site publishes (src/model/languages.ts), as ISO 639-1 codes. */
export const languageSchema = z.enum(LANGUAGES);
export type { Language } from '../model/languages.js';

/** `YYYY-MM-DD`, checked to be a real calendar date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
