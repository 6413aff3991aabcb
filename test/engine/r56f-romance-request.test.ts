/**
 * Round 56 (fix56f), the study requested the way Spanish-, Portuguese- and Italian-trained clinicians write it in English:
 * "Solicit …" opening the sentence (from solicitar, as "I solicit" already was; reading-vocabulary orderCues) and the
 * Italian "Richiedo …" (I request) read through the Italian table as "ordering", with "non richiedo" / "non si richiede" as
 * "not ordering" and "rifiutata"/"rifiutato" as "declined" (language-vocabulary ageLanguages italian). The existing order
 * reading's refusals hold: a conditional, a question, a declined or a negated request orders nothing.
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const INFANT = 'Infant 4 months, tuft of hair over L5, no other marker. Neuro exam normal.';
const TEEN = 'Ragazzo 13 anni. Lombalgia da 4 settimane, wakes him at night. Neuro normale.';

describe('r56f: "Solicit …" and Italian "Richiedo …" order the study', () => {
  it('"Solicit spinal ultrasound." orders it', () => assert.equal(orderOf(INFANT, 'Solicit spinal ultrasound of the lumbosacral region.'), 'us-area'));
  it('"… -> solicit lumbar spine ecography." orders it', () => assert.equal(orderOf(`${INFANT} -> solicit lumbar spine ecography.`), 'us-area'));
  it('"Richiedo RMN rachide lombare senza mdc." orders the MRI', () => assert.equal(orderOf(TEEN, 'Richiedo RMN rachide lombare senza mdc.'), 'mri-area-without'));
  it('"Richiedo RMN of the whole spine without contrast." orders it', () =>
    assert.equal(orderOf(TEEN, 'Richiedo RMN of the whole spine without contrast.'), 'mri-complete-without'));
  // Near-misses
  it('"Non richiedo RMN." orders nothing', () => assert.equal(orderOf(TEEN, 'Non richiedo RMN per ora.'), 'none'));
  it('"Non si richiede RMN." orders nothing', () => assert.equal(orderOf(TEEN, 'Non si richiede RMN.'), 'none'));
  it('"Richiedo RMN, rifiutata dai genitori." orders nothing', () => assert.equal(orderOf(TEEN, 'Richiedo RMN, rifiutata dai genitori.'), 'none'));
  it('"Richiedo RMN if the pain persists." orders nothing', () => assert.equal(orderOf(TEEN, 'Richiedo RMN if the pain persists.'), 'none'));
  it('"Richiedo RMN?" orders nothing', () => assert.equal(orderOf(TEEN, 'Richiedo RMN?'), 'none'));
  it('"Richiedo consulenza ortopedica; RMN done last year normal." orders nothing', () =>
    assert.equal(orderOf(TEEN, 'Richiedo consulenza ortopedica; RMN done last year, normal.'), 'none'));
  it('"Solicit MRI only if red flags appear." orders nothing', () => assert.equal(orderOf(TEEN, 'Solicit MRI only if red flags appear.'), 'none'));
  it('"If worse, solicit MRI." orders nothing', () => assert.equal(orderOf(TEEN, 'If worse, solicit MRI.'), 'none'));
  it('"Do not solicit MRI." orders nothing', () => assert.equal(orderOf(TEEN, 'Do not solicit MRI.'), 'none'));
  it('"Solicit MRI; parents declined." orders nothing', () => assert.equal(orderOf(TEEN, 'Solicit MRI; parents declined.'), 'none'));
  it('"The parents solicit an MRI; not indicated." orders nothing', () => assert.equal(orderOf(TEEN, 'The parents solicit an MRI; not indicated.'), 'none'));
  it('"Richiedo RMN or wait?" asked orders nothing', () => assert.equal(orderOf(TEEN, 'Richiedo RMN or wait?'), 'none'));
});
