import { location } from 'vfile-location';
import type { Point, Position } from '../schemas/position.js';

/**
 * A source text with a line index (vfile-location's, so lines end where remark's do: LF, CRLF
 * or CR), so that offsets found by regular expressions become unist points (1-based line and
 * column) without rescanning.
 */
export class SourceText {
  readonly text: string;
  private readonly place: ReturnType<typeof location>;

  constructor(text: string) {
    this.text = text;
    this.place = location(text);
  }

  /** The point at a 0-based offset (clamped to the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const { line, column } = this.place.toPoint(o)!;
    return { line, column, offset: o };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

/** The smallest position covering all the given ones (they need not be sorted). */
export function spanOf(positions: Position[]): Position | undefined {
  let start: Point | undefined;
  let end: Point | undefined;
  for (const p of positions) {
    if (!start || p.start.offset < start.offset) start = p.start;
    if (!end || p.end.offset > end.offset) end = p.end;
  }
  return start && end ? { start, end } : undefined;
}
