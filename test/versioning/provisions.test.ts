import { describe, expect, it } from 'vitest';
import { mergeOrder } from '../../src/versioning/provisions.js';

describe('mergeOrder', () => {
  it('keeps the newest order and slots older units in after their predecessor', () => {
    // The newest edition lost para_2 and gained para_1-1; the oldest had a preamble.
    expect(mergeOrder([['para_1', 'para_1-1', 'para_3'], ['para_1', 'para_2', 'para_3'], ['preamble', 'para_1', 'para_2']])).toEqual([
      'preamble', 'para_1', 'para_2', 'para_1-1', 'para_3',
    ]);
  });

  it('merges 50,000 units with 50,000 inserted between them', () => {
    const a = Array.from({ length: 50_000 }, (_, i) => `para_${i}`);
    const b = a.flatMap((id) => [id, `${id}-1`]);
    const order = mergeOrder([a, b]);
    expect(order).toEqual(b);
  });
});
