/**
 * Round 56 (fix56f), the study requested the way Spanish-, Portuguese- and Italian-trained clinicians write it in English:
 * "Solicit …" opening the sentence (from solicitar, as "I solicit" already was; reading-vocabulary orderCues). The
 * existing order reading's refusals hold: a conditional, a declined or a negated request orders nothing. The Italian
 * "richiedo", "non richiedo", "rifiutata" translations were taken out after review r56.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const INFANT = 'Infant 4 months, tuft of hair over L5, no other marker. Neuro exam normal.';
const TEEN = 'Ragazzo 13 anni. Lombalgia da 4 settimane, wakes him at night. Neuro normale.';

describe('r56f: "Solicit …" orders the study', () => {
  it('"Solicit spinal ultrasound." orders it', () => assert.equal(orderOf(INFANT, 'Solicit spinal ultrasound of the lumbosacral region.'), 'us-area'));
  it('"… -> solicit lumbar spine ecography." orders it', () => assert.equal(orderOf(`${INFANT} -> solicit lumbar spine ecography.`), 'us-area'));
  // Near-misses
  it('"Solicit MRI only if red flags appear." orders nothing', () => assert.equal(orderOf(TEEN, 'Solicit MRI only if red flags appear.'), 'none'));
  it('"If worse, solicit MRI." orders nothing', () => assert.equal(orderOf(TEEN, 'If worse, solicit MRI.'), 'none'));
  it('"Do not solicit MRI." orders nothing', () => assert.equal(orderOf(TEEN, 'Do not solicit MRI.'), 'none'));
  it('"Solicit MRI; parents declined." orders nothing', () => assert.equal(orderOf(TEEN, 'Solicit MRI; parents declined.'), 'none'));
  it('"The parents solicit an MRI; not indicated." orders nothing', () => assert.equal(orderOf(TEEN, 'The parents solicit an MRI; not indicated.'), 'none'));
});
