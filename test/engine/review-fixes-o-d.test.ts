/**
 * Review 12-d: a side told with a list item (context-lexicon listQualifiers "on the right") makes only the list's
 * last item its own; a side on an item inside a denied list does not lift the negation off the items after it.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe('review fixes o-d: a side inside a denied list', () => {
  it('keeps a red flag after a sided item denied ("denies fever, night pain, radiation on the right, incontinence")', () => {
    const r = readNote('Age: 12 y', 'HPI: back pain 2 wk. Denies fever, night pain, radiation on the right, incontinence', 'Neuro: normal', 'Order: XR L-spine');
    assert.equal(r.scenario, 'back-pain-no-red-flags');
    assert.ok(!r.facts.hits.some((h) => h.finding.id === 'incontinence' && h.present));
  });
  it('still asserts the sided last item', () => {
    const r = readNote('Age: 12 y', 'HPI: back pain 2 wk, no fever, no night pain, radiating to the leg on the left', 'Neuro: normal', 'Order: MRI L-spine');
    assert.equal(r.scenario, 'back-pain-red-flags');
  });
});
