import { z } from 'zod';

/**
 * One problem found in a source. Errors stop the build; warnings are listed in the build report;
 * infos note a defect the parser survived on purpose. Printed as `file:line:col: severity: message`.
 */
export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  /** A stable identifier of the rule that fired, e.g. `glued-footnote`. */
  code: z.string(),
  message: z.string(),
});

export type Diagnostic = z.infer<typeof diagnosticSchema>;
