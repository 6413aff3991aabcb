/**
 * Review of r18d: a hyphen against a weight is weight loss only when it is a sign, not the dash a clerking writes
 * between key and value ("Wt -50kg", "Wt-52kg, Ht-160cm", "Weight –45 kg").
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);

describe('review r18d fixes', () => {
  describe('a dash between the weight key and its value is no loss', () => {
    const at = (t: string) => readNote('15 y F.', t, 'Back ache x 3 weeks. Neuro normal.', 'Plan: XR whole spine.');
    it('"Wt -50kg, Ht -160cm", "Vitals: HR 80, Wt-52kg", "Weight -48 kg", "Weight –45 kg": no weight loss, no red flag', () => {
      for (const t of ['Wt -50kg, Ht -160cm', 'Wt-50kg Ht-160cm', 'Vitals: HR 80, Wt-52kg, Temp 36.8.', 'Weight -48 kg', 'Weight \u201345 kg.']) {
        const n = at(t);
        assert.equal(present(n, 'weight-loss'), false, t);
        assert.equal(n.scenario, 'back-pain-no-red-flags', t);
      }
    });
    it('near miss: a dash with the time of the change, or after a colon, is still a loss', () => {
      for (const t of [
        'Weight -5 kg over 2 months.',
        'Wt -3kg in 6 wk.',
        'Weight \u20134 kg since June.',
        'Seen by dietitian, wt: -3 kg.',
        'Weight -2.5 kg, since the last visit in May.',
      ]) {
        const n = at(t);
        assert.equal(present(n, 'weight-loss'), true, t);
        assert.equal(n.scenario, 'back-pain-red-flags', t);
      }
    });
  });
});
