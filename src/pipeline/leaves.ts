import type { Leaf } from '../schemas/tree.js';
import type { SourceText } from './source.js';

/** Makes a leaf over `[start, end)` of the source; its value is the source slice unless given. */
export function makeLeaf(source: SourceText, type: Leaf['type'], start: number, end: number, value?: string): Leaf {
  return { type, value: value ?? source.slice(start, end), position: source.position(start, end) } as Leaf;
}

/**
 * Leaves for the non-whitespace runs of `[start, end)`, all of one type: used for syntax
 * (`>`, `*`, `|`) and for any stretch that has no better reading.
 */
export function runLeaves(source: SourceText, type: Leaf['type'], start: number, end: number): Leaf[] {
  const out: Leaf[] = [];
  const re = /\S+/gu;
  const slice = source.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) out.push(makeLeaf(source, type, start + m.index, start + m.index + m[0].length));
  return out;
}

/** Appends every item, without spreading them as arguments (a long line can have 100,000 leaves). */
export function pushAll<T>(target: { push(item: NoInfer<T>): unknown }, items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Trims `[start, end)` to its non-whitespace part; `undefined` when it is all whitespace. */
export function trimRange(source: SourceText, start: number, end: number): [number, number] | undefined {
  const text = source.text;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start < end ? [start, end] : undefined;
}

