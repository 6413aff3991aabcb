/** Review 8c: defects of the r8c merge found by probes; each failed before its fix. */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

describe('review 8c fixes', () => {
  it('"Back: PIT noted" (the first word of a value) is still a sacral pit; "PIT 20:40 - …" is a triage heading', () => {
    assert.ok(presentIn('sacral-dimple', 'Pt: 2 mo F', 'Back: PIT noted, base visible', 'Order: XR L-spine'));
    assert.equal(presentIn('sacral-dimple', 'PIT 20:40 - 5 y M slid off the couch, mild back soreness. XR L-spine per triage.'), false);
  });
  it('"PIT at the base of the spine" in mixed case is still a sacral pit', () => {
    assert.ok(presentIn('sacral-dimple', 'Pt: 2 mo F', 'Reason: PIT at the base of the spine noted by pediatrician', 'Order: XR lumbar spine'));
  });
  it('irradiation as therapy or blood products is no radicular pain', () => {
    assert.equal(presentIn('radicular-pain', 'Pt: 12 yo M', 'HPI: low back pain x 2 wks after soccer. Received irradiated blood products as infant.'), false);
    assert.equal(presentIn('radicular-pain', 'Pt: 15 yo F', 'HPI: back pain x 1 wk. Plan: PT, irradiation not indicated.'), false);
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks with irradiation to left leg.'));
  });
  // "Lasègue +" is not read: "+" is no word to the phrase index, so "lasegue +" read as bare "Lasegue", and
  // "Lasegue negative bilateral" became a radicular red flag.
  it('Lasègue written with its accent or "positive ... sign" is radicular', () => {
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks. Exam: Lasègue positive on the left at 40 degrees.'));
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks. Exam: positive Lasègue sign on the right.'));
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', "HPI: low back pain x 3 wks. Lasegue's sign positive on right."));
  });
  // An examination line is read for the signs of a nerve root: a positive straight-leg raise found on exam is radicular.
  it('a positive straight-leg raise on its own exam line is radicular; a negative one is not', () => {
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks.', 'Exam: Lasègue + on the left'));
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks.', 'PE: positive SLR on the left at 40 deg'));
    assert.ok(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks.', 'Neuro: SLR positive on the right, strength 5/5'));
    assert.equal(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks.', 'Exam: SLR negative bilaterally, no radicular signs'), false);
    assert.equal(presentIn('radicular-pain', 'Pt: 13 yo M', 'HPI: low back pain x 3 wks.', 'Neuro: strength 5/5, SLR neg, pain does not radiate'), false);
  });
  it('"Neurosurgery consulted, will see after the MRI" is a referral made', () => {
    const r = readNote('Pt: 8 yo M', 'HPI: back pain, leg weakness. Neurosurgery consulted, will see after the MRI.', 'Order: MRI lumbar spine');
    assert.equal(r.facts.referral.neurosurgery, true);
  });
});
