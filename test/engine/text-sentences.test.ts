/** notes/text.ts sentenceStart / sentenceEnd: a sentence's bounds, bounded by a floor and a limit when a reader looks only so far. */
import * as assert from 'node:assert/strict';
import { sentenceEnd, sentenceStart } from '../../server/src/notes/text';

describe('sentence bounds (notes/text.ts)', () => {
  const text = 'Seen today. O/E - no dimple seen; mum says 2.5 cm mark on the y.o boy? Yes';
  it('start right after ". ", ";", "?" and not inside "2.5" or "y.o"', () => {
    assert.equal(sentenceStart(text, text.indexOf('dimple')), text.indexOf(' O/E'));
    assert.equal(sentenceStart(text, text.indexOf('boy')), text.indexOf(' mum'));
    assert.equal(sentenceStart(text, text.indexOf('Yes')), text.indexOf(' Yes'));
  });
  it('end at the mark, or at the end of the text', () => {
    assert.equal(sentenceEnd(text, text.indexOf('O/E')), text.indexOf(';'));
    assert.equal(sentenceEnd(text, text.indexOf('mum')), text.indexOf('?'));
    assert.equal(sentenceEnd(text, text.indexOf('Yes')), text.length);
  });
  it('stop at the floor and the limit', () => {
    assert.equal(sentenceStart(text, text.indexOf('dimple'), text.indexOf('no')), text.indexOf('no'));
    assert.equal(sentenceEnd(text, text.indexOf('O/E'), text.indexOf('dimple')), text.indexOf('dimple'));
    assert.equal(sentenceEnd(text, text.indexOf('Yes'), text.length + 50), text.length);
  });
});
