/**
 * r41-history: pilonidal disease is no dysraphism marker nor spinal infection; primary nocturnal enuresis is no urologic
 * sign; "running normally" tells function, not a sport; "Otherwise normal exam incl. neuro." is a normal neuro exam.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

describe('r41: pilonidal disease', () => {
  it('pits and tract tied to pilonidal disease are no marker, its abscess no spinal infection', () => {
    const r = readNote('16 y M, recurrent pilonidal abscess x3, now 2 midline pits in natal cleft with sinus tract.', 'Plan: MRI sacrum without contrast.');
    assert.equal(r.scenario, 'no-criteria');
    assert.equal(presentIn('sacral-dimple', '16 y F, infected pilonidal cyst, pits in the cleft.'), false);
  });
  it('an infant pit doubted against a dermal sinus, a denied pilonidal disease, an epidural abscess stay', () => {
    assert.equal(presentIn('sacral-dimple', '4 mo M, sacral pit in the cleft, ?pilonidal sinus vs dermal sinus.'), true);
    assert.equal(presentIn('sacral-dimple', '14 y M, no pilonidal disease. Midline pit over L5 with sinus tract.'), true);
    assert.equal(presentIn('sacral-dimple', '2 mo F, deep pit at top of natal cleft, pilonidal dimple.'), true);
    assert.equal(readNote('14 y M, pilonidal abscess drained last week. Now fever, back pain, ?epidural abscess.').scenario, 'back-pain-infection-tumor');
  });
});

describe('r41: primary nocturnal enuresis', () => {
  const uro = (...l: string[]) => readNote(...l).facts.hits.some((h) => h.present && h.finding.category === 'urologic-symptom');
  it('primary monosymptomatic nocturnal enuresis is no urologic sign', () => {
    assert.equal(uro('Continence clinic - enuresis', '6 yr old boy, primary nocturnal enuresis (never been dry at night), dry by day, no UTIs.'), false);
  });
  it('new, day-time or secondary wetting, and enuresis not told primary, stay', () => {
    assert.equal(uro('6 y M, primary nocturnal enuresis, now new daytime wetting.'), true);
    assert.equal(uro('6 y M, primary nocturnal enuresis, also wetting by day.'), true);
    assert.equal(uro('6 y M, secondary enuresis.'), true);
    assert.equal(uro('7 y M, nocturnal enuresis, dry by day.'), true);
  });
});

describe('r41: running normally', () => {
  it('"running around normally" tells function', () => {
    assert.equal(readNote('9 y F, back pain 1 wk. Walking/running normally. Neuro normal.', 'Plan: MRI lumbar spine.').scenario, 'back-pain-no-red-flags');
  });
  it('a real running load stays overuse', () => {
    assert.equal(readNote('13 y F, back pain 3 wk, runs cross-country 5x/week. Neuro normal.', 'Plan: XR lumbar spine.').scenario, 'back-pain-overuse');
    assert.equal(readNote('12 y M, back pain 2 wk, running 5 km daily without difficulty. Neuro normal.', 'Plan: XR lumbar spine.').scenario, 'back-pain-overuse');
  });
});

describe('r41: a whole-exam verdict alone in its sentence', () => {
  const neuro = (...l: string[]) => readNote(...l).facts.neuro.state;
  it('"Otherwise normal exam incl. neuro." is a normal neuro exam', () => {
    assert.equal(neuro('1 day old M. Sacral dimple 3mm in cleft, 1cm from anus, shallow.', 'Otherwise normal exam incl. neuro.'), 'normal');
  });
  it('at birth, or spoilt later in its sentence, it is not', () => {
    assert.equal(neuro('1 day old M. Sacral dimple 3mm in cleft.', 'Normal exam incl. neuro at birth.'), 'unknown');
    assert.notEqual(neuro('1 day old M. Sacral dimple 3mm in cleft.', 'Otherwise normal exam incl. neuro, but weak L leg.'), 'normal');
  });
});

describe("r41 mend: pilonidal disease only the adolescent patient's own, asserted", () => {
  const marker = (...l: string[]) => readNote(...l).facts.hits.some((h) => h.present && (h.finding.id === 'dermal-sinus' || h.finding.id === 'sacral-dimple'));
  it("a relative's, a differential's or an infant's pilonidal words leave the marker", () => {
    assert.equal(marker('Pt: 3 wk F', 'Skin: deep midline pit 2 cm above the gluteal cleft with sinus tract, dad had pilonidal sinus surgery x2', 'Order: US lumbar spine'), true);
    assert.equal(
      marker(
        'Pt: 6 wk M',
        'HPI: mother with recurrent pilonidal abscess, baby noted to have a pit above the natal cleft with sinus tract, occasional discharge',
        'Order: MRI L-spine',
      ),
      true,
    );
    assert.equal(marker('Pt: 5 wk F', 'Exam: sinus tract opening above the cleft at L4, atypical for pilonidal sinus given age and level', 'Order: US spine'), true);
    assert.equal(marker('Pt: 9 mo M', 'HPI: family hx pilonidal disease in father and uncle, infant has dimple with hair tuft above cleft', 'Order: US lumbar spine'), true);
    assert.equal(marker('Pt: 3 wk F', 'HPI: mother had pilonidal sinus; baby has deep pit above cleft with sinus tract', 'Order: US lumbar spine'), true);
    assert.equal(marker('Pt: 15 yo M', 'HPI: dad had pilonidal sinus surgery, now 2 midline pits in natal cleft with sinus tract.', 'Order: MRI L-spine'), true);
  });
  it("an adolescent's own pilonidal disease still clears its pits", () => {
    const r = readNote('Pt: 15 yo M', 'HPI: recurrent pilonidal abscess, now 2 midline pits in natal cleft with sinus tract. No back pain, no neuro sx.', 'Order: MRI L-spine');
    assert.equal(r.scenario, 'no-criteria');
  });
});

describe("r41 mend: primary enuresis only the patient's, asserted, never dry before", () => {
  const uro = (...l: string[]) => readNote(...l).facts.hits.some((h) => h.present && h.finding.category === 'urologic-symptom');
  const inc = (...l: string[]) => readNote(...l).facts.hits.some((h) => h.present && h.finding.id === 'incontinence');
  it("denied, a sibling's, or after a dry period: the wetting stays urologic", () => {
    assert.equal(uro('Pt: 8 yo F', "HPI: It isn't primary enuresis - she was dry for a year. Wetting the bed nightly for 6 weeks.", 'Skin: hair tuft L4'), true);
    assert.equal(
      uro('Pt: 6 yo M', 'HPI: Sibling has primary nocturnal enuresis. Pt wetting the bed x 6 wks after being dry for 2 yrs', 'Skin: sacral dimple with hemangioma'),
      true,
    );
    assert.equal(uro('Pt: 10 yo F', 'HPI: ruled out primary enuresis; was dry until age 7, bedwetting nightly, urgency', 'Skin: lipoma over sacrum'), true);
    assert.equal(inc('Pt: 7 yo F', 'HPI: never been dry at night. Recurrent UTIs x 3 this year, incontinence', 'Skin: hair tuft over L5'), true);
  });
  it("the patient's own primary enuresis still clears bare bedwetting", () => {
    assert.equal(inc('Pt: 6 yo M', 'HPI: monosymptomatic enuresis, dry by day, never had a dry night. No UTIs.', 'Skin: small sacral dimple within cleft'), false);
    assert.equal(inc('Pt: 8 yo M', 'HPI: Enuresis: primary, never been dry at night, wets the bed 4 nights/week, dry by day. Constipation.', 'Skin: 3 mm dimple in cleft'), false);
  });
});

describe("r41 mend: a runner's pain is the load, not a normal gait", () => {
  it('keeps overuse where the clause tells the running with pain', () => {
    assert.equal(
      readNote('Pt: 14 yo F', 'HPI: competitive runner all fine except low back pain after 10k races x 3 wk', 'Neuro: normal', 'Order: XR L-spine').scenario,
      'back-pain-overuse',
    );
    assert.equal(readNote('Pt: 15 yo M', 'HPI: runner - fine until 3 wks ago, now LBP with every run', 'Neuro: normal', 'Order: XR L-spine').scenario, 'back-pain-overuse');
  });
  it('"running around normally" alone in its clause still tells function', () => {
    assert.equal(readNote('Pt: 10 yo M', 'HPI: low back pain 2 wks, running around normally, no trauma', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
  });
});
