/**
 * Review of r18g: a told red flag withdrawn by a denial that is not outright, a suspicion read after a colon that heads
 * a history, a referring side's suspicion it excludes itself, and "neonatal" ages told past a comma or a colon.
 */
import * as assert from 'node:assert/strict';
import { presentIn, readNote } from '../helpers';

const AGE = 'Age: 12 y';
const PLAN = 'Plan: MRI L-spine w/o';

describe('review fixes t-g', () => {
  describe('a denial that is not outright keeps the told finding (clarifiedAway)', () => {
    const kept: [string, string][] = [
      ['weakness', "HPI: LBP x 4 wk. Form: leg weakness ticked. re 'leg weakness' - not weak, but drags L foot"],
      ['weakness', 'Addendum: re weakness: no objective weakness on formal testing, subjective weakness L leg on stairs'],
      ['numbness', 'HPI: LBP 2 wk. Mom says numbness both feet. Re numbness: no numbness in hands, numbness in both feet persists'],
      ['weakness', 'HPI: LBP 2 wk. Re weakness - no weakness in the arms; legs give way on stairs, leg weakness 4/5'],
      ['fever', 'HPI: back pain 3 wk. Parent form fever yes. Re fever: no fever at home, but 38.6 in clinic today'],
      ['night-pain', 'HPI: back pain 3 wk, night pain per mom. Re night pain: no night pain this week, woke 3 nights last week'],
      ['weakness', 'HPI: LBP 3 wk, leg weakness per school nurse. Re weakness: pt denies weakness but mom and teacher see him trip and drag the R leg'],
      ['incontinence', 'HPI: LBP 6 wk. Form: bladder incontinence yes. Re incontinence: no incontinence during the day, wets the bed most nights since the pain began'],
      ['weight-loss', 'HPI: LBP 6 wk, weight loss 4 kg. Re weight loss: no weight loss per clinic scale vs 2 wk ago, but down 4 kg since summer'],
      ['weakness', 'HPI: back pain 2 wk. Triage: leg weakness. Re leg weakness: no weakness when walking, weakness climbing stairs'],
      ['numbness', 'HPI: back pain 2 wk. Form: numbness yes. Re numbness: no numbness anymore, had numbness of both legs for 2 days last week'],
      ['weakness', 'HPI: back pain 2 wk, leg weakness per mom. Re leg weakness: on exam no weakness, power 5/5'],
    ];
    for (const [id, line] of kept) it(`keeps ${id}: ${JSON.stringify(line.slice(0, 70))}`, () => assert.ok(presentIn(id, AGE, line, PLAN)));

    it('still withdraws an outright clarification', () =>
      assert.ok(
        !presentIn(
          'weakness',
          AGE,
          'Intake: Back pain? YES. Leg weakness? YES',
          'Addendum (MD): re "leg weakness" - mom means her legs feel tired. No actual weakness: strength 5/5 bilat',
          PLAN,
        ),
      ));
  });

  describe('a colon that heads a history after a worry cue', () => {
    it('reads a cancer history, not a suspicion: "Concerning past history: leukaemia age 3, in remission"', () => {
      const r = readNote(AGE, 'HPI: back pain 4 wk. Concerning past history: leukaemia age 3, in remission', PLAN);
      assert.ok(!r.facts.hits.some((h) => h.finding.id === 'suspected-infection-tumor' && h.present));
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
    it('still reads "Worried about something serious: lymphoma" as suspected', () =>
      assert.equal(readNote(AGE, 'HPI: back pain 4 wk. Worried about something serious: lymphoma/leukaemia', PLAN).scenario, 'back-pain-infection-tumor'));
  });

  describe('a referring side that excludes its own suspicion', () => {
    const excluded = [
      'Referring ED: ?discitis - afebrile, CRP 2, discitis unlikely',
      'Referring ED: osteomyelitis considered but unlikely, afebrile, normal CRP',
      'Referring ED: excluded osteomyelitis (MRI normal), sent for pain',
      'Referring ED: query discitis - MRI done there: normal, no discitis',
    ];
    for (const line of excluded)
      it(`reads no suspicion in ${JSON.stringify(line)}`, () =>
        assert.equal(readNote(AGE, 'HPI: LBP 4 wk, afebrile, no night pain.', line, PLAN).scenario, 'back-pain-no-red-flags'));
    it('still reads "Referring ED: ?discitis / vertebral osteomyelitis. Blood cx drawn."', () =>
      assert.equal(
        readNote(AGE, 'HPI: LBP 4 wk, afebrile, no night pain.', 'Referring ED: ?discitis / vertebral osteomyelitis. Blood cx drawn.', PLAN).scenario,
        'back-pain-infection-tumor',
      ));
  });

  describe('"neonatal" told of the child past a comma or a colon', () => {
    for (const line of ['HPI: Neonatal, male, deep sacral dimple', 'HPI: Neonatal: term male, sacral dimple'])
      it(`reads a newborn in ${JSON.stringify(line)}`, () => assert.equal(readNote(line, 'Plan: US spine').facts.age?.months, 0));
    for (const line of ['HPI: Neonatal: jaundice, phototherapy. Now sacral dimple', 'HPI: neonatal f/u, sacral dimple', 'HPI: NEONATAL TRANSPORT team, sacral dimple'])
      it(`reads no age in ${JSON.stringify(line)}`, () => assert.equal(readNote(line, 'Plan: US spine').facts.age, undefined));
  });
});
