import * as assert from 'node:assert/strict';
import { readingVocabulary } from '../../server/src/clinical/vocabulary';
import { applyEdits, fixUntilStable } from '../../server/src/engine/fix';
import { ids, lint, note } from '../helpers';

/** The first note's facts and classification. */
function read(...lines: string[]) {
  const n = lint(note(...lines)).notes[0];
  return { facts: n.facts, scenario: n.classification.scenario.id, note: n };
}
/** Findings of this id that count as present. */
function present(id: string, ...lines: string[]): boolean {
  return read(...lines).facts.hits.some((h) => h.finding.id === id && h.present);
}
function hit(id: string, ...lines: string[]) {
  return read(...lines).facts.hits.find((h) => h.finding.id === id);
}

describe('reading notes as clinicians write them', () => {
  describe('abbreviations (reading-vocabulary.json), one case each', () => {
    const CASES: Record<string, () => void> = {
      LBP: () => assert.ok(present('back-pain', 'Presentation: LBP x 3 wk')),
      hx: () => {
        const h = hit('malignancy', 'PMH: hx AML')!;
        assert.deepEqual([h.present, h.context.historical], [true, true]);
      },
      'h/o': () => assert.ok(present('malignancy', 'Presentation: h/o neuroblastoma, now well')),
      's/p': () => assert.ok(present('malignancy', 'PMH: s/p chemo for ALL')),
      'r/o': () => assert.equal(present('dermal-sinus', 'Indication: r/o dermal sinus'), false),
      'c/o': () => {
        assert.ok(present('back-pain', 'Presentation: denies fever, c/o back pain'));
        assert.equal(present('fever', 'Presentation: denies fever, c/o back pain'), false);
      },
      'w/': () => assert.ok(present('hair-tuft', 'Presentation: 3 mo M w/ hair tuft')),
      'w/o': () => assert.equal(present('hair-tuft', 'Findings: dimple w/o hair tuft'), false),
      wt: () => assert.ok(present('weight-loss', 'ROS: wt loss')),
      nl: () => assert.equal(read('Neuro: nl').facts.neuro.state, 'normal'),
      WNL: () => assert.equal(read('Neuro: WNL').facts.neuro.state, 'normal'),
      NAD: () => assert.deepEqual(read('Findings: hair tuft', 'Red flags: NAD').facts.listedRedFlags, []),
      neg: () => assert.equal(present('fever', 'ROS: neg for fever'), false),
      pos: () => assert.ok(present('night-pain', 'ROS: no fever, pos night pain')),
      'f/u': () => assert.equal(present('weakness', 'Presentation: f/u if weakness develops'), false),
      NSGY: () => assert.equal(read('Referral: NSGY').facts.referral.neurosurgery, true),
      neurosurg: () => assert.equal(read('Plan: refer neurosurg').facts.referral.neurosurgery, true),
      urol: () => assert.equal(read('Referral: urol').facts.referral.neurosurgery, false),
      'u/s': () => assert.equal(read('Order: u/s spine').facts.order?.reading.procedure?.modality, 'US'),
      sono: () => assert.equal(read('Order: spinal sono').facts.order?.reading.procedure?.modality, 'US'),
      films: () => assert.equal(read('Order: L-spine films').facts.order?.reading.procedure?.modality, 'XR'),
    };
    it('every abbreviation in the vocabulary has a case here', () => {
      assert.deepEqual(
        readingVocabulary()
          .abbreviations.map((a) => a.abbr)
          .filter((a) => !CASES[a]),
        [],
      );
    });
    for (const [abbr, check] of Object.entries(CASES)) it(abbr, check);
  });

  describe('cancer: a history is a red flag (S1 no longer applies)', () => {
    for (const text of [
      'hx AML',
      'CML on imatinib',
      'JMML',
      'ALL on maintenance chemo',
      'h/o pre-B ALL',
      'Hodgkin lymphoma in remission',
      'neuroblastoma',
      'medulloblastoma',
      'Ewing sarcoma',
      'osteosarcoma',
      'on chemo',
      'oncology patient',
      'metastatic disease',
    ]) {
      it(`"${text}"`, () => assert.ok(present('malignancy', `PMH: ${text}`), text));
    }
    it('"MOVES ALL EXT" is an exam, not leukemia; "all" in lower case neither', () => {
      assert.equal(present('malignancy', 'Presentation: MOVES ALL EXT'), false);
      assert.equal(present('malignancy', 'Presentation: all on maintenance'), false);
    });
    it("a relative's cancer does not count", () => assert.equal(present('malignancy', 'Presentation: mother had leukemia'), false));
    it('a cancer suspected is a suspected tumour', () => assert.ok(present('suspected-infection-tumor', 'Presentation: back pain, concern for leukemia')));
    it('an MRI for back pain in a child on chemo for ALL is not warned against', () => {
      const r = read('Age: 6 years', 'PMH: ALL, on maintenance chemo', 'Presentation: back pain x 1 wk', 'Order: MRI L-spine w/o');
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
  });

  describe('cutaneous marker synonyms', () => {
    for (const [text, id] of [
      ['pit', 'sacral-dimple'],
      ['sacral pit', 'sacral-dimple'],
      ['coccygeal pit', 'sacral-dimple'],
      ['skin tag', 'skin-appendage'],
      ['tail', 'skin-appendage'],
      ['port-wine stain', 'hemangioma'],
      ['capillary malformation', 'hemangioma'],
      ['deviated gluteal cleft', 'deviated-cleft'],
      ['bifid cleft', 'deviated-cleft'],
    ] as const) {
      it(`"${text}" is ${id}`, () => assert.ok(present(id, `Findings: ${text}`)));
    }
    it('the natal cleft itself is a place, not a marker', () => {
      const r = read('Age: 2 months', 'Findings: natal cleft normal', 'Order: spinal US');
      assert.equal(r.scenario, 'no-criteria');
    });
    it('"deep pit above the cleft" is an atypical dimple', () => {
      const d = read('Findings: deep pit above the cleft').facts.dimple!;
      assert.deepEqual([d.deep, d.position], [true, 'above-cleft']);
    });
  });

  describe('orthopedic and urologic signs', () => {
    for (const text of ['pes cavus', 'cavus deformity', 'toe walking', 'leg-length discrepancy', 'foot asymmetry']) {
      it(`"${text}" is an orthopedic sign`, () => assert.ok(read(`Symptoms: ${text}`).facts.hits.some((h) => h.present && h.finding.category === 'orthopedic-symptom')));
    }
    for (const text of ['dribbling', 'retention', 'recurrent UTIs', 'new incontinence']) {
      it(`"${text}" is a urologic sign`, () => assert.ok(read(`Symptoms: ${text}`).facts.hits.some((h) => h.present && h.finding.category === 'urologic-symptom')));
    }
    it('constipation alone is not', () => assert.equal(read('Symptoms: constipation').facts.hits.length, 0));
  });

  describe('field meaning: words for the normal state', () => {
    it('"Red flags: afebrile" keeps an infant with a hair tuft in S1', () => {
      assert.equal(read('Age: 3 months', 'Findings: hair tuft', 'Red flags: afebrile', 'Order: XR L-spine').scenario, 's1-cutaneous-marker');
    });
    it('"afebrile" states the fever absent', () => assert.equal(hit('fever', 'Red flags: afebrile')?.context.negated, true));
    for (const v of ['nontender', 'WNL', 'nl', 'NAD', 'grossly intact', 'unremarkable', 'none', 'neg']) {
      it(`"Red flags: ${v}" lists no red flag`, () =>
        assert.equal(read('Age: 3 months', 'Findings: hair tuft', `Red flags: ${v}`, 'Order: spinal US').scenario, 's1-cutaneous-marker'));
    }
    it('a value can mix polarities: "afebrile, no wt loss, night pain x 2 wk" → night pain only', () => {
      const f = read('ROS: afebrile, no wt loss, night pain x 2 wk').facts;
      assert.deepEqual(
        f.hits.filter((h) => h.present).map((h) => h.finding.id),
        ['night-pain'],
      );
    });
    it('"Neuro: grossly intact" is a normal exam', () => assert.equal(read('Neuro: grossly intact').facts.neuro.state, 'normal'));
  });

  describe('trauma mechanism', () => {
    const trauma = (text: string) => read('Age: 10 years', `Presentation: ${text}`).facts.trauma.significance;
    for (const t of [
      'fell from a height onto his back',
      'MVC restrained passenger',
      'tackled at football, back pain',
      'fall off the monkey bars',
      'injured at practice, focal tenderness over L2',
      'restrained in a car seat, rear-ended at highway speed',
    ]) {
      it(`"${t}" is significant`, () => assert.equal(trauma(t), 'significant'));
    }
    for (const t of ['rolled off the couch', 'bumped his back on the table, playing normally since', 'fell from standing, no tenderness']) {
      it(`"${t}" is trivial`, () => assert.equal(trauma(t), 'trivial'));
    }
    for (const t of ['back pain after an injury last week', 'injured at daycare, no details', 'back pain since she was hurt at school']) {
      it(`"${t}" is unclear`, () => assert.equal(trauma(t), 'unclear'));
    }
    it('"denies trauma" is none', () => assert.equal(trauma('back pain, denies trauma'), 'none'));
    it('a trivial bump keeps S1; significant trauma leaves it', () => {
      assert.equal(read('Age: 3 months', 'Findings: hair tuft', 'Presentation: rolled off the couch', 'Order: XR L-spine').scenario, 's1-cutaneous-marker');
      assert.equal(read('Age: 3 years', 'Findings: hair tuft', 'Presentation: fell down the stairs', 'Order: XR L-spine').scenario, 'spine-trauma-thoracolumbar');
    });
    it('an unclear mechanism adds trauma-mechanism-unclear and keeps the scenario', () => {
      const text = note('Age: 3 months', 'Findings: hair tuft', 'Presentation: injured at daycare, no details', 'Order: XR L-spine');
      assert.deepEqual(
        ids(text)
          .filter((i) => i !== 'free-text-note')
          .sort(),
        ['inappropriate-initial-study', 'trauma-mechanism-unclear'],
      );
    });
  });

  describe('ages', () => {
    const months = (...lines: string[]) => read(...lines).facts.age?.months;
    const near = (a: number | undefined, b: number) => assert.ok(a !== undefined && Math.abs(a - b) < 0.01, `${a} ≠ ${b}`);
    it('"1y2m" is 14 months', () => near(months('Age: 1y2m'), 14));
    it('"0y7m" is 7 months', () => near(months('Age: 0y7m'), 7));
    it('"1 yr 2 mo" is 14 months', () => near(months('Age: 1 yr 2 mo'), 14));
    it('"14 mos" is 14 months', () => near(months('Age: 14 mos'), 14));
    it('"18/12" in Age is 18 months, "6/52" is 6 weeks', () => {
      near(months('Age: 18/12'), 18);
      near(months('Patient: 6/52 M'), (6 * 7) / 30.4375);
    });
    it('"seen 6/12" in the history is a date, not an age', () => assert.equal(months('Presentation: seen 6/12 for a dimple'), undefined));
    it('an age in any value: "HPI: 3 mo M w/ …"', () => near(months('HPI: 3 mo M w/ sacral dimple'), 3));
    it('"back pain x 3 wk" is not an age', () => assert.equal(months('HPI: back pain x 3 wk'), undefined));
    it('"ex-32 wk, 10 wk old": chronological 10 weeks, corrected for 8 weeks early', () => {
      const age = read('Patient: ex-32 wk, 10 wk old boy').facts.age!;
      near(age.months, (10 * 7) / 30.4375);
      near(age.corrected!.months, (2 * 7) / 30.4375);
      assert.equal(age.corrected!.gestationWeeks, 32);
    });
    it('the acoustic window uses chronological age unless useCorrectedAge is set', () => {
      const text = note('Patient: ex-28 wk, 8 mo old girl', 'Findings: hair tuft', 'Order: spinal US');
      assert.ok(ids(text).includes('ultrasound-window-closed'));
      const corrected = ids(text, { ultrasoundWindow: { warnAfterMonths: 6, infoFromMonths: 4, useCorrectedAge: true } });
      assert.ok(!corrected.includes('ultrasound-window-closed') && corrected.includes('ultrasound-window-closing'), corrected.join());
    });
  });

  describe('referrals count only when made or requested', () => {
    const referred = (...lines: string[]) => read(...lines).facts.referral.neurosurgery;
    it('"Referral: pediatric neurosurgery"', () => assert.equal(referred('Referral: pediatric neurosurgery'), true));
    it('"Plan: MRI L-spine w/o; NSGY referral placed"', () => assert.equal(referred('Plan: MRI L-spine w/o; NSGY referral placed'), true));
    it('free text: "… referred to neurosurgery today"', () => assert.equal(referred('Presentation: hair tuft, referred to neurosurgery today'), true));
    it('not conditional: "will refer to NSGY if MRI abnormal"', () => assert.equal(referred('Referral: will refer to NSGY if MRI abnormal'), false));
    it('not negated: "no NSGY referral yet"', () => assert.equal(referred('Referral: no NSGY referral yet'), false));
    it('not another specialty: neurology is not neurosurgery', () => assert.equal(referred('Referral: pediatric neurology'), false));
    it('every spelling of neurosurgery holds "neuro", "neural surg", "nsg" or the word "ns" (the reader skips notes with none)', () => {
      assert.deepEqual(
        readingVocabulary().referral.neurosurgery.filter((s) => !/neuro|neural\s+surg|nsg|\bns\b/i.test(s)),
        [],
      );
    });
    it('not a past visit: "seen by neurosurgery previously"', () => assert.equal(referred('Presentation: previously seen by neurosurgery'), false));
  });

  describe('overuse: sports and strain, not injuries', () => {
    for (const t of ['soccer player, low back pain x 3 wk', 'LBP after deadlifting at the gym', 'cheerleader with LBP x 4 days', 'LBP x 2 wk, worse w/ extension']) {
      it(`"${t}" is overuse`, () => assert.equal(read('Age: 14 years', `HPI: ${t}`, 'Order: XR L-spine').scenario, 'back-pain-overuse'));
    }
    it('an injury at a sport, mechanism untold, is not overuse: "LBP since she was hurt at gymnastics"', () =>
      assert.equal(read('Age: 11 years', 'HPI: LBP since she was hurt at gymnastics', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
    it('a trivial bump at a sport is not overuse either', () =>
      assert.equal(read('Age: 11 years', 'HPI: LBP since he bumped his back at soccer, playing normally since', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
    it('"quit gymnastics last year" is history, not overuse now', () =>
      assert.equal(read('Age: 14 years', 'HPI: LBP x 1 wk; quit gymnastics last year', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags'));
  });

  describe('orders named by what they are', () => {
    // A scoliosis series is a set of radiographs of the whole spine: no modality word is needed.
    it('"Will get scoliosis series." in a narrative orders complete-spine radiographs', () =>
      assert.equal(read('Seen today: 12 yo M w/ 10 days of LBP, neuro intact. Will get scoliosis series.').facts.order?.reading.procedure?.id, 'xr-complete'));
  });

  describe('back pain is thoracolumbar', () => {
    // Back Pain-Child rates imaging of the thoracic and lumbar spine; neck pain is outside it, so it
    // must not put a child in a back-pain scenario (where a radiograph would be rated against).
    it('"neck pain x 3 days" is not back pain', () => assert.equal(present('back-pain', 'Age: 9 years', 'HPI: neck pain x 3 days', 'Order: XR C-spine'), false));
    it('"neck and low back pain" still has back pain', () => assert.equal(present('back-pain', 'Age: 9 years', 'HPI: neck and low back pain x 3 days', 'Order: XR L-spine'), true));
  });

  describe('pain duration and strength grades', () => {
    it('"LBP 6 wk" is pain over 4 weeks (a red flag) though the word pain is not written', () =>
      assert.equal(read('Age: 14 years', 'HPI: LBP 6 wk, no night pain', 'Order: XR L-spine').scenario, 'back-pain-red-flags'));
    it('"Neuro: L hip flexion 4/5, otherwise nl" is an abnormal exam', () => assert.equal(read('Neuro: L hip flexion 4/5, otherwise nl').facts.neuro.state, 'abnormal'));
    it('"Neuro: strength 5/5 throughout" is a normal exam', () => assert.equal(read('Neuro: strength 5/5 throughout, reflexes 2+').facts.neuro.state, 'normal'));
  });

  describe("prior study results in radiologists' words", () => {
    const result = (v: string) => read(`Prior imaging: ${v}`).facts.prior.map((p) => [p.modality, p.result]);
    it('"conus at L2-3, indeterminate for tethering": an abnormality only raised is indeterminate', () =>
      assert.deepEqual(result('US spine: conus at L2-3, indeterminate for tethering'), [['US', 'indeterminate']]));
    it('"? fatty filum" is indeterminate, "fatty filum" abnormal', () => {
      assert.deepEqual(result('US spine: ? fatty filum'), [['US', 'indeterminate']]);
      assert.deepEqual(result('US spine: fatty filum'), [['US', 'abnormal']]);
    });
    it('"dorsal dermal tract to the thecal sac" is abnormal', () => assert.deepEqual(result('spinal u/s at 2 wk - dorsal dermal tract to the thecal sac'), [['US', 'abnormal']]));
    it('"no tract" is not', () => assert.deepEqual(result('US spine: conus at L1, no tract'), [['US', 'normal']]));
    it('"XR L-spine: no acute abnormality" is a normal radiograph', () => assert.deepEqual(result('XR L-spine 3 wk ago - no acute abnormality'), [['XR', 'normal']]));
  });

  describe('suspected tumours named on imaging', () => {
    it('"?osteoid osteoma" with back pain is the infection-or-tumour scenario', () =>
      assert.equal(read('Age: 15 years', 'HPI: LBP at night, sclerotic lesion L3 pedicle on XR, ?osteoid osteoma', 'Order: CT L-spine').scenario, 'back-pain-infection-tumor'));
  });

  describe('misspelt markers', () => {
    it('"sacral dimpel" is a dimple', () => assert.ok(present('sacral-dimple', 'Findings: sacral dimpel, 4 mm')));
  });

  describe('keys clinicians use', () => {
    it('a SOAP note: "S:" is the history and "O:" the exam', () => {
      const r = read('S: 6 wk old M, parents ask about a dimple.', 'O: sacral dimple 2 mm in the cleft, 1 cm from anus. Tone nl.', 'Plan: US lumbar spine');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.facts.age);
    });
    it('"Radiology consult:" heads a narrative, read as history', () =>
      assert.equal(read('Radiology consult: 3 mo F with a deep sacral dimple. Request: MRI L-spine w/o.').scenario, 's1-cutaneous-marker'));
    it('ROS is read for red flags', () => assert.notEqual(read('Age: 3 months', 'Findings: hair tuft', 'ROS: fever', 'Order: spinal US').scenario, 's1-cutaneous-marker'));
    for (const key of ['Plan', 'Imaging', 'Request']) {
      it(`"${key}:" carries the order`, () => assert.equal(read('Age: 3 months', 'Findings: hair tuft', `${key}: XR L-spine`).facts.order?.reading.procedure?.id, 'xr-area'));
    }
    it("Family history is never the patient's", () => assert.equal(read('Age: 3 months', 'Family history: lipoma', 'Order: spinal US').scenario, 'no-criteria'));
  });

  describe('fresh notes, set 2 (issue 8): how clinicians really write', () => {
    it('keys: "P:" is the plan, "A:" the assessment, "ID:" the patient line, "Pt age:" the age', () => {
      const r = read('ID: 5 mo M', 'A: midline lumbosacral hemangioma', 'P: US lumbar spine today');
      assert.deepEqual([r.facts.age?.months, r.facts.order?.reading.procedure?.id, r.scenario], [5, 'us-area', 's1-cutaneous-marker']);
      assert.equal(read('Pt age: 18 months', 'Findings: hairy patch').facts.age?.months, 18);
    });
    it('"Hx:" heading a present illness is read for current complaints, not as history', () => {
      const r = read('Pt: 13 y M', 'Hx: back pain + 3 kg wt loss over 2 months', 'Order: XR L-spine');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'back-pain' && h.present));
      assert.equal(r.scenario, 'back-pain-red-flags');
      assert.equal(present('foot-deformity', 'Pt: 3 y F', 'Hx: toe walking at 18 mo, resolved with PT'), false, 'a complaint that resolved is past');
      assert.ok(hit('malignancy', 'PMH: hx AML')!.context.historical, '"hx" inside a value is still history');
    });
    it('a narrative ending on a study named as its own sentence orders it: "… Neuro nl. US spine."', () => {
      for (const [t, id] of [
        ['19 day old M, sacral dimple 3 mm in cleft, 1 cm from anus. Neuro nl. US spine.', 'us-area'],
        ['10yo M ped struck by car, back pain. GCS 15. CT lumbar spine with contrast (part of trauma CT).', 'ct-area-with'],
        ['Teen M w/ low back pain x 4 days, no fever. Exam nl. XR L spine.', 'xr-area'],
      ])
        assert.equal(read(t).facts.order?.reading.procedure?.id, id, t);
    });
    it('a study told with its result, or not at the end, is not the order', () => {
      for (const t of [
        '12 y F, back pain x 2 wk. XR L-spine unremarkable.',
        '9 y M, back pain x 2 wk. XR L-spine: grade 1 spondylolisthesis.',
        '6 mo F, hair tuft. US spine at birth. Mom wants it looked at again.',
        '10 mo F, hair tuft. MRI.',
        '9 y M, back pain x 2 wk. XR L-spine at outside hospital.',
      ])
        assert.equal(read(t).facts.order, undefined, t);
    });
    it('prior radiographs told with their result need no past-tense word', () => {
      const prior = (t: string) => read(t).facts.prior.map((p) => [p.modality, p.result]);
      assert.deepEqual(prior('11 yo M, radicular back pain. XR L-spine: grade 1 spondylolisthesis L5-S1. MRI ordered.'), [['XR', 'abnormal']]);
      assert.deepEqual(prior('13 y M, back pain + wt loss; XR L-spine unremarkable'), [['XR', 'normal']]);
      assert.deepEqual(prior('10 y F, constant back pain > 6 wks, films at PCP nl. CT ordered.'), [['XR', 'normal']]);
      assert.deepEqual(prior('12 y F, night pain. XR whole spine: L thoracic curve 25 deg. MRI ordered.'), [['XR', 'abnormal']]);
      assert.deepEqual(prior('Prior imaging: XR T-L spine - endplate irregularity T10-T12'), [['XR', 'abnormal']]);
      assert.deepEqual(prior('Prior: XR L-spine: bilateral L5 pars defects'), [['XR', 'abnormal']]);
    });
    it('pain duration on the patient line is read after the pain word, never from the age', () => {
      assert.ok((read('Pt: 15 yo F gymnast, LBP x 2 months w/ extension').facts.painWeeks?.weeks ?? 0) > 4);
      assert.equal(read('Pt: 10 mo F, LBP x 1 wk').facts.painWeeks?.weeks, 1);
    });
    it('trauma: "collided head-first with a post" is significant', () =>
      assert.equal(read('Pt: 16 yo F', 'HPI: soccer goalie collided head-first with a post, neck pain', 'Order: MRI C-spine w/o').facts.trauma.significance, 'significant'));
    it('"here after a minor back injury": the visit words end a negation before them', () =>
      assert.notEqual(read('Pt: girl, age not on the form, here after a minor back injury in gym today').facts.trauma.significance, 'none'));
    it('referral: declined or not yet established is no referral', () => {
      assert.equal(read('Referral: neurosurgery offered, family declined for now').facts.referral.neurosurgery, false);
      assert.equal(read('History: not yet established w/ a neurosurgeon locally').facts.referral.neurosurgery, false);
    });
    it('reason for contrast on the order or the patient line: "(post-op)", "s/p tethered cord release"', () => {
      for (const lines of [
        ['Pt: 6 yo F, lumbar lipoma', 'Order: MRI lumbar spine without and with contrast (post-op)'],
        ['Pt: 6 yo F s/p tethered cord release, lumbar lipoma', 'Order: MRI lumbar spine without and with contrast'],
      ])
        assert.ok(!ids(note(...lines)).includes('initial-mri-contrast'), lines.join(' / '));
    });
    it('overuse: the sport on the patient line counts ("Pt: 17 yo M (rowing team)")', () =>
      assert.equal(read('Pt: 17 yo M (rowing team)', 'Complaint: LBP x 3 wk', 'Order: MRI L-spine').scenario, 'back-pain-overuse'));
    it('vocabulary: "sore low back" is back pain, "hairy spot" a hair tuft', () => {
      assert.ok(present('back-pain', 'HPI: sore low back after a soccer tournament'));
      assert.ok(present('hair-tuft', 'Findings: hairy spot on the low back'));
    });
    it('"w/ mom", "mom points out": the parent brings the child, the finding is the child\'s', () => {
      assert.ok(present('back-pain', '9 yo F here w/ mom for low back pain x 2 wks.'));
      assert.ok(present('hair-tuft', '22mo M. Mom points out a hairy spot on his low back.'));
    });
    it('"walks on heels and toes" is a normal exam, not toe walking', () => {
      assert.equal(present('foot-deformity', 'Exam: Strength, reflexes, sensation nl. Walks on heels and toes.'), false);
      assert.ok(present('foot-deformity', 'HPI: walks on her toes since 2'));
      assert.equal(read('Exam: Strength, reflexes, sensation nl.').facts.neuro.state, 'normal');
    });
    it('a dimple named in the history and described in the exam is one described dimple', () => {
      const r = read('HPI: sacral dimple noted on NB exam', 'PE: dimple ~4 mm, in cleft, 2 cm from anus. Neuro nonfocal.', 'Age: 2 months', 'Plan: spinal US');
      assert.deepEqual([r.facts.dimple?.sizeMm, r.facts.dimple?.position, r.facts.dimple?.distanceCm], [4, 'within-cleft', 2]);
    });
  });

  describe('layout slips and free text', () => {
    it('an indented known key is that key, not a continuation', () => {
      const r = read('Age: 3 months', 'Findings: hair tuft', '  Neuro: weak legs', 'Order: MRI L-spine w/o');
      assert.equal(r.facts.neuro.state, 'abnormal');
    });
    it('a note with no keys is read as history with its order found in it', () => {
      const text = note('3 mo M w/ deep sacral dimple + hair tuft, neuro intact. Plan: XR L-spine');
      assert.deepEqual(ids(text).sort(), ['free-text-note', 'inappropriate-initial-study']);
    });
    it('an order in a sentence of prose is found: "Ordered spinal US today."', () => {
      const r = read('10 mo old boy, soft lump over the lower back, no hair. Ordered spinal ultrasound today.');
      assert.equal(r.facts.order?.reading.procedure?.modality, 'US');
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('prior imaging told in the history is read', () => {
      const r = read('9 mo F, sono at 3 wk showed conus at L3. Hairy patch. Order MRI L spine without contrast.');
      assert.deepEqual(
        r.facts.prior.map((p) => [p.modality, p.result]),
        [['US', 'abnormal']],
      );
    });
    it('the rewrite is a suggestion: it inserts the keys it read and --fix never applies it', () => {
      const text = note('3 mo M w/ deep sacral dimple + hair tuft, neuro intact. Plan: XR L-spine');
      const f = lint(text).findings.find((x) => x.ruleId === 'free-text-note')!;
      assert.deepEqual([f.fixes.length, f.fixes[0].kind, f.fixes[0].preferred], [1, 'suggestion', false]);
      const rewritten = applyEdits(text, f.fixes[0].edits);
      assert.equal(rewritten, 'Age: 3 months\nHistory: 3 mo M w/ deep sacral dimple + hair tuft, neuro intact.\nPlan: XR L-spine\n');
      assert.ok(ids(rewritten).includes('inappropriate-initial-study'), 'the rewritten note reads the same');
      assert.ok(!ids(rewritten).includes('free-text-note'));
      assert.ok(fixUntilStable(text, (t) => lint(t).findings).text.startsWith('3 mo M'), '--fix leaves the prose alone');
    });
  });
});
