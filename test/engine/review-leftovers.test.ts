/** Reading defects an independent reviewer left open: each case below read wrongly before its fix, and each near miss must not change. */
import * as assert from 'node:assert/strict';
import { unknownKeyReading } from '../../server/src/clinical/unknown-keys';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';
import { clearCorrection } from '../../server/src/notes/keys';
import { lint, note, readNote } from '../helpers';

/** The procedure the note orders, or 'none'. */
function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

/** The unknown-key messages of a note. */
function unknownKeys(...lines: string[]): string[] {
  return lint(note(...lines))
    .findings.filter((f) => f.ruleId === 'unknown-key')
    .map((f) => f.message);
}

describe('review leftovers', () => {
  describe('1. a clearly misspelt key is read as the key it misspells', () => {
    const S1 = ['Age: 3 months', 'Findings: hair tuft over the sacrum'];
    it('"Ordr:" is the order: an infant radiograph is flagged', () => {
      const r = readNote(...S1, 'Ordr: XR L-spine');
      assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
      assert.ok(r.rules.includes('inappropriate-initial-study') && !r.rules.includes('missing-order'), r.rules.join());
    });
    it('"Ordre:" (a tie between two spellings of one key) is the order', () => assert.equal(orderOf(...S1, 'Ordre: US lumbar spine'), 'us-area'));
    it('"Findngs:" holds the findings: the marker makes it S1', () => {
      const r = readNote('Age: 3 months', 'Findngs: hair tuft over the sacrum', 'Order: XR L-spine');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
    });
    it('"Nuero:" is the neurologic exam', () =>
      assert.equal(readNote('Age: 14 years', 'HPI: back pain 3 wk', 'Nuero: L leg weakness', 'Order: MRI L-spine w/o').facts.neuro.state, 'abnormal'));
    it('"Patiant:" gives the age', () => assert.equal(readNote('Patiant: 3 mo boy', 'Findings: hair tuft', 'Order: XR L-spine').facts.age?.months, 3));
    it('"Indicaton:" is the indication and "Priorty:" the priority', () => {
      const r = readNote('Age: 3 months', 'Priorty: urgent', 'Indicaton: hair tuft over the sacrum', 'Order: XR L-spine');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present && h.field.key?.name === 'Indication'));
      assert.equal(r.scenario, 's1-cutaneous-marker');
    });
    it('"Age at dischrge:" is a past age, so a current one wins over it', () =>
      assert.equal(readNote('Age at dischrge: 2 weeks', 'Current age: 3 months', 'Findings: hair tuft', 'Order: US spine').facts.age?.months, 3));
    it('unknown-key still reports the spelling, says how it is read, and its fix corrects it', () => {
      const f = lint(note(...S1, 'Ordr: XR L-spine')).findings.find((x) => x.ruleId === 'unknown-key')!;
      assert.match(f.message, /"Ordr" is read as "Order"/);
      assert.deepEqual([f.fixes[0].title, f.fixes[0].kind], ['Replace with "Order"', 'fix']);
    });
    it('a tie between spellings of one key is one correction; between keys it is none', () => {
      assert.equal(clearCorrection('Ordre'), 'Order');
      assert.equal(clearCorrection('Sx'), undefined);
    });

    describe('near misses: real clinical keys stay unread', () => {
      it('"Requester: Dr X" + "Request: MRI": the Request line is the order, Requester is no second one', () => {
        const lines = ['Age: 14 years', 'HPI: back pain 3 wk, fever', 'Requester: Dr X', 'Request: MRI L-spine w/o'];
        assert.equal(orderOf(...lines), 'mri-area-without');
        assert.ok(!readNote(...lines).rules.includes('duplicate-key'));
        assert.match(unknownKeys(...lines)[0], /"Requester" is not read/);
      });
      it('"Requester: Dr X" alone is no order', () => assert.equal(orderOf('Age: 14 years', 'HPI: back pain 3 wk', 'Requester: MRI L-spine w/o'), 'none'));
      it('"Wt: 6 kg" is no Patient line', () => {
        const r = readNote('Wt: 6 kg', 'Findings: hair tuft', 'Order: US spine');
        assert.equal(r.facts.age, undefined);
        assert.ok(r.rules.includes('missing-age'), r.rules.join());
      });
      it('"DOL: 3" beside an age line is no date of birth', () => {
        const r = readNote('Age: 3 days', 'DOL: 3', 'Findings: hair tuft', 'Order: US spine');
        assert.ok(Math.abs(r.facts.age!.months - 3 / 30.4375) < 0.01);
        assert.deepEqual(r.facts.ageProblems, []);
      });
      it('"GA: 38 wk" is no Indication (its weeks no age)', () => {
        const r = readNote('GA: 38 wk', 'Findings: hair tuft', 'Order: US spine');
        assert.equal(r.facts.age, undefined);
      });
      it('"Ordering provider: Dr X" and "Order set: spine" are no order', () => {
        assert.equal(orderOf('Age: 14 years', 'HPI: back pain 3 wk', 'Ordering provider: Dr X', 'Order set: spine'), 'none');
        assert.equal(orderOf('Age: 14 years', 'HPI: back pain 3 wk', 'Ordering provider: Dr X', 'Order set: spine', 'Order: MRI L-spine w/o'), 'mri-area-without');
        assert.equal(unknownKeys('Age: 14 years', 'Order set: spine', 'Order: MRI L-spine w/o').length, 1);
      });
      it('a misspelt key is never a second line of a key the note has ("Order: US spine" + "Ordre: XR L-spine")', () => {
        assert.equal(orderOf(...S1, 'Order: US spine', 'Ordre: XR L-spine'), 'us-area');
        assert.match(unknownKeys(...S1, 'Order: US spine', 'Ordre: XR L-spine')[0], /"Ordre" is not read/);
      });
      it('a word one letter from a key is no misspelling of it ("Other:", "Border:", "Data:", "Simple:", "Older:")', () => {
        assert.equal(orderOf('Age: 14 years', 'HPI: back pain 3 wk', 'Other: XR L-spine 2024 normal'), 'none');
        assert.equal(readNote('DOB: 2026-08-20', 'Data: see scan', 'Findings: hair tuft', 'Order: US spine').facts.ageProblems.length, 0);
      });
      const REAL = [
        'Wt',
        'BP',
        'HR',
        'VS',
        'DOL',
        'Temp',
        'Ht',
        'OFC',
        'RR',
        'Sat',
        'Sats',
        'GA',
        'Tmax',
        'Requester',
        'Requestor',
        'Requested by',
        'Sender',
        'Attending',
        'Resident',
        'Signed',
        'Allergies',
        'Meds',
        'Ordering provider',
        'Order set',
        'Patient name',
        'Pt name',
        'Procedures',
        'Referred',
        'Sensation',
        'Induction',
        'Plain',
        'B symptoms',
        'Mother',
        'Radiology',
      ];
      for (const k of REAL) it(`"${k}:" is never read as a misspelt key`, () => assert.ok(!unknownKeyReading(k)?.misspelt, JSON.stringify(unknownKeyReading(k))));
    });

    it('the list of real keys is data, checked at load: a spelling that is already a key is refused there', () => {
      const v = structuredClone(readingVocabulary());
      assert.ok(readingVocabularySchema().safeParse(v).success);
      v.unknownKeys.readAs.ROS = ['Review of systems'];
      assert.ok(!readingVocabularySchema().safeParse(v).success);
      const w = structuredClone(readingVocabulary());
      w.unknownKeys.notMisspellings.push('Labs');
      assert.ok(!readingVocabularySchema().safeParse(w).success);
    });
  });
  describe('2. skin markers under "Red flags:" with a yes/no answer', () => {
    /** How a finding is read in these lines: present, absent (negated) or unread. */
    const stateOf = (id: string, ...lines: string[]) => {
      const hits = readNote(...lines).facts.hits.filter((h) => h.finding.id === id);
      return hits.some((h) => h.present) ? 'present' : hits.some((h) => h.negated) ? 'absent' : hits.length ? 'unasserted' : 'unread';
    };
    const infant = (redFlags: string) => ['Age: 3 months', `Red flags: ${redFlags}`, 'Order: XR L-spine'];
    it('"hair tuft - Y" under Red flags is a marker: an infant radiograph is flagged', () => {
      const r = readNote(...infant('fever - N, hair tuft - Y, night pain - N'));
      assert.equal(stateOf('hair-tuft', ...infant('fever - N, hair tuft - Y, night pain - N')), 'present');
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      assert.deepEqual(r.facts.listedRedFlags, []);
    });
    it('"sacral dimple: yes; weight loss: no": the dimple is present, the weight loss absent', () => {
      const lines = infant('sacral dimple: yes; weight loss: no');
      assert.equal(stateOf('sacral-dimple', ...lines), 'present');
      assert.equal(stateOf('weight-loss', ...lines), 'absent');
      assert.equal(readNote(...lines).scenario, 's1-cutaneous-marker');
    });
    it('a "Y" answer keeps its item out of an earlier denial ("no fever, hair tuft - Y")', () =>
      assert.equal(stateOf('hair-tuft', ...infant('no fever, hair tuft - Y')), 'present'));
    it('a marker listed plainly under Red flags is a marker, not an unknown red flag', () => {
      const r = readNote(...infant('hair tuft'));
      assert.equal(r.scenario, 's1-cutaneous-marker');
      assert.deepEqual(r.facts.listedRedFlags, []);
    });
    it('an unknown item answered no is no red flag: the marker elsewhere keeps the note in S1', () => {
      for (const rf of ['fever - N, lethargy - N', 'lethargy: no', 'lethargy (-)', 'N']) {
        const r = readNote('Age: 3 months', 'Findings: hair tuft', `Red flags: ${rf}`, 'Order: XR L-spine');
        assert.equal(r.scenario, 's1-cutaneous-marker', rf);
        assert.ok(r.rules.includes('inappropriate-initial-study'), rf);
      }
    });
    it('an unknown item that opens on a negation is a red flag said in the negative ("not walking", "no longer walking"), so "no lethargy" counts too (the protective side)', () => {
      for (const rf of ['not walking', 'no longer walking', 'non-mechanical pain', 'no relief with rest', 'no lethargy'])
        assert.equal(readNote('Age: 14 years', 'HPI: low back pain 3 wk', `Red flags: ${rf}`, 'Order: MRI L-spine w/o').scenario, 'back-pain-red-flags', rf);
    });
    it('an unknown item answered yes is a red flag still ("lethargy - Y")', () =>
      assert.equal(readNote('Age: 3 months', 'Findings: hair tuft', 'Red flags: lethargy - Y', 'Order: XR L-spine').facts.listedRedFlags.length, 1));
    it('the same answers read in any value ("ROS: fever - N, night sweats - N, weight loss: N")', () => {
      const lines = ['Age: 10 years', 'HPI: back pain 3 wk', 'ROS: fever - N, night sweats - N, weight loss: N, night pain x 2 wk', 'Order: XR L-spine'];
      for (const id of ['fever', 'night-sweats', 'weight-loss']) assert.equal(stateOf(id, ...lines), 'absent', id);
      assert.equal(stateOf('night-pain', ...lines), 'present');
    });

    describe('near misses: a marker answered no is never present', () => {
      const ANSWERS = [
        'hair tuft - N',
        'hair tuft: no',
        'hair tuft: N',
        'hair tuft: neg',
        'hair tuft (-)',
        'hair tuft - absent',
        'hair tuft (N)',
        'hair tuft-N',
        'hair tuft = N',
        'no hair tuft',
      ];
      for (const a of ANSWERS)
        it(`"Red flags: fever - N, ${a}, night pain - Y"`, () => {
          const lines = infant(`fever - N, ${a}, night pain - Y`);
          assert.equal(stateOf('hair-tuft', ...lines), 'absent');
          assert.notEqual(readNote(...lines).scenario, 's1-cutaneous-marker');
        });
      it('"N" is no answer where it is not one: "N/A", "n=3", "3 y"', () => {
        assert.equal(stateOf('sacral-dimple', 'Age: 3 months', 'Findings: dimple - N/A, hair tuft', 'Order: XR L-spine'), 'present');
        assert.equal(stateOf('fever', 'Age: 10 years', 'HPI: back pain 3 wk, fever, n=3 episodes', 'Order: XR L-spine'), 'present');
        assert.equal(readNote('Patient: 3 y F', 'HPI: back pain 3 wk', 'Order: XR L-spine').facts.age?.months, 36);
      });
    });
  });
  describe('3. a study ending a line before its report on the next line is no order', () => {
    const priorOf = (...lines: string[]) => readNote(...lines).facts.prior.map((p) => `${p.modality}:${p.result}`);
    it('"… XR L-spine\\nNo fracture seen." closing a narrative is no order', () =>
      assert.equal(orderOf('12 yo fell off trampoline 2 d ago, back pain. XR L-spine', 'No fracture seen.', 'Neuro intact.'), 'none'));
    it('"… MRI L-spine.\\nUnremarkable." is no order, and a later study is', () => {
      assert.equal(orderOf('10 yo with back pain 6 wk and night pain. MRI L-spine.', 'Unremarkable.'), 'none');
      assert.equal(orderOf('10 yo with back pain 6 wk and night pain. MRI L-spine.', 'Unremarkable.', 'XR L-spine today.'), 'xr-area');
    });
    it('"… XR L-spine\\nResult: no fracture." (a report\'s heading) is no order', () =>
      assert.equal(orderOf('12 yo fell off trampoline 2 d ago, back pain. XR L-spine', 'Result: no fracture.'), 'none'));
    it('"Investigations: XR L-spine\\nNormal." is no order', () =>
      assert.equal(orderOf('Age: 10 years', 'HPI: LBP 6 wk, night pain', 'Investigations: XR L-spine', 'Normal.'), 'none'));
    it('"Prior: XR L-spine.\\nNormal, no fracture." is a normal prior radiograph', () => {
      const lines = ['Age: 10 years', 'HPI: back pain 6 wk, night pain', 'Prior: XR L-spine.', 'Normal, no fracture.', 'Order: MRI L-spine w/o'];
      assert.deepEqual(priorOf(...lines), ['XR:normal']);
      assert.equal(readNote(...lines).scenario, 'back-pain-red-flags-negative-radiographs');
      assert.equal(orderOf(...lines), 'mri-area-without');
    });
    it('"Had XR L-spine.\\nNo abnormality." in prose is a normal prior radiograph, and the order is the one written later', () => {
      const lines = ['10 yo with back pain 6 wk and night pain. Had XR L-spine.', 'No abnormality.', 'Will get MRI L-spine w/o.'];
      assert.deepEqual(priorOf(...lines), ['XR:normal']);
      assert.equal(orderOf(...lines), 'mri-area-without');
    });

    describe('near misses: a real order on its last line stays the order', () => {
      const HISTORY = '10 yo back pain 6 wk with night pain, neuro intact.';
      it('"Plan:\\nMRI L-spine w/o" (nothing after it)', () =>
        assert.equal(orderOf('Age: 10 years', 'HPI: back pain 6 wk, night pain', 'Plan:', 'MRI L-spine w/o'), 'mri-area-without'));
      const NEXT = [
        'Neuro: normal',
        'Back: normal',
        'Nuero: normal',
        'Normal neuro exam.',
        'Gait normal.',
        'If abnormal, refer to NSGY.',
        'Family aware and agrees.',
        '# checked with radiology: normal slot',
      ];
      for (const next of NEXT) it(`"MRI L-spine w/o\\n${next}"`, () => assert.equal(orderOf(HISTORY, 'MRI L-spine w/o', next), 'mri-area-without'));
      it('within a line too: "MRI L-spine w/o. If abnormal, refer to NSGY." and "… Normal neuro exam."', () => {
        assert.equal(orderOf('10 yo back pain 6 wk with night pain. MRI L-spine w/o. If abnormal, refer to NSGY.'), 'mri-area-without');
        assert.equal(orderOf('10 yo back pain 6 wk with night pain. MRI L-spine w/o. Normal neuro exam.'), 'mri-area-without');
      });
      it('a study reported within its line is still no order ("XR L-spine. Normal.")', () =>
        assert.equal(orderOf('10 yo back pain 6 wk with night pain. XR L-spine. Normal.'), 'none'));
      it('a next line naming another study is no report of this one', () =>
        assert.equal(orderOf('3 mo boy with a deep sacral dimple.', 'US lumbar spine', 'Normal US at birth elsewhere.'), 'us-area'));
    });
  });
  describe('4. "B symptoms:" and similar oncology keys are read as red flags', () => {
    const PAIN = ['Age: 14 years', 'HPI: back pain 3 wk'];
    const presentIds = (...lines: string[]) =>
      readNote(...lines)
        .facts.hits.filter((h) => h.present && h.finding.category === 'systemic-red-flag')
        .map((h) => h.finding.id)
        .sort();
    it('"B symptoms: fevers, night sweats, 3 kg weight loss": three red flags, and no unknown key', () => {
      const lines = [...PAIN, 'B symptoms: fevers, night sweats, 3 kg weight loss', 'Order: MRI L-spine w/o'];
      assert.deepEqual(presentIds(...lines), ['fever', 'night-sweats', 'weight-loss']);
      const r = readNote(...lines);
      assert.equal(r.scenario, 'back-pain-red-flags');
      assert.ok(!r.rules.includes('unknown-key') && !r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
    it('"B symptoms: night sweats only": night sweats, nothing else, and "only" is no red flag of its own', () => {
      const r = readNote(...PAIN, 'B symptoms: night sweats only', 'Order: XR L-spine');
      assert.deepEqual(presentIds(...PAIN, 'B symptoms: night sweats only', 'Order: XR L-spine'), ['night-sweats']);
      assert.deepEqual(r.facts.listedRedFlags, []);
    });
    for (const value of ['none', 'neg', 'negative', 'denies', 'N', 'absent'])
      it(`"B symptoms: ${value}" / "B sx: ${value}": fever, night sweats and weight loss all absent`, () => {
        for (const key of ['B symptoms', 'B sx']) {
          const lines = [...PAIN, `${key}: ${value}`, 'Order: XR L-spine'];
          const r = readNote(...lines);
          assert.deepEqual(presentIds(...lines), [], key);
          assert.deepEqual(r.facts.listedRedFlags, [], key);
          assert.equal(r.scenario, 'back-pain-no-red-flags', key);
          assert.ok(!r.rules.includes('unknown-key'), r.rules.join());
        }
      });
    it('"B symptoms: present" (or "yes") says they are: a red flag, even beside "Red flags: none"', () => {
      assert.equal(readNote(...PAIN, 'B symptoms: present', 'Order: XR L-spine').scenario, 'back-pain-red-flags');
      assert.equal(readNote(...PAIN, 'Red flags: none', 'B symptoms: yes', 'Order: XR L-spine').scenario, 'back-pain-red-flags');
    });
    it('"B sx: fever - N, night sweats - Y, wt loss - N": the answers are read', () =>
      assert.deepEqual(presentIds(...PAIN, 'B sx: fever - N, night sweats - Y, wt loss - N', 'Order: XR L-spine'), ['night-sweats']));
    it('"Constitutional:" is read as a review of systems, its exam words no red flags', () => {
      const r = readNote(...PAIN, 'Constitutional: well', 'Order: XR L-spine');
      assert.equal(r.scenario, 'back-pain-no-red-flags');
      assert.deepEqual(presentIds(...PAIN, 'Constitutional: fevers', 'Order: XR L-spine'), ['fever']);
      assert.deepEqual(readNote(...PAIN, 'Constitutional: active', 'Order: XR L-spine').facts.listedRedFlags, []);
    });
    it('in an oncology note, "r/o vertebral involvement" suspects a tumor; "no vertebral involvement" does not', () => {
      const onc = (line: string) =>
        readNote(
          'Oncology - 16 y/o M with Hodgkin lymphoma, staging in progress.',
          'B symptoms: night sweats, 6 kg weight loss. New thoracolumbar back pain.',
          line,
          'Order: MRI lumbar spine with contrast',
        ).scenario;
      assert.equal(onc('r/o vertebral involvement.'), 'back-pain-infection-tumor');
      assert.equal(onc('Prior MRI: no vertebral involvement.'), 'back-pain-red-flags');
    });
    it('near miss: "B symptoms" is never read as "Symptoms" (a misspelling), nor a "Symptoms" line as B symptoms', () => {
      assert.equal(unknownKeyReading('B symptoms')?.key.name, 'Red flags');
      assert.equal(unknownKeyReading('B symptoms')?.misspelt, false);
      assert.deepEqual(presentIds(...PAIN, 'Symptoms: none', 'Order: XR L-spine'), []);
    });
  });
});
