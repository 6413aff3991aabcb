/**
 * Round 36's studies as French-, Spanish-, Portuguese-, Italian- and Korean-trained writers name and ask for them in English,
 * and as radiologists protocol them: "tomography" / "scanner" / "resonance" of the spine (a CT, a CT, an MRI), contrast told
 * by its injection or enhancement, "Ask:" / "Demand:" heading the plan, "No previous ecografia" (no spinal US yet), a priority
 * before the study on a plan's bullet ("- STAT MRI whole spine"), and a radiologist's protocol that changes the study ("Rad
 * protocol: … protocolled MRI whole spine WITHOUT contrast"). And the look-alikes that stay: a head scanner, a PET, a study
 * told done ("TC of dorsolumbar spine was realized: wedge fracture"), "Ask:" beside a plan, a protocol kept "as requested".
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const TRAUMA = 'Patient 15 years, male. Fell from horse yesterday (approx. 2 meters). Pain at palpation of L1. Neurological exam normal.';
const NECK = 'Child 9 years old, road accident at 50 km/h. Pain at palpation of C5-C6. Neurological exam normal.';
const DIMPLE = 'Infant 2 months, girl. Sacral fossette since birth. Neurological exam normal for age.';
const BACK = 'Adolescent 14 years, lumbar pain 2 months, irradiated to the right leg. No fever. Neurological exam normal.';
const HEMANGIOMA = 'Infant 8 months, boy. Infantile hemangioma of the lumbosacral region, 7 x 5 cm. Neurological exam normal.';

describe('round 36: studies named and asked for the way foreign-trained writers and radiologists do', () => {
  describe('a study named by its method or its machine, of the spine', () => {
    for (const [line, want] of [
      ['Conduct: analgesia, keep in bed. Realize tomography of lumbar spine without contrast. Reevaluate with result.', 'ct-area-without'],
      ['Plan: tomografía of lumbar spine.', 'ct-area-without'],
      ['Plan: scanner of cervical spine.', 'ct-area-without'],
      ['Plan: resonance of the lumbar spine with contrast.', 'mri-area-with'],
      ['Plan: I solicit resonancia of lumbar column without contrast.', 'mri-area-without'],
    ] as const)
      it(`"${line}" orders ${want}`, () => assert.equal(orderOf(TRAUMA, line), want));
    it('the same words of another part or machine name no study of the spine', () => {
      assert.equal(orderOf(TRAUMA, 'Head scanner normal. Plan: analgesia, rest.'), 'none');
      assert.equal(orderOf(TRAUMA, 'Plan: analgesia. We do not have resonance in this hospital.'), 'none');
      assert.equal(orderOf(TRAUMA, 'Plan: positron emission tomography of the spine.'), 'none');
    });
    it('a study told done in these words is no order: the study asked for after it is', () => {
      const done = 'Attended in other center where TC of dorsolumbar spine was realized: wedge fracture of L1.';
      assert.equal(orderOf(TRAUMA, done), 'none');
      assert.equal(orderOf(TRAUMA, done, 'Plan: I solicit RMN of dorsolumbar column with and without contrast.'), 'mri-area-without-and-with');
    });
  });

  describe('"Realize" (French réaliser, Spanish realizar: perform) opening a sentence orders its study', () => {
    const HPI = 'HPI: Patient 15 years, fell from horse 2 m. Pain at palpation of L1.';
    it('"Exam: … Realize CT of lumbar spine without contrast."', () =>
      assert.equal(orderOf(HPI, 'Exam: Neurological exam normal. Realize CT of lumbar spine without contrast.'), 'ct-area-without'));
    it('one told realized, or to realize on a condition, orders nothing', () => {
      assert.equal(orderOf(HPI, 'Exam: Neurological exam normal. Tomography of lumbar spine was realized: no fracture.'), 'none');
      assert.equal(orderOf(HPI, 'Exam: Neurological exam normal. If worse, realize tomography of lumbar spine.'), 'none');
    });
  });

  describe('contrast told by its injection or its enhancement', () => {
    it('"with enhancement" and "with injection" are with contrast', () => {
      assert.equal(orderOf(DIMPLE, 'Plan: L-spine MRI with enhancement. OPD f/u with result.'), 'mri-area-with');
      assert.equal(orderOf(DIMPLE, 'Plan: MRI lumbar spine with injection.'), 'mri-area-with');
      assert.equal(orderOf(DIMPLE, 'Plan: MRI lumbar spine with gadolinium injection.'), 'mri-area-with');
    });
    it('"without injection" is without, and both series told by their injection are both', () => {
      assert.equal(orderOf(NECK, 'Plan: CT of cervical spine without injection.'), 'ct-area-without');
      assert.equal(orderOf(HEMANGIOMA, 'Plan: MRI lumbosacral spine without and with injection.'), 'mri-area-without-and-with');
    });
    it("an injection of something else is not the study's contrast", () =>
      assert.equal(orderOf(BACK, 'Plan: MRI lumbar spine without contrast. Epidural steroid injection last year elsewhere.'), 'mri-area-without'));
  });

  describe('"Ask:" and "Demand:" head the plan of a note that writes no other', () => {
    it('"Ask: scanner of cervical spine without injection. Keep collar until result."', () =>
      assert.equal(orderOf(NECK, 'Ask: scanner of cervical spine without injection. Keep collar until result.'), 'ct-area-without'));
    it('"Ask: echography of the lumbosacral spine to eliminate a spinal dysraphism."', () =>
      assert.equal(orderOf(DIMPLE, 'Ask: echography of the lumbosacral spine to eliminate a spinal dysraphism.'), 'us-area'));
    it('"Demand: control echography of the lumbar spine (before 4 months)."', () =>
      assert.equal(orderOf(DIMPLE, 'Demand: control echography of the lumbar spine (before 4 months).'), 'us-area'));
    it('"Ask: MRI lumbosacral with injection of gadolinium (sequences without and with injection)"', () =>
      assert.equal(
        orderOf(HEMANGIOMA, 'Ask: MRI lumbosacral with injection of gadolinium (sequences without and with injection), under general anesthesia.'),
        'mri-area-without-and-with',
      ));
    it('beside a plan, or asking something else, "Ask:" orders nothing of its own', () => {
      assert.equal(orderOf(DIMPLE, 'Plan: MRI L-spine w/o.', 'Ask: mum to bring the outside US report.'), 'mri-area-without');
      assert.equal(orderOf(DIMPLE, 'Ask: mum about bladder symptoms.'), 'none');
    });
    it('"Back:" is no misspelt "Ask:": its marker is still read and the plan stands', () => {
      const r = readNote(
        '5 mo F, well baby visit.',
        'Back: sacral dimple, deep - base not visible - 4 mm, at the top of the gluteal cleft.',
        'Neuro: normal tone.',
        'Plan:',
        '  - spinal US ordered this week',
      );
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area');
    });
  });

  describe('"No previous ecografia" tells no spinal ultrasound was done', () => {
    const usPriors = (line: string) =>
      readNote('Infant 9 months, dimple above the cleft. Neurological exam normal.', line, 'Plan: MRI lumbosacral without contrast.').facts.prior.filter(
        (p) => p.modality === 'US',
      );
    for (const line of ['No previous ecografia.', 'No previous echography.', 'No previous US.', 'No previous ultrasound.'])
      it(`"${line}"`, () => assert.equal(usPriors(line).length, 0));
    it('a previous ultrasound told with its result stays one', () => {
      const us = usPriors('Previous US at 2 wk: normal, conus L1-L2.');
      assert.equal(us.length, 1);
      assert.equal(us[0].result, 'normal');
    });
  });

  describe("a priority before the study on a plan's bullet", () => {
    const MYELOPATHY = ['8 yo F w/ 2 wk back pain, new bilat leg weakness, urinary retention.', 'A/P: acute myelopathy - cord compression vs transverse myelitis.'];
    it('"- STAT MRI whole spine w/ and w/o contrast"', () =>
      assert.equal(orderOf(...MYELOPATHY, '- STAT MRI whole spine w/ and w/o contrast', '- dexamethasone per NSGY'), 'mri-complete-without-and-with'));
    it('"- Urgent MRI whole spine"', () => assert.equal(orderOf(...MYELOPATHY, '- Urgent MRI whole spine', '- Foley'), 'mri-complete-without'));
    it('a priority before anything else orders no study', () => assert.equal(orderOf(...MYELOPATHY, '- STAT labs', '- Urgent neurosurgery consult'), 'none'));
  });

  describe("a radiologist's protocol that changes the study", () => {
    const ORDER = 'Order: MRI WHOLE SPINE WITH CONTRAST';
    const WHY = 'Clinical indication: 15 yo F, back pain 2 months. XR scoliosis series: 25 deg LEFT thoracic curve (atypical). Neuro exam normal.';
    it('"Rad protocol: … - protocolled MRI whole spine WITHOUT contrast" is the study done', () =>
      assert.equal(
        orderOf(ORDER, WHY, 'Rad protocol: contrast not needed for ?syrinx / Chiari / tether - protocolled MRI whole spine WITHOUT contrast. Orderer notified via EHR.'),
        'mri-complete-without',
      ));
    it('"Rad protocol: changed to …" is too', () => assert.equal(orderOf(ORDER, WHY, 'Rad protocol: changed to MRI whole spine without contrast.'), 'mri-complete-without'));
    it('one kept as requested, only suggested, or conditioned keeps the order', () => {
      assert.equal(orderOf(ORDER, WHY, 'Rad protocol: protocolled MRI whole spine with contrast as requested.'), 'mri-complete-with');
      assert.equal(orderOf(ORDER, WHY, 'Rad protocol: suggest changing to MRI without contrast - awaiting referrer.'), 'mri-complete-with');
      assert.equal(orderOf(ORDER, WHY, 'Rad protocol: if no tumour history, protocolled MRI whole spine without contrast.'), 'mri-complete-with');
      assert.equal(orderOf(ORDER, WHY, 'Radiologist: XR adds little. Vetted: ok.'), 'mri-complete-with');
    });
  });
});

describe('round 36 review: the readings the adversarial review found harmful, mended', () => {
  describe('"no previous" / "no prior" deny only the study named right after them (H1)', () => {
    const ORDER = 'Order: MRI L-SPINE W/O';
    const INFANT = '3 mo M, hair tuft over L5, neuro nl.';
    const abnormal = (...lines: string[]) => {
      const r = readNote(...lines);
      assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join(','));
      assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join(','));
    };
    it('an abnormal US reported in the same sentence is kept', () => {
      abnormal(ORDER, INFANT, 'Spinal US at 1 mo: fatty filum 3 mm, no previous MRI.');
      abnormal(ORDER, INFANT, 'Spinal US at 1 mo: conus L3, no previous scans.');
      abnormal(ORDER, `${INFANT} No previous imaging other than spinal US at 1 mo showing fatty filum.`);
      abnormal(ORDER, `Clinical indication: ${INFANT} US spine (outside, 1 wk ago): low-lying conus at L3; no previous US to compare.`);
      abnormal(ORDER, INFANT, 'Spinal US at 1 mo: fatty filum 3 mm, no prior MRI.');
      abnormal(ORDER, `${INFANT} No prior imaging other than spinal US at 1 mo showing fatty filum.`);
    });
    it('a normal US reported in the same sentence is kept: no false mri-first', () => {
      for (const lines of [
        [ORDER, INFANT, 'Spinal US at 1 mo normal, no previous imaging otherwise.'],
        [ORDER, `Clinical indication: ${INFANT} No previous concerns US spine 1 wk ago normal.`],
      ]) {
        const r = readNote(...lines);
        assert.equal(
          r.facts.prior.some((p) => p.modality === 'US'),
          true,
          lines.join(' / '),
        );
        assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join(','));
      }
    });
    it('"No previous US" alone still tells none done', () => {
      for (const line of ['No previous US.', 'No previous ultrasound of the spine.', 'No prior MRI or US.', 'No previous MRI, no previous US.'])
        assert.ok(readNote(ORDER, INFANT, line).rules.includes('mri-first-in-young-infant'), line);
    });
  });

  describe('"Ask:" / "Demand:" order only the request itself (H2)', () => {
    const DIMPLE2 = 'Infant 2 months, girl. Deep sacral dimple, 6 mm, above cleft. Neurological exam normal for age.';
    it("a parent's demand, a study to bring, a question, or one a later line overrides orders nothing", () => {
      assert.equal(orderOf(DIMPLE2, "Demand: MRI lumbar spine (parents' demand), discussed US first, agreed.", 'Spinal US ordered.'), 'us-area');
      assert.equal(orderOf(DIMPLE2, 'Demand: parents demanding MRI of the spine; explained echography first.'), 'none');
      assert.equal(orderOf(DIMPLE2, 'Ask: mum to bring the outside MRI of the lumbar spine.'), 'none');
      assert.equal(orderOf(DIMPLE2, 'Ask: echography of the lumbosacral spine.', 'Ask: XR lumbar spine too?'), 'us-area');
      assert.equal(orderOf(DIMPLE2, 'Demand: MRI lumbar spine.', 'Spinal US ordered.'), 'us-area');
    });
    it('the request itself still orders', () => {
      assert.equal(orderOf(DIMPLE2, 'Ask: echography of the lumbosacral spine.'), 'us-area');
      assert.equal(orderOf(DIMPLE2, 'Demand: echography of the lumbosacral spine.'), 'us-area');
    });
  });
});

describe('round 36 review: the new study names keep the English guards (H3)', () => {
  it('"No indication for resonance", a relative\'s tomography, and a resonance after the echography order no MRI or CT', () => {
    assert.equal(
      orderOf(
        'Infant 2 months, girl. Sacral fossette since birth, deep. Neurological exam normal for age.',
        'No indication for resonance of the spine.',
        'Plan: control in 1 month.',
      ),
      'none',
    );
    assert.equal(
      orderOf('Adolescent 14 years, lumbar pain 2 months. No fever. Neurological exam normal.', 'Plan: physiotherapy. Sister had a tomography of the spine after a fall.'),
      'none',
    );
    assert.equal(orderOf('Infant 3 months, boy. Hair tuft over L5. Neuro normal.', 'Plan: resonance of lumbar spine after the echography.'), 'us-area');
  });
  it('"- Urgent MRI L-spine? no — no red flags" is no order; "- Urgent MRI whole spine" still is', () => {
    assert.equal(orderOf('14 yo M, back pain 5 wk, no red flags, neuro normal.', 'Plan:', '- Urgent MRI L-spine? no — no red flags', '- PT'), 'none');
    assert.equal(
      orderOf('8 yo F w/ 2 wk back pain, new bilat leg weakness, urinary retention.', 'A/P: cord compression?', '- Urgent MRI whole spine w/ and w/o contrast', '- dexamethasone'),
      'mri-complete-without-and-with',
    );
  });
});

describe('round 36 review: contrast by injection or enhancement only right after the study (H4)', () => {
  const TUFT = 'Infant 8 months, boy. Hair tuft over L5. Neurological exam normal.';
  it("a vaccine's, sedation's or chloral hydrate's injection and an enhancement of sleep or PT are no contrast", () => {
    assert.equal(orderOf(TUFT, 'Plan: MRI lumbar spine, then vaccines with injection today.'), 'mri-area-without');
    assert.equal(orderOf(TUFT, 'Plan: MRI lumbar spine with feed and wrap, with enhancement of sleep by late feed.'), 'mri-area-without');
    assert.equal(orderOf(TUFT, 'Plan: MRI lumbar spine; sedation with IV injection by anesthesia.'), 'mri-area-without');
    assert.equal(
      orderOf(
        'Infant 8 months, boy. Infantile hemangioma of the lumbosacral region, 7 x 5 cm. Neurological exam normal.',
        'Plan: MRI lumbosacral spine with injection of chloral hydrate for sedation.',
      ),
      'mri-area-without',
    );
    assert.equal(
      orderOf(
        '15 yo F, low back pain 3 months, L leg radicular pain. Neuro: decreased L S1 reflex.',
        'Plan: MRI lumbar spine. Consider facet injection after, with enhancement of PT program.',
      ),
      'mri-area-without',
    );
  });
  it("right after the study's name it is contrast", () => {
    assert.equal(orderOf(TUFT, 'Plan: MRI lumbosacral with injection of gadolinium.'), 'mri-area-with');
    assert.equal(orderOf(TUFT, 'Plan: L-spine MRI with enhancement.'), 'mri-area-with');
  });
});

describe('round 36 review: a later re-protocol beats an earlier "protocolled" (H5)', () => {
  const ORDER = 'Order: MRI WHOLE SPINE WITH CONTRAST';
  const WHY = 'Clinical indication: 15 yo F, back pain 2 months. Neuro exam normal.';
  it('"originally protocolled … reprotocolled with contrast" keeps the study with contrast', () => {
    assert.equal(
      orderOf(ORDER, WHY, 'Rad protocol: originally protocolled MRI whole spine without contrast; referrer requested contrast, reprotocolled with contrast.'),
      'mri-complete-with',
    );
    assert.equal(
      orderOf(ORDER, WHY, 'Rad protocol: originally protocolled as MRI whole spine without contrast; referrer requested contrast, reprotocolled with contrast.'),
      'mri-complete-with',
    );
  });
  it('a later change to a named study is read', () =>
    assert.equal(orderOf(ORDER, WHY, 'Rad protocol: protocolled MRI whole spine with contrast; then changed to MRI whole spine without contrast.'), 'mri-complete-without'));
});

describe('r36 review 2 (H3): an exception after the denied study undoes the denial', () => {
  it('"No previous US apart from the neonatal one, which showed conus at L3" keeps the abnormal US', () => {
    const r = readNote(
      'Clinical note',
      '3 mo M, hair tuft over L5, neuro nl.',
      'No previous US apart from the neonatal one, which showed conus at L3. Plan: MRI lumbar spine w/o.',
    );
    assert.ok(r.rules.includes('referral-after-abnormal-ultrasound'), r.rules.join());
    assert.ok(!r.rules.includes('mri-first-in-young-infant'), r.rules.join());
  });
});
