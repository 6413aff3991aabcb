/**
 * Review 13b of prior imaging results (radiographs and spinal ultrasound): a spine's shape called normal after
 * its name is normal; a variant word in a clause naming something else qualifies only that; a remark on what a
 * study usually shows beside a study done at an outside hospital leaves the study; a report read normal for what
 * healed goes on to tell what is new.
 */
import * as assert from 'node:assert/strict';
import { firstPriorOf, readNote } from '../helpers';

const priorOf = firstPriorOf;

describe('review 13b: prior radiograph and spinal ultrasound results', () => {
  const cases: [string, string[], string][] = [
    // 1. "kyphosis" and "wedging" called normal after the word are no abnormality.
    ['XR', ['Age: 12 years', 'History: back pain 8 weeks. Radiographs 2026-10-01: thoracic kyphosis normal.', 'Order: MRI thoracic spine without contrast'], 'normal'],
    ['XR', ['Age: 11 years', 'History: back pain 8 weeks. Radiographs last month: kyphosis within normal limits.', 'Order: MRI thoracic spine without contrast'], 'normal'],
    ['XR', ['Age: 11 years', 'History: back pain 8 weeks. Radiographs last month: kyphosis and lordosis are normal.', 'Order: MRI thoracic spine without contrast'], 'normal'],
    ['XR', ['Age: 11 years', 'History: back pain 8 weeks. Radiographs last month: kyphosis 35 degrees (normal).', 'Order: MRI thoracic spine without contrast'], 'normal'],
    [
      'XR',
      ['Age: 11 years', 'History: back pain 8 weeks. XR T-spine last month: mild anterior wedging within normal limits for age.', 'Order: MRI thoracic spine without contrast'],
      'normal',
    ],
    // ... but not one "otherwise normal", nor a reference range.
    [
      'XR',
      ['Age: 15 years', 'History: back pain 8 weeks. XR T-spine last month: kyphosis 65 degrees, otherwise normal.', 'Order: MRI thoracic spine without contrast'],
      'abnormal',
    ],
    [
      'XR',
      ['Age: 15 years', 'History: back pain 8 weeks. XR T-spine last month: kyphosis 65 degrees (normal up to 45).', 'Order: MRI thoracic spine without contrast'],
      'abnormal',
    ],
    [
      'XR',
      ['Age: 15 years', 'History: back pain 8 weeks. Radiographs last month: Scheuermann kyphosis, wedging of 3 vertebrae.', 'Order: MRI thoracic spine without contrast'],
      'abnormal',
    ],
    // 2. A variant word in a clause naming its own subject does not reach back to the finding before it.
    [
      'US',
      ['Age: 3 months', 'Findings: deep dimple', 'History: US spine 2026-10-01: lipoma of the filum, sacral dimple physiologic.', 'Order: MRI lumbar spine without contrast'],
      'abnormal',
    ],
    [
      'US',
      [
        'Age: 3 months',
        'Findings: deep dimple',
        'History: Spinal US 2026-10-01 showed a dermal sinus tract to the canal, coccygeal pit physiologic.',
        'Order: MRI lumbar spine without contrast',
      ],
      'abnormal',
    ],
    [
      'US',
      ['Age: 3 months', 'Findings: deep dimple', 'History: Spinal US 2026-10-01: fatty filum, likely a normal variant.', 'Order: MRI lumbar spine without contrast'],
      'normal',
    ],
    // 3. A general remark beside a study done elsewhere keeps the study.
    [
      'XR',
      ['Age: 12 years', 'History: back pain 8 weeks. OSH radiographs normal, though x-rays often miss early stress reactions.', 'Order: MRI lumbar spine without contrast'],
      'normal',
    ],
    // 4. What healed, then what is new.
    [
      'XR',
      ['Age: 12 years', 'History: back pain 8 weeks. Radiographs 2026-09: pars defect healed; new lucency of the right L4 pars.', 'Order: MRI lumbar spine without contrast'],
      'abnormal',
    ],
    ['XR', ['Age: 12 years', 'History: back pain 8 weeks. Radiographs 2026-09: pars defect healed; pain persists.', 'Order: MRI lumbar spine without contrast'], 'normal'],
    // 5. A study of the head or heart is no spine study, in any of its names.
    ['US', ['Age: 2 months', 'Findings: deep dimple', 'History: cranial sonography normal at birth.', 'Order: US lumbar spine'], 'none'],
    ['US', ['Age: 2 months', 'Findings: deep dimple', 'History: cardiac echography 2026-11-02 normal.', 'Order: US lumbar spine'], 'none'],
  ];
  for (const [modality, lines, want] of cases) {
    it(`${lines.join(' / ')} -> ${modality} ${want}`, () => {
      assert.equal(priorOf(modality, ...lines), want);
    });
  }
});

describe('review 13b: a study of the heart or head ordered is no spine order', () => {
  for (const order of ['echography of the heart', 'cardiac echography', 'cranial sonography']) {
    it(`Order: ${order} -> not-spine`, () => {
      assert.equal(readNote('Age: 2 months', 'Findings: deep dimple', `Order: ${order}`).facts.order?.reading.status, 'not-spine');
    });
  }
});
