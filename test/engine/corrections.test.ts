/**
 * A note corrected after the fact (an addendum): a finding said to have been documented in error is
 * withdrawn wherever the note named it; a finding merely denied later is not.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const present = (id: string, ...lines: string[]) => readNote(...lines).facts.hits.some((h) => h.finding.id === id && h.present);

describe('findings withdrawn by a correction', () => {
  it('"fever was documented in error" withdraws the fever of the ROS', () => {
    const lines = [
      'Urgent care - 9 y F, low back pain x 10 days, no injury. ROS: + fever. Neuro normal. Order: XR L-spine.',
      '',
      'Addendum (next day): correction - "fever" was documented in error; afebrile at the visit.',
    ];
    assert.ok(!present('fever', ...lines));
    assert.equal(readNote(...lines).scenario, 'back-pain-no-red-flags');
  });
  for (const words of ['entered in error', 'charted in error', 'recorded by mistake'])
    it(`"night pain ${words}" withdraws it`, () => assert.ok(!present('night-pain', 'HPI: 12 yo, LBP 3 wk, night pain.', `Addendum: night pain ${words}.`)));
  it('a finding merely denied later stays as first told', () => {
    assert.ok(present('fever', 'HPI: 9 yo, LBP x 10 d, fever 39.', 'Addendum: no fever today.'));
  });
  it('an error about another finding withdraws only that one', () => {
    assert.ok(present('fever', 'HPI: 9 yo, LBP x 10 d, fever 39.', 'Addendum: hair tuft was documented in error.'));
  });
  it('an error told about something else in the clause is no withdrawal', () => {
    assert.ok(present('fever', 'HPI: 9 yo, LBP x 10 d, fever 39. No night pain; XR was ordered in error and cancelled.'));
  });
});

describe('text carried over from an earlier note', () => {
  const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
  const WCC = [
    'WCC 9 MONTHS',
    '** Copied forward from 2 mo visit - please update **',
    'A/P (2 mo): sacral dimple - will order US spine.',
    '** end copied text **',
    'Interval: US never done (family moved twice).',
    'Today: 9 mo F, thriving. Dimple: deep, ~5 mm, 2 cm above the gluteal cleft. No hair. Neuro: normal.',
  ];
  it('its plan is not today’s order', () => {
    assert.equal(
      orderOf(...WCC, 'A/P (today): atypical sacral dimple; the US window has passed at 9 months. MRI lumbar spine without and with contrast ordered (sedation).'),
      'mri-area-without-and-with',
    );
  });
  it('with no order today, the note orders nothing', () => {
    assert.equal(orderOf(...WCC, 'A/P (today): atypical sacral dimple; will discuss imaging at the next visit.'), 'none');
  });
  it('without a line closing it, the note is read as written', () => {
    assert.equal(orderOf('[Copied from visit 3 weeks ago]', 'Pt: 3 mo', 'Findings: hair tuft', 'Order: XR L-spine'), 'xr-area');
  });
  it('"copied from" inside a line opens nothing', () => {
    assert.equal(orderOf('Pt: 3 mo', 'Findings: hair tuft', 'Plan: copied from the PCP note: US spine'), 'us-area');
  });
  it('the acoustic window named is no prior ultrasound', () => {
    const r = readNote('Pt: 9 mo', 'HPI: deep dimple; the US window has passed at 9 months.', 'Order: MRI L-spine w/o');
    assert.deepEqual(r.facts.prior, []);
    assert.equal(readNote('Pt: 9 mo', 'HPI: deep dimple; US spine at 2 months normal, the US window has passed.', 'Order: MRI L-spine w/o').facts.prior[0]?.result, 'normal');
  });
});
