import { z } from 'zod';

/** A point in a source file: 1-based line and column, 0-based offset (unist `Point`). */
export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** Where a node sits in its source (unist `Position`): `end` is exclusive. */
export const positionSchema = z.object({
  start: pointSchema,
  end: pointSchema,
});

export type Point = z.infer<typeof pointSchema>;
export type Position = z.infer<typeof positionSchema>;
