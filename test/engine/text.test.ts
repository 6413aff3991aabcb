import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countEols, dominantEol, dominantOf } from '../../server/src/notes/text';
import { fcParams } from '../hardening/gen';

describe('line endings', () => {
  it('dominantEol (native searches) agrees with counting every character', () => {
    const text = fc.array(fc.constantFrom('\r', '\n', '\r\n', 'a', ' ', '---'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => assert.equal(dominantEol(t), dominantOf(countEols(t, 0, t.length, { crlf: 0, lf: 0, cr: 0 })), JSON.stringify(t))),
      fcParams(2_000),
    );
  });

  it('picks the majority, CRLF on a tie with LF, and LF for text without breaks', () => {
    assert.equal(dominantEol('a\r\nb\r\nc\nd'), '\r\n');
    assert.equal(dominantEol('a\r\nb\nc\nd'), '\n');
    assert.equal(dominantEol('a\r\nb\n'), '\r\n');
    assert.equal(dominantEol('a\rb\rc\n'), '\r');
    assert.equal(dominantEol('no breaks'), '\n');
  });
});
