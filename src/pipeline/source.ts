import type { Point, Position } from '../schemas/position.js';

/**
 * A source text with a line index, so that offsets found by regular expressions become unist
 * points (1-based line and column) without rescanning.
 */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10 /* \n */) this.lineStarts.push(i + 1);
    }
  }

  /** The point at a 0-based offset (clamped to the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
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
