import type { z } from 'zod';

/*
 * Small checks shared by the content loaders: the keys a schema knows (to name a misspelled
 * one) and the calendar. Characters that must not reach a page are src/pipeline/check-source.ts's. No Astro imports: tests call them
 * directly.
 */

/** 1-based line and column of an index of a text, counting columns in UTF-16 units like editors' `file:line:col`. */
export function pointAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/** True for `YYYY-MM-DD` that names a day of the calendar (not `2010-02-30`). */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours): how far a typo is from a key. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known key a misspelled one most likely meant: within a third of its length, case aside. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/** A key of a mapping that its schema does not have. */
export interface UnknownKey {
  /** Where the mapping is: `['status']`, `['editions', 'ru/2017-05-05.md']`. */
  path: Array<string | number>;
  key: string;
  known: string[];
}

/** The schema inside optional, default, nullable and pipe wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } };
  for (;;) {
    const { type } = s.def;
    if ((type === 'optional' || type === 'default' || type === 'nullable' || type === 'prefault' || type === 'readonly') && s.def.innerType) s = s.def.innerType as typeof s;
    else if (type === 'pipe' && s.def.in) s = s.def.in as typeof s;
    else return s;
  }
}

/**
 * Keys of a value that its schema does not know, at any depth. zod's objects drop unknown keys
 * without a word, so `editons:` would be read as no editions at all: each is named here instead.
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: Array<string | number> = []): UnknownKey[] {
  const s = unwrap(schema) as z.ZodType & { def: { type: string; shape?: Record<string, z.ZodType>; valueType?: z.ZodType; element?: z.ZodType } };
  if (value === null || typeof value !== 'object') return [];
  const out: UnknownKey[] = [];
  if (s.def.type === 'object' && s.def.shape && !Array.isArray(value)) {
    const shape = s.def.shape;
    const known = Object.keys(shape);
    for (const [key, v] of Object.entries(value)) {
      if (!(key in shape)) out.push({ path, key, known });
      else out.push(...unknownKeys(shape[key]!, v, [...path, key]));
    }
  } else if (s.def.type === 'record' && s.def.valueType && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) out.push(...unknownKeys(s.def.valueType, v, [...path, key]));
  } else if (s.def.type === 'array' && s.def.element && Array.isArray(value)) {
    value.forEach((v, i) => out.push(...unknownKeys(s.def.element!, v, [...path, i])));
  }
  return out;
}
