/**
 * Round 47's held-out sets 91 (US family medicine, urgent care), 92 (doctors trained in South Asia, West/East Africa and the
 * Philippines) and 93 (dermatology, vascular anomalies, midwives and health visitors), and the dimple descriptions of sets
 * 89 and 94. Each reading with the look-alikes it must leave alone.
 */
import * as assert from 'node:assert/strict';
import { ageOf, presentIn, readNote } from '../helpers';

const hitOf = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.find((h) => h.finding.id === id && h.present);
const dimple = (...lines: string[]) => readNote(...lines).facts.dimple;
const neuro = (...lines: string[]) => readNote(...lines).facts.neuro.state;

describe('a back pain told "present all the time" (s92; "also at night" is read as before)', () => {
  const head = '9 yr M';
  const tail = 'Adv: X-ray whole spine AP/Lat';

  it('reads constant pain in the pain’s own sentence, beside the night pain read before', () => {
    const lines = [head, 'Back pain since 2 wks, present all the time, also at night.', 'No fever. No h/o trauma.', 'O/E: mild tenderness over dorsal spine. CNS: NAD.', tail];
    assert.ok(presentIn('constant-pain', ...lines));
    assert.ok(presentIn('night-pain', ...lines));
    assert.equal(readNote(...lines).scenario, 'back-pain-red-flags');
    assert.ok(presentIn('constant-pain', head, 'Back pain since 2 wks, there all the time.', tail));
    assert.ok(presentIn('night-pain', head, 'Low back pain after school, also at night.', tail));
  });

  it('leaves a denied pattern, another complaint and a relative’s pain alone', () => {
    assert.equal(presentIn('constant-pain', head, 'Back pain since 2 wks, not present all the time.', tail), false);
    assert.equal(presentIn('constant-pain', head, "Back pain since 2 wks, isn't there all the time.", tail), false);
    assert.equal(presentIn('constant-pain', head, 'Back pain since 2 wks. Hair tuft present all the time.', tail), false);
    assert.equal(presentIn('constant-pain', head, 'Back pain since 2 wks. Worried, anxious, present all the time.', tail), false);
    assert.equal(presentIn('constant-pain', head, 'Back pain since 2 wks after football. Mother has back pain present all the time.', tail), false);
    assert.equal(presentIn('night-pain', head, 'Back pain since 2 wks. Coughing during the day and also at night.', tail), false);
    assert.equal(presentIn('night-pain', head, 'Back pain since 2 wks, cough present, also at night.', tail), false);
    assert.equal(presentIn('night-pain', head, 'Back pain since 2 wks. Wets during the day, also at night.', tail), false);
    assert.equal(presentIn('night-pain', head, 'Sweats during the day, also at night.', tail), false);
  });
});

describe('a small child’s "owie" of the back (s91)', () => {
  const tail = ['PE: small bruise, no midline tenderness, neuro nl.', 'Dad requests xray. XR L-spine ordered.'];

  it('reads back pain where the back is named in its sentence', () => {
    const lines = ['3 yo M bumped his low back on the coffee table yesterday, says it\'s "owie" there. Running around the room in clinic.', ...tail];
    assert.ok(hitOf('back-pain', ...lines));
    assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
    assert.ok(presentIn('back-pain', '4 yo F has a back owie since the fall off the slide.', ...tail));
  });

  it('leaves another part’s owie, a denied one and a relative’s alone', () => {
    assert.equal(presentIn('back-pain', "3 yo M bumped his knee on the coffee table yesterday, says it's owie there. Back fine.", ...tail), false);
    assert.equal(presentIn('back-pain', '3 yo M fell on his back yesterday, no owie now, running around.', ...tail), false);
    assert.equal(presentIn('back-pain', '3 yo M. Sister has a back owie.', ...tail), false);
    assert.equal(presentIn('back-pain', '3 yo M, owie on his forehead after bumping his back on the table.', ...tail), false);
  });
});

