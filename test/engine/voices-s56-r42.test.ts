/**
 * Portugal-, Angola-, Mozambique-, Cape Verde-, Spain- and Catalonia-trained English (set 56, round 42): "Rx coluna
 * dorsal", "gammagrafia òssia", the Catalan "Pla:" and "Lactant", a prior radiograph "without findings" or with "no bone
 * alterations", a dimple whose "fons" is not visible, "Neurocirurgia", "drops of urine".
 */
import * as assert from 'node:assert/strict';
import { ageOf, orderOf, readNote } from '../helpers';

describe('voices s56 r42: Portuguese-, Spanish- and Catalan-trained English', () => {
  describe('"coluna" is the spine a study is of', () => {
    it('"Plan: Rx coluna dorsal (AP and profile)" is a radiograph', () =>
      assert.equal(orderOf('12 years, female. Dorsal pain for 5 weeks.', 'Plan: Rx coluna dorsal (AP and profile).'), 'xr-area'));
    it('"Rx coluna cervical" after a fall is a cervical radiograph', () =>
      assert.equal(
        readNote('Adolescent 13 years, male. Fall from a horse at gallop. Pain at palpation of the cervical spine C4-C6.', 'Plan: Rx coluna cervical (AP, profile and transoral).')
          .scenario,
        'spine-trauma-cervical',
      ));
    it('"Rx coluna lombar (date): normal" is a prior negative radiograph', () =>
      assert.equal(
        readNote('13 years old boy. Lumbar pain for 5 weeks that wakes him at night.', 'Rx coluna lombar (02/03/2026): normal.', 'Plan: MRI lumbar spine without contrast.')
          .scenario,
        'back-pain-red-flags-negative-radiographs',
      ));
    it('"Rx: ibuprofen" beside "coluna" is still no study', () => assert.equal(orderOf('12 years, female. Dor na coluna for 1 week.', 'Rx: ibuprofen 400 mg.'), 'none'));
  });

  describe('"gammagrafia òssia" is a bone scan', () => {
    it('"Plan: gammagrafia ossia of the lumbar spine" is a bone scan of the area', () =>
      assert.equal(orderOf('Girl of 10 years. Low back pain for 2 weeks.', 'Plan: gammagrafia ossia of the lumbar spine.'), 'bone-scan-area'));
    it('"gammagrafia òssia" told done with its result orders nothing', () =>
      assert.equal(orderOf('Girl of 10 years. Low back pain for 2 weeks.', 'Gammagrafia òssia (01/02/2026): normal.', 'Plan: physiotherapy.'), 'none'));
  });

  describe('the Catalan "Pla:" is the plan', () => {
    it('"Pla: ecografia of the spinal canal (lumbar)" is the order', () =>
      assert.equal(orderOf('Infant 4 months, boy. Port-wine stain over the lumbar midline.', 'Pla: ecografia of the spinal canal (lumbar), preferente.'), 'us-area'));
    it('"Pla:" naming no study orders nothing', () => assert.equal(orderOf('Infant 4 months, boy. Port-wine stain over the lumbar midline.', 'Pla: review in 2 months.'), 'none'));
  });

  describe('"Lactant" is an infant', () => {
    it('"Lactant of 3 months" is 3 months old', () => assert.equal(ageOf('Lactant of 3 months with a hair tuft in the lumbosacral midline.', 'Plan: MRI lumbar spine.'), 3));
    it('"Lactant 4 months, boy" is 4 months old', () => assert.equal(ageOf('Lactant 4 months, boy. Port-wine stain lumbar midline.', 'Plan: spinal US.'), 4));
    it('"Lactant" with a study at 3 months tells no age', () =>
      assert.equal(ageOf('Lactant with a hair tuft. Ecografia at 3 months: normal.', 'Plan: MRI lumbar spine.'), undefined));
  });

  describe('a prior radiograph "without findings" or with "no alterations" is normal', () => {
    const night = '13 years old boy. Lumbar pain for 3 weeks that wakes him up at night.';
    const scenario = (prior: string) => readNote(night, prior, 'Plan: RMN lumbar spine without contrast.').scenario;
    it('"Rx lumbar (date): without findings, normal."', () =>
      assert.equal(scenario('Rx lumbar (02/03/2026): without findings, normal.'), 'back-pain-red-flags-negative-radiographs'));
    it('"Rx lumbar spine done by his pediatrician (date): no bone alterations."', () =>
      assert.equal(scenario('Rx lumbar spine done by his pediatrician (18/02/2026): no bone alterations.'), 'back-pain-red-flags-negative-radiographs'));
    it('"XR lumbar spine (date): without alterations."', () =>
      assert.equal(scenario('XR lumbar spine (02/03/2026): without alterations.'), 'back-pain-red-flags-negative-radiographs'));
    it('"no alterations except L5 pars defect" is abnormal', () =>
      assert.equal(scenario('XR lumbar spine (02/03/2026): no alterations except L5 pars defect.'), 'back-pain-red-flags-positive-radiographs'));
    it('"spondylolysis L5, no other alterations" is abnormal', () =>
      assert.equal(scenario('XR lumbar spine (02/03/2026): spondylolysis L5, no other alterations.'), 'back-pain-red-flags-positive-radiographs'));
  });

  describe('a dimple whose "fons" is not visible is deep', () => {
    it('"fosseta sacra of 4 mm, fons not visible" at the cleft\'s upper end is no undescribed dimple', () =>
      assert.ok(
        !readNote(
          '7 weeks old girl. At the exploration: fosseta sacra of 4 mm, fons not visible even with traction of the buttocks, at the upper end of the gluteal cleft. No hair.',
          'Neuro ok.',
          'Plan: ecografia lumbosacra - requested.',
        ).rules.includes('dimple-undescribed'),
      ));
    it('"fons visible" with size, cleft and distance is a simple dimple', () =>
      assert.ok(
        readNote('7 weeks old girl. Sacral dimple 4 mm, fons visible, within the gluteal cleft, 1 cm from the anus.', 'Neuro ok.', 'Plan: spinal US.').rules.includes(
          'simple-dimple',
        ),
      ));
  });
  describe('"Neurocirurgia" is neurosurgery', () => {
    const exam = 'Child 3 years, male. Hair tuft over the lumbar midline. Left achilles reflex absent.';
    it('"Referenced to Neurocirurgia Pediátrica" is the referral made', () =>
      assert.ok(!readNote(exam, 'Plan: - RMN lombo-sagrada without contrast', '- Referenced to Neurocirurgia Pediátrica').rules.includes('escalation-referral')));
    it('"Referral to Neurocirugía" is the referral made', () =>
      assert.ok(!readNote(exam, 'Plan: MRI lumbar spine. Referral to Neurocirugía.').rules.includes('escalation-referral')));
    it('"If abnormal, referral to Neurocirurgia" is only conditional', () =>
      assert.ok(readNote(exam, 'Plan: MRI lumbar spine. If abnormal, referral to Neurocirurgia.').rules.includes('escalation-referral')));
    it('a grandfather operated in neurocirurgia is no referral', () =>
      assert.ok(readNote(exam + ' Grandfather operated in neurocirurgia.', 'Plan: MRI lumbar spine.').rules.includes('escalation-referral')));
    it('"Referral to Urologia" is another specialty', () => assert.ok(readNote(exam, 'Plan: MRI lumbar spine. Referral to Urologia.').rules.includes('escalation-referral')));
  });

  describe('"drops of urine", "losses of urine" are new wetting', () => {
    it('"drops of urine in the underwear during the day" is a urologic symptom', () =>
      assert.ok(
        readNote(
          'Patient of 3 years, male. Since about 6 weeks drops of urine in the underwear during the day, before he was dry since 2 years.',
          'Observation: tuft of hair in the lumbar region, midline. Neuro normal.',
          'Plan: Ecografia of lumbar spine. Referral to Urologia.',
        ).rules.includes('escalation-referral'),
      ));
    it('"daytime losses of urine" is a urologic symptom', () =>
      assert.ok(
        readNote('Child 3 years. Hair tuft. For 1 month daytime losses of urine almost every day. Neuro normal.', 'Plan: MRI lumbar spine.').rules.includes('escalation-referral'),
      ));
    it('"no urinary losses, dry day and night" is none', () =>
      assert.ok(!readNote('Child 3 years. Hair tuft. No urinary losses, dry day and night. Neuro normal.', 'Plan: MRI lumbar spine.').rules.includes('escalation-referral')));
  });
});
