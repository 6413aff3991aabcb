/**
 * The scenario-level reading (spec §4, test/corpus/README.md): a suspected infection, inflammation or
 * tumour against a cancer history; overuse and stress injury against trauma; prior radiographs told in
 * prose. Each positive case was read wrongly before; each near-miss is a reading that must not change.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (r: ReturnType<typeof readNote>, id: string) => r.facts.hits.some((h) => h.finding.id === id && h.present);
const category = (r: ReturnType<typeof readNote>, c: string) => r.facts.hits.some((h) => h.finding.category === c && h.present);
const malignancy = (r: ReturnType<typeof readNote>) => present(r, 'malignancy');
const suspected = (r: ReturnType<typeof readNote>) => present(r, 'suspected-infection-tumor');
const backPain = (r: ReturnType<typeof readNote>) => category(r, 'back-pain');

describe('scenario reading', () => {
  describe('a suspected cancer is a suspected tumour, not a cancer history', () => {
    it('"Worried about leukaemia - heme/onc aware … awaiting oncology review": no cancer history, a suspected tumour', () => {
      const r = readNote(
        'Four-year-old boy with 10 days of back pain and bone pain in his shins, pallor, low-grade fevers. Worried about leukaemia - heme/onc aware.',
        'Ordered bone scan today while awaiting oncology review.',
      );
      assert.equal(malignancy(r), false);
      assert.ok(suspected(r));
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });
    it('"I am concerned about a lymphoma or other malignancy": both names are the worry', () => {
      const r = readNote('Age: 15 years', 'HPI: 5 weeks of mid-back pain with night sweats. I am concerned about a lymphoma or other malignancy.', 'Order: XR complete spine');
      assert.equal(malignancy(r), false);
      assert.ok(suspected(r));
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });
    for (const worry of [
      'concerned for lymphoma',
      'worried re leukemia',
      'ddx includes leukemia',
      'ddx leukemia vs osteomyelitis',
      'worried this could be leukemia',
      'leukemia workup sent',
    ])
      it(`"${worry}" suspects the cancer`, () => {
        const r = readNote('Age: 8 years', `HPI: back pain x 2 wk, fevers; ${worry}`, 'Order: MRI L-spine w/wo');
        assert.equal(malignancy(r), false);
        assert.ok(suspected(r));
      });
    it('"Concern: leptomeningeal / drop metastases" in a child treated for medulloblastoma: the history stays, the metastases are suspected', () => {
      const r = readNote(
        'Age: 9 years',
        'HPI: medulloblastoma s/p resection + CSI, off therapy 8 mo. 2 wks of back pain and new L leg weakness.',
        'Concern: leptomeningeal / drop metastases.',
        'Order: MRI complete spine without and with contrast',
      );
      assert.ok(malignancy(r));
      assert.ok(suspected(r));
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });
    it('"Clinical question: lymphoma" asks; "Dx: ALL" tells a known cancer', () => {
      assert.equal(malignancy(readNote('Age: 15 years', 'HPI: back pain x 5 wk', 'Clinical question: lymphoma', 'Order: MRI L-spine w/wo')), false);
      const known = readNote('Age: 9 years', 'Dx: ALL on maintenance chemo', 'HPI: back pain x 1 wk', 'Order: MRI L-spine w/wo');
      assert.ok(malignancy(known));
      assert.equal(known.scenario, 'back-pain-red-flags');
    });
    it('"r/o vertebral involvement" in a lymphoma note suspects the cancer in the spine; the lymphoma stays known', () => {
      const r = readNote(
        'Age: 16 years',
        'HPI: classical Hodgkin lymphoma, newly diagnosed. New thoracolumbar back pain. r/o vertebral involvement.',
        'Order: MRI L-spine with contrast',
      );
      assert.ok(malignancy(r));
      assert.ok(suspected(r));
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });

    describe('near-misses', () => {
      it('a known cancer named for something else stays known ("worried about fever in this child with ALL")', () => {
        const r = readNote('Age: 9 years', 'HPI: back pain x 2 wk, worried about fever in this child with ALL.', 'Order: XR L-spine');
        assert.ok(malignancy(r));
      });
      it('a worry about the known cancer\'s return keeps the cancer ("hx ALL … concerned about relapse of his ALL")', () => {
        const r = readNote('Age: 9 years', 'HPI: hx ALL in remission, new back pain. Concerned about relapse of his ALL.', 'Order: MRI L-spine w/wo');
        assert.ok(malignancy(r));
        assert.ok(suspected(r));
      });
      it('a cancer the child has, with no worry, is a cancer history ("Oncology - … Hodgkin lymphoma"; "onc pt")', () => {
        assert.ok(malignancy(readNote('Oncology - 16 y/o M with classical Hodgkin lymphoma, newly diagnosed. New back pain.', 'Order: MRI L-spine with contrast')));
        assert.ok(malignancy(readNote('Age: 12 years', 'HPI: onc pt, followed by oncology, new back pain x 1 wk', 'Order: XR L-spine')));
      });
      it('a suspected return or spread keeps the cancer the note only names by its care ("followed by oncology … concern for relapse", "? drop metastases")', () => {
        const relapse = readNote('Age: 9 years', 'HPI: followed by oncology, new back pain. Concern for relapse.', 'Order: MRI L-spine w/wo');
        assert.ok(malignancy(relapse));
        assert.ok(suspected(relapse));
        const mets = readNote(
          'Neuro-Oncology clinic: 9 y/o F off therapy 8 mo, 2 wks of back pain.',
          'Concern: drop metastases.',
          'Order: MRI complete spine without and with contrast',
        );
        assert.ok(malignancy(mets));
        assert.ok(suspected(mets));
      });
      it('an infant with a skin marker whose imaging asks about an intraspinal mass stays in the skin-marker scenario', () => {
        const r = readNote('Pt: 3 mo F', 'Findings: large lumbosacral hemangioma', 'Indication: r/o intraspinal extension or intraspinal mass', 'Neuro: nl', 'Order: XR L-spine');
        assert.equal(r.scenario, 's1-cutaneous-marker');
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      });
      it('a relative\'s cancer is neither the child\'s nor a suspicion ("aunt with lymphoma")', () => {
        const r = readNote('Age: 12 years', 'HPI: back pain x 2 wk. Family hx: aunt with lymphoma.', 'Order: XR L-spine');
        assert.equal(malignancy(r), false);
        assert.equal(suspected(r), false);
      });
      for (const denied of ['no concern for infection or malignancy', 'not worried about leukemia', 'no concern for discitis'])
        it(`"${denied}" is no suspicion`, () => {
          const r = readNote('Age: 12 years', `HPI: back pain x 2 wk, ${denied}`, 'Order: XR L-spine');
          assert.equal(malignancy(r), false);
          assert.equal(suspected(r), false);
        });
      it('a worry does not reach a referral later in its sentence ("concerned about tethering and will refer to neurosurgery")', () => {
        const r = readNote(
          'Pt: 4 mo F',
          'Findings: sacral dimple 6 mm above cleft, hair tuft',
          'Prior imaging: US spine abnormal, low conus',
          'Plan: I am concerned about tethering and will refer to neurosurgery. MRI L-spine w/o',
        );
        assert.ok(r.facts.referral.neurosurgery);
        assert.ok(!r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
      });
      it('a skin-covered lump over the spine of an infant stays a cutaneous marker (no suspected tumour)', () => {
        const r = readNote('Pt: 2 mo F', 'Findings: soft skin-covered midline lumbosacral mass, likely lipoma', 'Neuro: nl', 'Order: US spine');
        assert.equal(suspected(r), false);
        assert.equal(r.scenario, 's1-cutaneous-marker');
      });
    });
  });

  describe('infection, inflammation or tumour of the spine suspected', () => {
    const CASES: [string, string][] = [
      ['Concern for intramedullary spinal cord tumour.', 'spinal cord tumour'],
      ['Concern for transverse myelitis vs cord compression.', 'transverse myelitis'],
      ['I am worried about spinal tuberculosis (Pott disease).', 'spinal tuberculosis'],
      ["? Pott's disease", "Pott's disease"],
      ['Concern for diskitis.', 'diskitis'],
      ['MRI to look for spondylodiscitis.', 'spondylodiscitis'],
    ];
    for (const [said, word] of CASES)
      it(`"${said}" suspects ${word}`, () => {
        const r = readNote('Age: 9 years', `HPI: 6 weeks of mid-back pain, tripping over his R foot. ${said}`, 'Order: MRI complete spine without and with IV contrast');
        assert.ok(suspected(r));
        assert.equal(r.scenario, 'back-pain-infection-tumor');
      });
  });

  describe("a young child's pain behaviour is back pain when the spine is suspected", () => {
    it('"refusing to walk … cries when mom picks him up, won\'t bend … concern for discitis" is back pain', () => {
      const r = readNote(
        "3 yo M refusing to walk x 2 d, fever 39, cries when mom picks him up, won't bend. ESR 78, CRP 9. Concern for discitis vs vertebral osteomyelitis.",
        'Order: MRI whole spine without and with IV contrast',
      );
      assert.ok(backPain(r));
      assert.equal(r.scenario, 'back-pain-infection-tumor');
    });
    it('the same behaviour with a suspected septic hip or an osteomyelitis of the femur is no back pain', () => {
      assert.equal(backPain(readNote('Age: 3 years', 'HPI: refusing to walk x 2 d, fever 39, concern for septic hip', 'Order: US hip')), false);
      assert.equal(backPain(readNote('Age: 3 years', 'HPI: refusing to walk x 2 d, fever, concern for osteomyelitis of the femur', 'Order: MRI femur')), false);
    });
    it('with the spinal infection denied, refusing to walk is no back pain', () =>
      assert.equal(backPain(readNote('Age: 3 years', 'HPI: refusing to walk x 2 d after a viral illness, afebrile, no concern for discitis', 'Order: XR L-spine')), false));
  });

  describe('overuse and stress injury are not trauma', () => {
    const OVERUSE: string[] = [
      '9 yo girl w/ 4 days of mild lower back soreness after starting a new trampoline class, no fever, no night pain, no radiation; neuro nl.',
      '14 yo M, LBP x 2 wks after helping dad move furniture. Exam benign, neuro intact, no red flags.',
      '13 yo M, known bilateral L5 pars defects. Back to football 1 mo ago; LBP recurred 3 wks ago with extension. No night pain, no radiation. Neuro intact.',
      'Junior fast bowler, 3 weeks of right-sided low back pain, worse when bowling. No night pain. Neuro normal. I suspect a pars stress injury from overuse.',
      '14 yo netball player, low back pain of 3 weeks after she increased her training. No night pain, neuro normal. X-rays to exclude a bony stress injury.',
    ];
    for (const hpi of OVERUSE)
      it(hpi, () => {
        const r = readNote('Age: 13 years', `HPI: ${hpi}`, 'Order: XR L-spine');
        assert.equal(r.facts.trauma.significance, 'none');
        assert.equal(r.scenario, 'back-pain-overuse');
        assert.ok(!r.rules.includes('trauma-mechanism-unclear'), r.rules.join());
      });
    for (const hpi of [
      'runner, low back pain 3 wk, bone scan for occult stress injury',
      'repetitive stress injury from rowing, LBP 2 wk',
      'pars injury suspected, LBP 2 wk',
      'LBP 3 wk, likely an overuse-type injury',
    ])
      it(`"${hpi}" tells no injury`, () => assert.equal(readNote('Age: 13 years', `HPI: ${hpi}`, 'Order: XR L-spine').facts.trauma.significance, 'none'));

    describe('near-misses', () => {
      for (const hpi of ['hurt his back at football practice, LBP 3 days', 'injured at practice, back pain since', 'sprained his ankle and hurt his back at football'])
        it(`a real injury told without its mechanism stays unclear trauma: "${hpi}"`, () => {
          const r = readNote('Age: 13 years', `HPI: ${hpi}`, 'Order: XR L-spine');
          assert.equal(r.facts.trauma.significance, 'unclear');
          assert.ok(r.rules.includes('trauma-mechanism-unclear'), r.rules.join());
          assert.notEqual(r.scenario, 'back-pain-overuse');
        });
      it('"r/o fracture after a fall from a height" stays significant trauma', () =>
        assert.equal(readNote('Age: 13 years', 'HPI: gymnast, r/o fracture after a fall from a height off the beam', 'Order: XR L-spine').scenario, 'spine-trauma-thoracolumbar'));
      it('tackled at rugby is an injury, not overuse', () =>
        assert.notEqual(readNote('Age: 15 years', 'HPI: tackled at rugby, back pain since', 'Order: XR L-spine').facts.trauma.significance, 'none'));
      it('a red flag keeps a stress injury in a red-flag scenario ("gymnast, pars stress injury, pain at night")', () => {
        const r = readNote('Age: 13 years', 'HPI: gymnast, LBP x 3 wk, wakes her at night, pars stress injury suspected', 'Order: XR L-spine');
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
    });
  });

  describe('prior radiographs told in prose', () => {
    const POSITIVE: string[] = [
      '13 y/o F, back pain x 6 wk. Plain films: grade 1 spondylolisthesis L5-S1. No bowel or bladder sx, neuro exam normal.',
      '11 y/o F with painful scoliosis: back pain x 5 weeks, waking her at night. Scoliosis series last week: 28 degree left thoracic curve (atypical convexity).',
      "11 yo M with a left thoracic curve of 30 deg on today's standing films (atypical curve pattern) and back pain x 3 months. Neuro exam normal.",
      '12 yo F, LBP x 6 wk, L5 spondylolysis on XR, neuro normal.',
      '12 yo F, LBP x 6 wk. Lumbar spine x-rays: bilateral L5 pars defects.',
      '12 yo F, back pain x 6 wk, grade 1 spondylolisthesis on flexion/extension films.',
      '12 yo F, back pain x 6 wk. Findings on x-ray: L5 pars defect.',
    ];
    for (const hpi of POSITIVE)
      it(hpi, () => {
        const r = readNote(`HPI: ${hpi}`, 'Order: MRI whole spine without IV contrast');
        assert.ok(
          r.facts.prior.some((p) => p.modality === 'XR' && p.result === 'abnormal'),
          JSON.stringify(r.facts.prior),
        );
        assert.equal(r.scenario, 'back-pain-red-flags-positive-radiographs');
      });
    for (const [said, how] of [
      ['Scoliosis series last month normal.', 'in prose'],
      ['Plain films: normal.', 'after a qualified name'],
      ['No abnormality on plain films.', 'before the films it was seen on'],
    ])
      it(`normal radiographs named by their series are normal, not the scoliosis of their name (${how}: "${said}")`, () => {
        const r = readNote(`HPI: 12 yo F, back pain x 6 wk, night pain. ${said}`, 'Order: MRI L-spine w/o');
        assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
      });
    it('a Prior imaging line "scoliosis series 2024: normal" is normal radiographs', () => {
      const r = readNote('Age: 12 years', 'HPI: back pain x 6 wk, night pain', 'Prior imaging: scoliosis series 2024: normal', 'Order: MRI L-spine w/o');
      assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
    });

    it('"Prior US abnl (low conus)" is an abnormal prior ultrasound; a conus "low-normal at L2" is not low', () => {
      const abnl = readNote('4 mo w/ sacral lipoma. Prior US abnl (low conus). Repeat US.');
      assert.equal(abnl.facts.prior[0]?.result, 'abnormal');
      assert.ok(abnl.rules.includes('referral-after-abnormal-ultrasound'), abnl.rules.join());
      const lowNormal = readNote('Pt: 4 mo F', 'Findings: sacral lipoma', 'Prior imaging: US spine: conus low-normal at L2, filum 1 mm', 'Order: MRI L-spine w/o');
      assert.equal(lowNormal.facts.prior[0]?.result, 'normal');
    });

    describe('near-misses', () => {
      const NOT_DONE: string[] = [
        'Will obtain standing films to assess the curve.',
        'Curve to be measured on standing films.',
        'Thoracic curve on exam, better assessed on standing films.',
        'r/o spondylolysis on XR.',
        'Plain films ordered.',
        'Standing films today.',
        'If the curve progresses on standing films, MRI.',
        "MRI L-spine w/o for the 30 deg curve on today's films.",
      ];
      for (const said of NOT_DONE)
        it(`a study asked or planned is no prior radiograph: "${said}"`, () => {
          const r = readNote(`HPI: 12 yo F, back pain x 6 wk, night pain. ${said}`, 'Order: MRI L-spine w/o');
          assert.ok(!r.facts.prior.some((p) => p.modality === 'XR' && (p.result === 'abnormal' || p.result === 'normal')), JSON.stringify(r.facts.prior));
          assert.equal(r.scenario, 'back-pain-red-flags');
        });
      it('a second study named after a prior radiograph is read on its own ("Plain films: normal, MRI recommended" is normal radiographs, no MRI)', () => {
        for (const said of ['Plain films: normal, MRI recommended.', 'XR L-spine: normal, MRI recommended.']) {
          const r = readNote('Pt: 3 mo F', `HPI: sacral dimple 6 mm above the cleft. ${said}`, 'Neuro: nl', 'Order: XR L-spine');
          assert.deepEqual(
            r.facts.prior.map((p) => [p.modality, p.result]),
            [['XR', 'normal']],
          );
          assert.ok(r.rules.includes('inappropriate-initial-study'), `${said}: ${r.rules.join()}`);
        }
        const ordered = readNote('HPI: 12 yo F, back pain x 6 wk, night pain. XR L-spine normal, MRI ordered.', 'Order: MRI L-spine w/o');
        assert.equal(ordered.scenario, 'back-pain-red-flags-negative-radiographs');
      });
      it('two studies told as done in one sentence are two prior studies ("Spinal US at 3 wk normal, then MRI at 4 mo showed a fatty filum")', () => {
        const r = readNote(
          'Pt: 5 mo F',
          'HPI: sacral dimple 6 mm above the cleft. Spinal US at 3 wk normal, then MRI at 4 mo showed a fatty filum.',
          'Neuro: nl',
          'Order: MRI L-spine w/o',
        );
        assert.deepEqual(
          r.facts.prior.map((p) => [p.modality, p.result]),
          [
            ['US', 'normal'],
            ['MRI', 'abnormal'],
          ],
        );
        assert.ok(!r.rules.includes('imaging-after-normal-ultrasound'), r.rules.join());
      });
      it('an abnormal prior MRI is not a radiograph ("MRI last month: syrinx")', () => {
        const r = readNote('HPI: 12 yo F, back pain x 6 wk, night pain. MRI last month: small syrinx.', 'Order: MRI L-spine w/o');
        assert.ok(r.facts.prior.some((p) => p.modality === 'MRI' && p.result === 'abnormal'));
        assert.equal(r.scenario, 'back-pain-red-flags');
      });
      it('a scoliosis series ordered, with a curve on exam, is no prior radiograph', () => {
        const r = readNote('Age: 12 years', 'HPI: back pain x 6 wk, night pain, right thoracic curve on forward bend', 'Order: scoliosis series');
        assert.deepEqual(r.facts.prior, []);
      });
      it('a red flag with prior radiographs keeps a red-flag scenario ("XR normal")', () => {
        const r = readNote('HPI: 12 yo F, back pain x 6 wk, night pain. XR L-spine normal.', 'Order: MRI L-spine w/o');
        assert.equal(r.scenario, 'back-pain-red-flags-negative-radiographs');
      });
    });
  });
});