describe('a health visitor’s visit heading tells the baby’s age (s93)', () => {
  const body = ['Noticed a dimple at the base of his spine at bath time.', 'Plan: letter to GP - ? needs spinal ultrasound scan, please review.'];

  it('reads "HV visit 6/52 - boy" and "HV visit 8/52" as the age', () => {
    assert.ok(Math.abs((ageOf('HV visit 6/52 - boy', ...body) ?? 0) - (6 * 7) / 30.4375) < 0.01);
    assert.ok(Math.abs((ageOf('HV visit 8/52', ...body) ?? 0) - (8 * 7) / 30.4375) < 0.01);
  });

  it('leaves an interval, a follow-up, another review and the mother’s visit unread', () => {
    assert.equal(ageOf('HV visit - 6/52 follow-up', ...body), undefined);
    assert.equal(ageOf('HV visit - seen 6/12 ago', ...body), undefined);
    assert.equal(ageOf('HV review - 6/52', ...body), undefined);
    assert.equal(ageOf("Mum's HV visit 6/52", ...body), undefined);
  });
});

describe('a function told beside the exam on a CNS line (s92)', () => {
  const head = ['3 mo F', 'Dimple 2 mm, inside gluteal cleft, ~1.5 cm from anus, base visible.'];
  const tail = 'Adv: MRI LS spine plain.';

  it('reads "CNS: NAD. Voiding normally." as a normal exam', () => {
    assert.equal(neuro(...head, 'CNS: NAD. Voiding normally.', tail), 'normal');
    assert.ok(readNote(...head, 'CNS: NAD. Voiding normally.', tail).rules.includes('simple-dimple'));
    assert.equal(neuro(...head, 'CNS: NAD. Bowel and bladder normal.', tail), 'normal');
  });

  it('never reads the function alone as the exam, nor over a deficit or a urinary sign', () => {
    assert.equal(neuro(...head, 'CNS: Voiding normally.', tail), 'unknown');
    assert.equal(neuro(...head, 'CNS: weak L leg. Voiding normally.', tail), 'abnormal');
    assert.equal(neuro(...head, 'CNS: NAD. Dribbling urine.', tail), 'abnormal');
    assert.equal(neuro(...head, 'CNS: NAD. Kicks less on L.', tail), 'abnormal');
  });
});

describe('a dimple’s place told by the parents who noticed it (s89)', () => {
  const tail = ['Neuro exam nl.', 'Order: spinal US'];

  it('reads "parents noticed a small dimple … inside the cleft" as the dimple’s place', () => {
    const lines = [
      '4 mo girl, parents noticed a small dimple at bottom of spine - 2-3mm, inside the cleft, about 1.5cm from anus, shallow, base visible. Nothing else on the back, no hair/birthmark.',
      ...tail,
    ];
    assert.equal(dimple(...lines)?.position, 'within-cleft');
    assert.ok(readNote(...lines).rules.includes('simple-dimple'));
    assert.equal(dimple('4 mo girl, sister noticed a small dimple - 2-3mm, inside the cleft, about 1.5cm from anus, base visible.', ...tail)?.position, 'within-cleft');
  });

  it('leaves a parent’s or a sibling’s own place alone', () => {
    assert.equal(dimple('4 mo girl, small dimple - 2-3mm, about 1.5cm from anus, base visible. Parents both have one inside the cleft.', ...tail)?.position, undefined);
    assert.equal(dimple('4 mo girl, small dimple - 2-3mm, 1.5cm from anus, base visible; sister has one inside the cleft.', ...tail)?.position, undefined);
  });
});

