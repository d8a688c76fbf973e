import { z } from 'zod';

/** The languages the site publishes: English, Russian, Kazakh (ISO 639-1). */
export const languageSchema = z.enum(['en', 'ru', 'kk']);
export type Language = z.infer<typeof languageSchema>;

/** `YYYY-MM-DD`, checked to be a real calendar date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
