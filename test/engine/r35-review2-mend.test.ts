/**
 * Round 35, second review (review2 r35): each harmful probe asserting the right reading, beside the readings the round
 * gained that stay.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote, traumaOf } from '../helpers';

const has = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const P = ['Pt: 2 mo F', 'Findings: dimple 3 mm in cleft 1 cm from anus'];

describe('review2 r35 H1: a denied leg movement or reflex is a deficit only as the whole finding', () => {
  for (const exam of [
    'Exam: active movements of both legs, no active movement limitation',
    'Exam: no leg movement restriction from the Pavlik harness, MAE, tone nl',
    'Exam: In Pavlik harness - no active movement of hips expected. Knees/ankles move well, tone nl.',
    'Exam: no active movement of L leg? - mum thinks not; on my exam moves both legs equally.',
    'Exam: Sister (5 yo, CP) has no active movement of L leg. Pt: MAE, tone nl.',
    'Exam: no lower limb reflexes could be tested (crying), moves legs well',
  ]) {
    it(`"${exam}" is no abnormal exam, no escalation`, () => {
      const r = readNote(...P, exam, 'Order: US spine');
      assert.notEqual(r.facts.neuro.state, 'abnormal');
      assert.ok(!r.rules.includes('escalation-referral'), r.rules.join());
    });
  }
  for (const exam of ['Exam: No active movement of L leg, tone nl', 'Exam: no active movement of L leg; moves R leg well', 'Exam: no reflexes elicited in legs']) {
    it(`"${exam}" stays abnormal`, () => assert.equal(readNote(...P, exam, 'Order: US spine').facts.neuro.state, 'abnormal'));
  }
});

describe("review2 r35 H2: a carer's weakness words with a cause told beside them are no weakness", () => {
  it('"Legs gave way after running the cross-country race, tired."', () => {
    const r = readNote('6 yo M, hair tuft L4. Legs gave way after running the cross-country race, tired.', 'Order: MRI L-spine w/o');
    assert.ok(!has(r, 'weakness'));
    assert.ok(!r.rules.includes('escalation-referral'), r.rules.join());
  });
  it('"Not kicking her L leg as much since the hip spica."', () => {
    const r = readNote('8 mo F, hair tuft L4. Not kicking her L leg as much since the hip spica.', 'Order: MRI L-spine w/o');
    assert.ok(!has(r, 'weakness'));
    assert.ok(!r.rules.includes('escalation-referral'), r.rules.join());
  });
  it('"Legs gave way on stairs twice this week" stays a weakness', () => {
    assert.ok(has(readNote('6 yo M, hair tuft L4. Legs gave way on stairs twice this week.', 'Order: MRI L-spine w/o'), 'weakness'));
  });
});

describe('review2 r35 H3: "Ref: <study>" stays unread beside a line that declines imaging', () => {
  const S = ['8/12 F, skin tag over lower back. Neuro exam normal.', 'Ref: USS spine'];
  for (const line of ['Mum reassured, no further action.', 'No imaging needed after discussion with consultant.', 'Discussed with mum - not needed, reassured.']) {
    it(`"${line}"`, () => {
      const r = readNote(...S, line);
      assert.equal(orderOf(...S, line), 'none');
      assert.ok(!r.rules.includes('ultrasound-window-closed'), r.rules.join());
    });
  }
  it('"Ref: USS spine" alone is still the plan', () => assert.equal(orderOf(...S), 'us-area'));
});

describe('review2 r35 H4: the dimple takes no place in the cleft from another pit or a deviated crease', () => {
  const D = (f: string) => readNote('2 mo F', `Findings: ${f}`, 'Neuro: normal', 'Plan: no imaging');
  it('"… 1 cm from anus. Pilonidal-type pit inside the buttock crease too." is no simple dimple', () => {
    assert.ok(!D('sacral dimple 3 mm, base seen, 1 cm from anus. Pilonidal-type pit inside the buttock crease too.').rules.includes('simple-dimple'));
  });
  it('"… 1 cm from anus. Another pit inside the crease." is no simple dimple', () => {
    assert.ok(!D('sacral dimple 3 mm, base seen, 1 cm from anus. Another pit inside the crease.').rules.includes('simple-dimple'));
  });
  it('"… in crease, crease itself deviated" is no simple dimple', () => {
    assert.ok(!D('sacral dimple 3 mm, base seen, 1 cm from anus, in crease, crease itself deviated').rules.includes('simple-dimple'));
  });
  it('"sacral pit 3 mm within gluteal cleft, 1 cm from anus" is the dimple\'s own place', () => {
    assert.ok(readNote('Pt: 4 mo F', 'Findings: sacral pit 3 mm within gluteal cleft, 1 cm from anus', 'Neuro: intact', 'Order: US lumbar spine').rules.includes('simple-dimple'));
  });
});

describe("review2 r35 H5: a relative's study is never the child's", () => {
  it('"Addendum: dad\'s MRI cancelled, request MRI L-spine instead for him." leaves the US plan', () => {
    assert.equal(
      orderOf('8/12 F, skin tag over lower back. Neuro exam normal.', 'Plan: USS spine', "Addendum: dad's MRI cancelled, request MRI L-spine instead for him."),
      'us-area',
    );
  });
  it('"Addendum: cancel USS, request MRI L-spine instead." still changes it', () => {
    assert.equal(orderOf('8/12 F, skin tag over lower back. Neuro exam normal.', 'Plan: USS spine', 'Addendum: cancel USS, request MRI L-spine instead.'), 'mri-area-without');
  });
  const S = '10 y/o F, LBP x 5 weeks, not relieved by rest. No fever. No trauma.';
  it('"Mum\'s LS spine APL (last yr): normal." is no prior radiograph', () => {
    assert.equal(readNote(S, "Mum's LS spine APL (last yr): normal.", 'Plan: MRI L-spine w/o contrast').scenario, 'back-pain-red-flags');
  });
  it('"LS spine APL (last yr): normal." is the child\'s', () => {
    assert.equal(readNote(S, 'LS spine APL (last yr): normal.', 'Plan: MRI L-spine w/o contrast').scenario, 'back-pain-red-flags-negative-radiographs');
  });
});

describe('review2 r35 H7', () => {
  it('"which I\'ve ordered - mum to decide" orders nothing', () => {
    assert.equal(orderOf("4 mo boy, dimple above the cleft 3 mm. An ultrasound of his lower spine, which I've ordered - mum to decide."), 'none');
  });
  it('"which I\'ve ordered - to be done next week" still orders', () => {
    assert.equal(orderOf("4 mo boy, dimple above the cleft 3 mm. An ultrasound of his lower spine, which I've ordered - to be done next week."), 'us-area');
  });
  it('a healed compression fracture of T12 keeps its significance', () => {
    assert.equal(traumaOf("14 yo F, back pain. Healed compression fracture T12 on today's film (old). No new injury.", 'Order: MRI T-spine w/o'), 'significant');
  });
  it('a healed wrist fracture is no injury now', () => {
    assert.equal(traumaOf('14 yo F, back pain. Healed wrist fracture (old). No new injury.', 'Order: MRI T-spine w/o'), 'none');
  });
});