describe('a pit over the lumbar region or at a lumbar level is above the cleft (s92)', () => {
  const tail = ['CNS NAD.', 'Kindly do MRI LS spine with gadolinium contrast.'];

  it('reads "midline pit over the lumbar region (L3 level)", "dimple at L4" and "dimple (L4)" as above the cleft', () => {
    const lines = ['Kindly see this 4 month old male infant with a midline pit over the lumbar region (L3 level) with a small opening, no discharge at present.', ...tail];
    assert.equal(dimple(...lines)?.position, 'above-cleft');
    assert.equal(readNote(...lines).rules.includes('dimple-undescribed'), false);
    assert.equal(dimple('4 mo M, sacral dimple 2 mm at L4, base seen.', ...tail)?.position, 'above-cleft');
    assert.equal(dimple('4 mo M, dimple (L4), 2 mm, base seen.', ...tail)?.position, 'above-cleft');
  });

  it('leaves a study’s level, another clause’s, a span into the sacrum and a denied pit alone', () => {
    const us =
      '4 mo M. At 2 weeks a spinal US for a sacral dimple was normal (conus at L1-L2, normal filum). Today: the same dimple, 2 mm, within the gluteal cleft, 1 cm from the anus, shallow.';
    assert.equal(dimple(us, ...tail)?.position, 'within-cleft');
    assert.equal(dimple('4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, conus at L1 on prior scan.', ...tail)?.position, 'within-cleft');
    assert.equal(dimple('4 mo M, dimple 2 mm in the cleft, 1 cm from anus, base seen. No pit over the lumbar region.', ...tail)?.position, 'within-cleft');
    assert.equal(dimple('4 mo M, dimple 2 mm in the cleft, 1 cm from anus, base seen, L5/S1.', ...tail)?.position, 'within-cleft');
    assert.equal(dimple('4 mo M, dimple 2 mm in the cleft, 1 cm from anus, base seen. Back pain at L3.', ...tail)?.position, 'within-cleft');
  });
});

describe('a dimple described in bullets under its heading (s93)', () => {
  it('reads "- single, 3 mm, inside the natal cleft, ~1.5 cm from anal verge" and "- 3 mm, …" under the dimple’s line', () => {
    const d = dimple(
      '14mo F sacral dimple',
      '- single, 3 mm, inside the natal cleft, ~1.5 cm from anal verge, base visible',
      '- no other skin markers',
      '- walking, normal exam',
      'Order: spinal ultrasound',
    );
    assert.equal(d?.sizeMm, 3);
    assert.equal(d?.distanceCm, 1.5);
    assert.equal(d?.position, 'within-cleft');
    const e = dimple('14mo F sacral dimple', '* 3 mm, inside the natal cleft, ~1.5 cm from anal verge', '- walking, neuro exam normal', 'Order: spinal ultrasound');
    assert.equal(e?.position, 'within-cleft');
    assert.ok(
      readNote(
        '14mo F sacral dimple',
        '- 3 mm, inside the natal cleft, ~1.5 cm from anal verge, base visible',
        '- walking, neuro exam normal',
        'Order: spinal ultrasound',
      ).rules.includes('simple-dimple'),
    );
  });

  it('leaves a bullet with a subject of its own alone', () => {
    assert.equal(
      dimple('14mo F sacral dimple', '- mum: 3 mm, inside the natal cleft, 1.5 cm from anus', '- walking, neuro exam normal', 'Order: spinal ultrasound')?.position,
      undefined,
    );
    assert.equal(dimple('14mo F sacral dimple', '- birthmark on the L shoulder 2 cm, flat', '- walking, neuro exam normal', 'Order: spinal ultrasound')?.sizeMm, undefined);
  });
});

