/**
 * Round 35 (held-out s37/s38): a dimple described in plain words as parent-facing replies and telehealth notes describe it,
 * ages tucked into brackets, return advice that names a fever, and the neurologic exam in telephone notes, video visits
 * and run-on notes without punctuation.
 */
import * as assert from 'node:assert/strict';
import { readDimple } from '../../server/src/clinical/dimple';
import { ageOf, near, readNote } from '../helpers';

const dimpleOf = (t: string) => readDimple(t, { start: 0, end: t.length });

describe('r35: a dimple described in plain words', () => {
  describe('its place: the crease as parents name it', () => {
    for (const t of [
      'a small dimple at the base of her spine: about 3 mm, inside the buttock crease, roughly 1 cm above the anus',
      'single small dimple sitting in the gluteal crease, ~1.5 cm above the anus, 2-3 mm across',
      'tiny (2 mm), inside the crease, about 1 cm from the anus',
      'dimple 3 mm in her buttock crease, 1 cm from the anus',
    ])
      it(`"${t}" is within the cleft`, () => assert.equal(dimpleOf(t).position, 'within-cleft'));
    it('"sits above the top of the buttock crease" is above the cleft', () => {
      assert.equal(dimpleOf('The dimple sits above the top of the buttock crease and is about 3 mm wide').position, 'above-cleft');
    });
    it('"inside the crease of her elbow" style look-alike: a crease named with no cleft word stays as it was', () => {
      assert.equal(dimpleOf('dimple 3 mm, 1 cm from the anus, near a skin crease').position, undefined);
    });
  });

  describe('its distance: "her bottom" is the place under it', () => {
    it('"about 1 cm above her bottom" is 1 cm from the anus', () => {
      assert.equal(dimpleOf('tiny (2 mm), inside the crease, about 1 cm above her bottom, with a visible base').distanceCm, 1);
    });
    it('"1 cm above the bottom of the cleft" is no distance from the anus', () => {
      assert.equal(dimpleOf('dimple 2 mm, 1 cm above the bottom of the cleft').distanceCm, undefined);
    });
    it('"her bottom" read as a distance makes no base: the dimple is not deep', () => {
      assert.equal(dimpleOf('2 mm, in the crease, about 1 cm above her bottom').deep, false);
    });
  });

  describe('its base in plain words', () => {
    for (const t of ['we could not see the bottom of it', 'the bottom was not visible', "couldn't see the bottom", 'bottom not seen']) {
      it(`"3 mm, in the crease, 1 cm from the anus, ${t}" is deep`, () => {
        const d = dimpleOf(`3 mm, in the crease, 1 cm from the anus, ${t}`);
        assert.equal(d.deep, true);
      });
    }
    for (const t of ['we could see the bottom of it', 'when she spread the skin the bottom of it was visible', 'with a visible base', 'shallow with base visible']) {
      it(`"3 mm, in the crease, 1 cm from the anus, ${t}" is not deep`, () => assert.equal(dimpleOf(`3 mm, in the crease, 1 cm from the anus, ${t}`).deep, false));
      it(`"? deep … ${t}" answers the depth question`, () => assert.equal(dimpleOf(`3 mm, in the crease, 1 cm from the anus, ? deep - ${t}`).depthInDoubt, false));
    }
  });

  it('a portal reply describing a simple dimple in plain words gets simple-dimple, not dimple-undescribed', () => {
    const r = readNote(
      'Portal message - reply from NP',
      'Maya (5 months) has a small dimple at the base of her spine: about 3 mm, inside the buttock crease, roughly 1 cm above the anus, and we could see the bottom of it. Her legs, reflexes and muscle tone were normal.',
      "I've placed the order for an ultrasound of her lower spine.",
    );
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
});

describe('r35: ages in brackets', () => {
  it('"(he\'s 4½ months)" inside another sentence', () => near(ageOf("Following up on Lucas's visit today (he's 4½ months). The dimple is 3 mm."), 4.5, '4½'));
  it('"(she\'s 18 months now)" after an earlier visit\'s age', () =>
    near(ageOf("She's up on her toes, which wasn't happening at her 15-month visit (she's 18 months now). Dimple 2 mm."), 18, '18 now'));
  it("a relative's age in a bracket is not the child's", () => {
    assert.equal(ageOf("My sister's son (he's 4 months) has a dimple. Order: US spine"), undefined);
    assert.equal(ageOf('Her brother had a dimple (he is 6 years). Dimple on her back.'), undefined);
  });
  it('a bracket that goes on is no age of its own ("(he\'s 4 months out from surgery)")', () =>
    assert.equal(ageOf("Seen today (he's 4 months out from surgery). Dimple."), undefined));
  it('"2 yo M (26 mo)": the months in the bracket are the more exact age', () => {
    near(ageOf('Pt: 2 yo M (26 mo). h/o sacral dimple'), 26, 'Pt key');
    near(ageOf('Age: 2 y (26 mo)', 'Dimple'), 26, 'Age key');
    near(ageOf('Note', '2 yo M (26 mo). h/o sacral dimple'), 26, 'text');
  });
  it('a bracket of months outside those years leaves the years', () => {
    near(ageOf('Pt: 2 yo M (9 mo). dimple'), 24, '9 mo');
    near(ageOf('Pt: 2 yo M (36 mo). dimple'), 24, '36 mo');
    near(ageOf('Pt: 2 yo M (26 mo ago fell). dimple'), 24, 'ago');
  });
});

describe('r35: return advice names no fever', () => {
  const fever = (...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === 'fever' && h.present);
  // Only advice told as advice ("Advised …", "Told …"): a bare "Return to ED for fever" is as often why the child came back.
  for (const t of ['Advised to call back or go to ED for fever >=38.0, drainage, or lethargy.', 'Told mom to call back or go to the ED for fever or redness.']) {
    it(`"${t}" is no fever`, () => assert.equal(fever('3 wk old M, dimple noticed by mom.', t), false));
  }
  it('a fever the child has when sent to the ED stays a fever', () => assert.equal(fever('3 wk old M, dimple.', 'Mom told to go to ED for fever of 39.'), true));
  it('"Came back for fever and back pain" stays a fever', () => assert.equal(fever('8 yo M.', 'Came back for fever and back pain.'), true));
  it('"No fever (37.1 rectal)" is no fever', () => assert.equal(fever('3 wk old M, dimple.', 'No fever (37.1 rectal), feeding well.'), false));
});

describe('r35: the neuro exam', () => {
  it('a telephone note: what the caller reports is no exam', () => {
    const r = readNote(
      'After-hours Telephone Triage',
      'Pt: 3 wk old male. Mom noticed a dimple.',
      'Per mom no drainage. No fever (37.1 rectal). Moving both legs normally.',
      'Disposition: see PCP within 24-72 h.',
    );
    assert.equal(r.facts.neuro.state, 'unknown');
    assert.equal(r.scenario, 's1-cutaneous-marker');
  });
  it('a telephone note naming an exam from a visit keeps it', () => {
    const r = readNote('Phone call to mom re US', '3 mo F with sacral dimple. Neuro exam normal at Tuesday visit.');
    assert.equal(r.facts.neuro.state, 'normal');
  });
  it('a telephone note still tells a deficit', () => {
    assert.equal(readNote('Triage RN - phone', '4 mo M, dimple. Mom says L leg not moving as much as R.').facts.neuro.state, 'abnormal');
  });
  it('an ED note with an interpreter on the phone is no telephone note', () => {
    const r = readNote('ED note - Interpreter: Arabic, phone', '3 wk old male, dimple.', 'Exam: Normal tone, moves all extremities.');
    assert.equal(r.facts.neuro.state, 'normal');
  });
  it('a clinic note observing the legs stays normal', () => {
    assert.equal(readNote('Peds clinic', '3 mo M, dimple 2 mm in cleft.', 'Moving both legs normally.').facts.neuro.state, 'normal');
  });
  it('"formal neuro exam not possible over video" is unknown, whatever the video shows', () => {
    const r = readNote(
      'Telehealth video visit - 3 mo old M',
      'Dimple in the gluteal crease, 1.5 cm above the anus, 2-3 mm.',
      'Infant kicking both legs vigorously; formal neuro exam not possible over video.',
    );
    assert.equal(r.facts.neuro.state, 'unknown');
  });
  it('a run-on note: "no hair no discharge baby active LL movements normal tone normal" is a normal exam', () => {
    const r = readNote(
      '6 mo male baby dimple small approx 3mm within natal cleft about 1.5cm from anus base seen no hair no discharge baby active LL movements normal tone normal reflexes normal plan MRI LS spine',
    );
    assert.equal(r.facts.neuro.state, 'normal');
  });
  for (const t of ['no normal movement of L leg tone normal', 'no symmetric kicking, tone normal', 'Not moving L leg as much as R']) {
    it(`"${t}" stays abnormal`, () => assert.equal(readNote(`6 mo M dimple. ${t}`).facts.neuro.state, 'abnormal'));
  }
});
