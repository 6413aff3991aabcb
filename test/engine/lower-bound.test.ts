/** lowerBound (notes/words.ts): the one binary search the readers share over words and spans in text order. */
import * as assert from 'node:assert/strict';
import { lowerBound, toWords } from '../../server/src/notes/words';

const start = (s: { start: number }) => s.start;
const spans = (...starts: number[]) => starts.map((s) => ({ start: s, end: s + 1 }));

describe('lowerBound', () => {
  it('is 0 on an empty array', () => {
    assert.equal(lowerBound([], start, 0), 0);
    assert.equal(lowerBound([], start, 42), 0);
  });

  it('is 0 before the first key and at it', () => {
    const s = spans(5, 10, 20);
    assert.equal(lowerBound(s, start, -3), 0);
    assert.equal(lowerBound(s, start, 0), 0);
    assert.equal(lowerBound(s, start, 5), 0);
  });

  it('is the length after the last key', () => {
    const s = spans(5, 10, 20);
    assert.equal(lowerBound(s, start, 21), 3);
    assert.equal(lowerBound(s, start, 1000), 3);
  });

  it('finds the first item at or after the key, between keys', () => {
    const s = spans(5, 10, 20);
    assert.equal(lowerBound(s, start, 6), 1);
    assert.equal(lowerBound(s, start, 10), 1);
    assert.equal(lowerBound(s, start, 11), 2);
    assert.equal(lowerBound(s, start, 20), 2);
  });

  it('finds the first of equal keys', () => {
    const s = spans(1, 4, 4, 4, 9);
    assert.equal(lowerBound(s, start, 4), 1);
    assert.equal(lowerBound(s, start, 5), 4);
    const all = spans(7, 7, 7);
    assert.equal(lowerBound(all, start, 7), 0);
    assert.equal(lowerBound(all, start, 8), 3);
  });

  it('agrees with a linear scan on words, by start and by end', () => {
    const words = toWords('Back pain x 3 wk, worse at night; no fever.');
    for (let at = -1; at <= 45; at++) {
      const byStart = words.findIndex((w) => w.start >= at);
      const byEnd = words.findIndex((w) => w.end >= at);
      assert.equal(
        lowerBound(words, (w) => w.start, at),
        byStart < 0 ? words.length : byStart,
        `start ${at}`,
      );
      assert.equal(
        lowerBound(words, (w) => w.end, at),
        byEnd < 0 ? words.length : byEnd,
        `end ${at}`,
      );
    }
  });
});