describe('review r47-C: the round’s readings refuse their look-alikes', () => {
  describe('a lumbar level is the dimple’s own only right after it, not denied, asked or beside a cleft', () => {
    const tail = ['CNS NAD.', 'Order: spinal US'];
    const head = '4 mo M, sacral dimple 2 mm, 1 cm from anus, base seen';
    for (const line of [
      '4 mo M, dimple not over the lumbar region, within the natal cleft, 2 mm, 1 cm from anus, base seen.',
      '4 mo M, dimple in the natal cleft not at lumbar level, 2 mm, 1 cm from anus, base seen.',
      '4 mo M, dimple within the cleft rather than over the lumbar spine, 2 mm, 1 cm from anus, base seen.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, with XR showing SBO at L5.',
      '4 mo M, sacral dimple 2 mm in the cleft (L5 SBO on old XR), 1 cm from anus, base seen.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, spina bifida at L5 on X-ray.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, after LP at L3-4.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, and tenderness at L4.',
      '4 mo M, skin dimpling at L3 from old scar, sacral dimple in cleft, 2 mm, 1 cm from anus, base seen.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, and hair tuft at L3 level.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, and lipoma at L4.',
      '4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, and haemangioma over the lumbar region.',
    ]) {
      it(`keeps the cleft: ${line}`, () => {
        assert.equal(dimple(line, ...tail)?.position, 'within-cleft');
      });
    }
    it('reads an asked place as no place', () => {
      assert.notEqual(dimple('4 mo M, dimple ? over lumbar spine vs in cleft - not examined, 2 mm.', ...tail)?.position, 'above-cleft');
      assert.notEqual(dimple('4 mo M, dimple at L4?, 2 mm, base seen.', ...tail)?.position, 'above-cleft');
      // A relative's named in the sentence leaves the cleft unread, as before the round; never the relative's level.
      assert.notEqual(dimple("4 mo M, sacral dimple 2 mm in the cleft, 1 cm from anus, base seen, like mum's at L4.", ...tail)?.position, 'above-cleft');
      assert.notEqual(dimple("4 mo M, sacral dimple 2 mm, like mum's at L4, base seen.", ...tail)?.position, 'above-cleft');
    });
    it('keeps a simple dimple’s flag on a US order', () => {
      assert.ok(readNote('4 mo M, dimple not over the lumbar region, within the natal cleft, 2 mm, 1 cm from anus, base seen.', ...tail).rules.includes('simple-dimple'));
      assert.ok(readNote(`${head}, in the cleft, and tenderness at L4.`, ...tail).rules.includes('simple-dimple'));
    });
  });

  describe('"present all the time" follows the back pain itself', () => {
    const head = '9 yr M';
    const tail = 'Adv: X-ray whole spine AP/Lat';
    for (const line of [
      'Back pain after football only, knee pain present all the time.',
      'Back pain only after PE; sore throat present all the time.',
      'Intermittent back pain with sport, abdominal pain present all the time.',
      'Back pain after sport, stiffness present all the time.',
      'Back hurts after PE, the bruise is there all the time.',
      'Back pain after PE, tenderness present all the time over L4.',
      'Back pain after PE, limp present all the time.',
      "Back pain after PE, pain doesn't seem to be there all the time.",
      'Back pain after PE, no longer present all the time.',
      'Back pain after PE. Is the pain present all the time? Unsure.',
    ]) {
      it(`reads no constant pain: ${line}`, () => {
        assert.equal(presentIn('constant-pain', head, line, tail), false);
      });
    }
    it('reads it after the back pain', () => {
      assert.ok(presentIn('constant-pain', head, 'Back pain present all the time.', tail));
      assert.ok(presentIn('constant-pain', head, 'LBP, present all the time.', tail));
    });
  });

  describe('"owie" is back pain only of the back itself', () => {
    const tail = ['PE: no midline tenderness, neuro nl.', 'XR L-spine ordered.'];
    for (const line of [
      '3 yo F back from daycare with an owie on her bottom.',
      '3 yo F back to daycare, owie from vaccine.',
      '3 yo F fell in the back yard, owie on her bottom.',
      '3 yo F owie on bottom after fall, back playing now.',
      '3 yo F skin owie on back, not tender.',
      '3 yo F back owie from mosquito bite.',
      '3 yo F had a back owie last week, gone now.',
    ]) {
      it(`reads no back pain: ${line}`, () => {
        assert.equal(presentIn('back-pain', line, ...tail), false);
      });
    }
    it('reads an owie on the back', () => {
      assert.ok(presentIn('back-pain', '3 yo F, owie on his back since the fall.', ...tail));
      assert.ok(presentIn('back-pain', '3 yo F, owie in low back since the fall.', ...tail));
    });
  });

  describe('a relative who has a dimple of their own is no teller of the child’s place', () => {
    const tail = ['Neuro exam nl.', 'Order: spinal US'];
    for (const line of [
      'Brother noted to have a dimple in the natal cleft too.',
      'Parents report they both have dimples inside the cleft.',
      'Sister noticed hers is inside the cleft.',
      'Older brother saw a similar dimple in his cleft.',
    ]) {
      it(`leaves the place unread: ${line}`, () => {
        assert.equal(dimple(`4 mo girl, small dimple - 2-3mm, about 1.5cm from anus, base visible. ${line}`, ...tail)?.position, undefined);
      });
    }
  });
});
