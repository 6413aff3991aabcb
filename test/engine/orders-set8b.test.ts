/**
 * Orders told as clinicians write them beyond the US template, and studies named where none is ordered:
 * "Advised X-ray LS spine" (South Asia), an order put off or left to another team, "we have not ordered it",
 * "no study ordered today", a device that is "MRI-safe", and an order set's pick-list prompt and help text.
 */
import * as assert from 'node:assert/strict';
import { blankPlaceholders } from '../../server/src/notes/placeholders';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';

describe('"Advised <study>" orders the study named right after it', () => {
  it('orders it in prose and under a key', () => {
    assert.equal(orderOf('9 yr old boy fell from rooftop, landed on his back. Tenderness at L1-L2.', 'Advised X-ray DL spine AP/Lat. Analgesia.'), 'xr-area');
    assert.equal(orderOf('HPI: 12 y, fell from roof, tenderness L1.', 'Advised X-ray LS spine AP and lateral.'), 'xr-area');
    assert.equal(orderOf('HPI: 14 y, LBP 8 wk, night pain.', 'Findings: tender L4. Adv MRI L-spine w/o contrast.'), 'mri-area-without');
  });
  it('not advice about something else, a study declined, or one only conditioned', () => {
    assert.equal(orderOf('12 yr old boy with back pain after football, no tenderness.', 'Advised rest and analgesia. Review in 2 weeks.'), 'none');
    assert.equal(orderOf('12 yr old boy with back pain 1 wk, no red flags.', 'Advised mother that X-ray spine is not needed.'), 'none');
    assert.equal(orderOf('12 yr old boy with back pain 1 wk, no red flags.', 'Advised X-ray LS spine if pain persists beyond 4 weeks.'), 'none');
  });
});

describe('an order put off to later or left to another team is no order of this note', () => {
  it('"will order then", "will be ordered by the surgical team"', () => {
    assert.equal(
      orderOf(
        'HPI: 15 y F, 6/52 s/p posterior spinal fusion. No back pain.',
        'Plan: no imaging needed today. Next upright films at 3 months post-op (will order then). Return to PE at 6 mo.',
      ),
      'none',
    );
    assert.equal(
      orderOf(
        'NICU H&P. Baby girl, 6 hours old, imperforate anus. Back: no sacral dimple.',
        'VACTERL screen: echo and renal US today; spinal US will be ordered by the surgical team after the colostomy.',
      ),
      'none',
    );
    assert.equal(orderOf('HPI: 2 mo, hair tuft at L5.', 'Plan: US spine to be arranged by neurosurgery at their visit.'), 'none');
  });
  it('near misses: an order now, and "ordered by" a team told as done or at their request', () => {
    assert.equal(orderOf('HPI: 2 mo, hair tuft at L5.', 'Plan: US lumbar spine ordered today; will review the results then.'), 'us-area');
    assert.equal(orderOf('HPI: 2 mo, hair tuft at L5.', 'Plan: will order US spine today.'), 'us-area');
  });
});

describe('a study the writer says was not ordered', () => {
  it('"suggest MRI L-spine; we have not ordered it", "no study ordered today"', () => {
    assert.equal(
      orderOf('HPI: 20 mo, hairy patch over the lumbar midline.', 'Plan: no ortho imaging. Letter back to PCP re hairy patch - suggest MRI L-spine; we have not ordered it.'),
      'none',
    );
    assert.equal(
      orderOf(
        'HPI: infant, hairy patch lower back. Birth-hospital records requested - parents think a spinal US may have been done there.',
        'Plan: will choose between US and MRI once those are reviewed; no study ordered today.',
      ),
      'none',
    );
  });
  it('near misses: a study ordered, and a sentence that declines something else', () => {
    assert.equal(orderOf('HPI: 20 mo, hairy patch over the lumbar midline.', 'Plan: MRI L-spine w/o ordered; PT not ordered.'), 'mri-area-without');
    assert.equal(orderOf('HPI: 20 mo, hairy patch over the lumbar midline.', 'Plan: MRI L-spine w/o; sedation not requested.'), 'mri-area-without');
  });
});

describe('"MRI-safe", "MR-conditional" tell a device, not a study', () => {
  it('the plan item is the order, not the restraints requested', () => {
    assert.equal(
      orderOf(
        'S: 17 y M, low back pain, night sweats, fever.',
        'P:',
        '1. CXR, ESR/CRP, CBC.',
        '2. MRI whole spine without and with contrast - offsite; restraints per policy, MRI-safe restraints requested from transport.',
        '3. ID consult (telephone today).',
      ),
      'mri-complete-without-and-with',
    );
    assert.equal(orderOf('HPI: 15 y, LBP.', 'Nursing: MR-conditional pump requested from pharmacy.'), 'none');
  });
  it('near misses: a study after a hyphen stays one', () => {
    assert.equal(orderOf('HPI: 15 y, LBP 8 wk, night pain.', 'Plan: MRI-L spine w/o requested.'), 'mri-area-without');
  });
});

describe("an order set's pick-list prompt and help text are blank", () => {
  it('blanks "-- select --", "<choose one>" and "(guidance: …)" keeping offsets', () => {
    const text = 'Study: -- select --   (guidance: US spine if 6 mo or younger; MRI L-spine w/o if older)';
    const blank = blankPlaceholders(text);
    assert.equal(blank.length, text.length);
    assert.equal(blank.trim(), 'Study:');
    assert.equal(blankPlaceholders('Study: <Choose one>').trim(), 'Study:');
  });
  it('the guidance names no order', () => {
    assert.equal(orderOf('Age: 2 mo', 'Marker: hemangioma, midline at S2', 'Study: -- select --   (guidance: US spine if 6 mo or younger; MRI L-spine w/o if older)'), 'none');
  });
  it('near misses: a chosen study, words like "selected" in a value, and a bracket that is no help text', () => {
    assert.equal(orderOf('Age: 2 mo', 'Marker: hemangioma at S2', 'Study: US spine (selected per guidance)'), 'us-area');
    assert.equal(blankPlaceholders('Order: MRI L-spine w/o (pick up films from OSH)'), 'Order: MRI L-spine w/o (pick up films from OSH)');
    assert.equal(blankPlaceholders('Plan: selected patients -- see note'), 'Plan: selected patients -- see note');
  });
});
