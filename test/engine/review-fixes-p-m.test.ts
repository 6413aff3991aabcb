/** Review 13m: defects of commit 13167bb (repeated cues, grade qualifiers) found by probes; each failed before its fix. */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

describe('review 13m fixes', () => {
  it('after repeated cues a bare finding name continues the denied list; an item that tells more is asserted', () => {
    assert.equal(
      presentIn('night-sweats', 'Pt: 12 yo M', 'HPI: low back pain x 3 wks after soccer.', 'ROS: no fever, no chills, night sweats, weight loss.', 'Order: XR L-spine'),
      false,
    );
    assert.equal(presentIn('weight-loss', 'Pt: 12 yo M', 'HPI: low back pain x 3 wks. Denies fever, denies chills, night sweats, weight loss.', 'Order: XR L-spine'), false);
    assert.equal(
      presentIn('incontinence', 'Pt: 12 yo M', 'HPI: low back pain x 3 wks.', 'ROS: denies fever, denies weight loss, weakness, numbness, incontinence.', 'Order: XR L-spine'),
      false,
    );
    assert.equal(presentIn('night-pain', 'Pt: 14 yo F', 'HPI: back pain x 3 wks.', 'Red flags: no fever, no trauma, night pain', 'Order: XR L-spine'), false);
    const saddle = readNote('Pt: 14 yo F', 'HPI: back pain x 3 wks. Denies incontinence, denies numbness, saddle anesthesia.', 'Order: XR L-spine');
    assert.equal(saddle.scenario, 'back-pain-no-red-flags');
    assert.equal(saddle.facts.neuro.state, 'unknown');
    // The commit's cases still read.
    assert.ok(presentIn('weakness', 'Pt: 12 yo M', 'HPI: low back pain x 3 wks. No fever, no trauma, weakness in L leg since yesterday.', 'Order: XR L-spine'));
    assert.ok(presentIn('night-pain', 'Pt: 12 yo M', 'HPI: low back pain x 3 wks. No fever, no weight loss, night pain waking him x 2 wks.', 'Order: XR L-spine'));
  });
  it('a grade word that names a symptom stays denied after a denial verb or a cue spread over a list', () => {
    const a = readNote('Pt: 14 yo F', 'HPI: low back pain x 3 wks after gymnastics. Denies weakness, numbness, decreased sensation.', 'Order: XR L-spine');
    assert.equal(a.scenario, 'back-pain-overuse');
    assert.notEqual(a.facts.neuro.state, 'abnormal');
    assert.equal(presentIn('numbness', 'Pt: 11 yo F', 'HPI: back pain x 3 wks. Denies back stiffness, numbness, decreased sensation in legs.', 'Order: XR L-spine'), false);
    assert.equal(presentIn('numbness', 'Pt: 11 yo F', 'HPI: back pain x 3 wks. Denies weakness, decreased sensation.', 'Order: XR L-spine'), false);
    // Right after an item negated on its own, on an exam line, the grade is a finding.
    assert.ok(presentIn('numbness', 'Pt: 11 yo F', 'HPI: back pain x 3 wks.', 'Neuro: no weakness, decreased sensation L foot', 'Order: MRI lumbar spine'));
    assert.equal(
      readNote('Pt: 10 yo M', 'HPI: low back pain x 4 wks.', 'Neuro: strength 5/5, no clonus, reduced L ankle jerk', 'Order: MRI lumbar spine').facts.neuro.state,
      'abnormal',
    );
  });
  it('symmetric brisk reflexes after a denied sign leave a normal exam normal', () => {
    assert.equal(
      readNote('Pt: 2 yo M', 'HPI: limping x 2 days, no trauma.', 'Neuro: no clonus, DTRs brisk throughout, symmetric', 'Order: XR tibia/fibula').facts.neuro.state,
      'normal',
    );
    const teen = readNote('Pt: 14 yo M', 'HPI: back pain x 3 wks.', 'Neuro: no weakness, reflexes brisk but symmetric, no clonus', 'Order: MRI lumbar spine');
    assert.equal(teen.facts.neuro.state, 'normal');
    assert.equal(teen.scenario, 'back-pain-no-red-flags');
    // One brisk side is a finding of its own.
    assert.equal(readNote('Pt: 14 yo M', 'HPI: back pain x 3 wks.', 'Neuro: no clonus, brisk L knee jerk compared to R', 'Order: MRI lumbar spine').facts.neuro.state, 'abnormal');
  });
});
