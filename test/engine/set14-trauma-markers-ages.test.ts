/**
 * Set14 (task r15d): trauma mechanism, skin markers and ages as new voices write them. A ski school or a ski lesson
 * is where a fall happened, not how; "it hurts" in a child's own words is pain, no injury; hair of the body
 * (pubic, axillary, ingrown hairs) is no hair tuft; a bracketed sign at a line's end answers slash-joined
 * alternatives ("lipoma/mass (-)"); the age of a parent ("infant son of a 16 y/o student") is never the patient's;
 * a heading's "Paediatric clinic - 5/12 old boy" tells the age; a consult's "Clinician question:" tells the history.
 * Each with the near-misses it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { readContext } from '../../server/src/clinical/context';
import { ageOf, near, readNote } from '../helpers';

const WEEK = 7 / 30.4375;
const trauma = (...lines: string[]) => readNote(...lines).facts.trauma.significance;
const marker = (id: string, ...lines: string[]) => {
  const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
  return hits.some((h) => h.present) ? 'present' : hits.length ? 'absent' : 'unread';
};
const negatedAt = (text: string, word: string) => {
  const i = text.indexOf(word);
  return readContext(text, i, i + word.length).negated;
};

describe('set14: a ski school is a place, not a mechanism', () => {
  it('a slow fall in a ski lesson, the child skiing on, is trivial', () => {
    assert.equal(
      trauma(
        'Ski school incident form',
        '6 y M, group lesson. Fell over sideways at walking speed next to the magic carpet, got up by himself, skied the rest of the lesson.',
        'Exam: No spinal tenderness. Neuro normal.',
      ),
      'trivial',
    );
    assert.equal(trauma('SKI SCHOOL - minor incident', '4 y F tipped over at very slow speed in the beginner zone, cried briefly, then back to skiing.'), 'trivial');
    assert.equal(trauma('HPI: 7 yo in ski lessons, slid off the magic carpet at walking pace, got right up.'), 'trivial');
  });
  it('a crash at speed, a fall from a lift or from a height in ski school stays significant', () => {
    assert.equal(trauma('Ski school incident form', 'HPI: 9 y M collided with a tree at speed during the ski lesson, back pain.'), 'significant');
    assert.equal(trauma('Ski school incident form', 'HPI: 8 yo fell from the chair lift, about 4 m, onto snow. Back pain.'), 'significant');
    assert.equal(trauma('Ski patrol report', 'HPI: 12 yo crashed off a jump in the terrain park, landed flat on his back.'), 'significant');
  });
  it('a ski school fall told with nothing low-energy and nothing about afterwards stays significant', () => {
    assert.equal(trauma('Ski school incident form', 'HPI: 8 yo fell in the half-pipe, back pain.'), 'significant');
  });
  it('skiing itself, with nothing low-energy told, is still read as it was', () => {
    assert.equal(trauma('HPI: 12 yo fell while skiing yesterday, back pain since.'), 'significant');
  });
});

describe('set14: "it hurts" in the child\'s words is no injury', () => {
  it('a febrile child with "No trauma" and percussion tenderness has no trauma', () => {
    assert.equal(
      trauma(
        'HPI: fever for 5 days. Two days ago she began to say her lower back hurts ("it hurts here," pointing to her lower back). No trauma, no fall.',
        'Exam: Back: tender to percussion over L2-L3.',
      ),
      'none',
    );
    assert.equal(trauma('HPI: 8 yo, his back hurts, it hurts more when he bends. No injury.'), 'none');
  });
  it('"hurt it" told as an injury still is one', () => {
    assert.notEqual(trauma('HPI: 14 yo, hurt it lifting weights at the gym yesterday, back pain.'), 'none');
    assert.equal(trauma('HPI: 13 yo fell off the monkey bars and hurt it. Back: tender over L1.'), 'significant');
  });
});

describe('set14: hair elsewhere is no tuft', () => {
  it('pubic, axillary or ingrown hairs are no hair tuft', () => {
    assert.equal(marker('hair-tuft', 'HPI: 16 y F, primary amenorrhea. Breast and pubic hair Tanner 5.'), 'unread');
    assert.equal(marker('hair-tuft', 'HPI: 15 y M, pilonidal disease in the natal cleft with ingrown hairs.'), 'unread');
    assert.equal(marker('hair-tuft', 'HPI: 13 yo, axillary hair present. Back pain x 2 wk.'), 'unread');
    assert.equal(marker('hair-tuft', 'Plan: laser hair removal referral.'), 'unread');
  });
  it('hair on the low back is still a tuft', () => {
    assert.equal(marker('hair-tuft', 'HPI: 4 mo, tuft of dark hair on the low back.'), 'present');
    assert.equal(marker('hair-tuft', 'Exam: patch of long hair over L5, midline.'), 'present');
    assert.equal(marker('hair-tuft', 'Exam: hairy patch at the sacrum; pubic hair Tanner 1.'), 'present');
  });
});

describe('set14: a bracketed sign answers alternatives joined by a slash', () => {
  it('"lipoma/mass (-)" denies the lipoma, at the end of a line before an indented one too', () => {
    assert.equal(negatedAt('dimple (+), subcutaneous lipoma/mass (-)', 'lipoma'), true);
    assert.equal(negatedAt(' hair tuft (-), hemangioma (-), subcutaneous lipoma/mass (-)\n Neurologic Ex.: tone normal', 'lipoma'), true);
    assert.equal(
      marker('lipoma', 'P/Ex) sacral dimple (+) 3mm size, within gluteal cleft', ' hair tuft (-), hemangioma (-), subcutaneous lipoma/mass (-)', ' Neurologic Ex.: tone normal'),
      'absent',
    );
  });
  it('a sign that answers only its own item leaves the one before a comma alone', () => {
    assert.equal(negatedAt('lipoma (+), mass (-)', 'lipoma'), false);
    assert.equal(negatedAt('lipoma, hemangioma (-)', 'lipoma'), false);
  });
  it('"(-)" before a word on its own line still denies forward', () => {
    assert.equal(negatedAt('(-) lipoma', 'lipoma'), true);
  });
});

describe("set14: a parent's age is never the patient's", () => {
  it('"infant son of a 16 y/o student, 6 wks old" is 6 weeks', () => {
    near(ageOf('Pt: infant son of a 16 y/o student, 6 wks old.', 'Exam: sacral dimple present.'), 6 * WEEK, 'son of a 16 y/o');
    near(ageOf('Baby of a 17 yo mother, now 3 wk, sacral dimple.'), 3 * WEEK, 'baby of a 17 yo');
  });
  it("with no age of the child, the parent's is no age", () => {
    assert.equal(ageOf('Pt: infant daughter of a 15 yo student. Sacral dimple.'), undefined);
  });
  it('the child\'s own age told after "of" is still read', () => {
    near(ageOf('HPI: A boy of 7 years with back pain x 2 wk.'), 84, 'a boy of 7 years');
    near(ageOf('Patient is baby boy of 2 month, sacral dimple.'), 2, 'baby boy of 2 month');
  });
});

describe('set14: ages and histories in headings', () => {
  it('"Paediatric clinic - 5/12 old boy" is 5 months', () => {
    near(ageOf('Paediatric clinic - 5/12 old boy', 'Background: soft fatty swelling over the sacrum since birth.'), 5, 'clinic - 5/12 old boy');
    near(ageOf('Clinic: 18/12 girl', 'Exam: hairy patch over L5.'), 18, 'clinic: 18/12 girl');
  });
  it('a clinic visit dated by the slash notation stays no age', () => {
    assert.equal(ageOf('Seen in clinic 3/12 ago. Sacral dimple.'), undefined);
    assert.equal(ageOf('Clinic - 3/12 follow up. Sacral dimple.'), undefined);
  });
  it('a consult answer\'s "Clinician question:" tells the patient\'s marker', () => {
    const lines = [
      'Pediatric radiology - consult answer',
      'Clinician question: 2 mo M with a large segmental hemangioma (approx 7 x 5 cm) over the lumbosacral region crossing midline; MRI L-spine w/wo ordered - protocol and sedation?',
      'Answer:',
      '- Contrast is reasonable here.',
    ];
    assert.equal(marker('large-hemangioma', ...lines), 'present');
    assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker');
  });
});
