/**
 * Ages, orders and red-flag words the reader missed in free text (dev notes of set 4 and the ways
 * clinicians write the same things): ages on a line of their own, in an A/P or a family history, told
 * of the sentence's subject, in brackets after a name, as a day of life; a closing study on the note's
 * last line, a study done together with another, a sentence of any key that opens on an order verb,
 * "going straight to MRI"; night pain written "nocturnal", contracted negations ("doesn't", "hasn't"),
 * a back "still hurting". Each positive case was missed before; each near-miss must keep its reading.
 */
import * as assert from 'node:assert/strict';
import { loadAgeVocabulary } from '../../server/src/clinical/age-fact';
import { ageOf, DAY, near, presentIn, readNote, WEEK } from '../helpers';

function ages(cases: [string, number | undefined][]): void {
  for (const [text, months] of cases)
    it(`${JSON.stringify(text)} -> ${months === undefined ? 'no age' : months.toFixed(2)}`, () => {
      const lines = text.split('\n');
      if (months === undefined) assert.equal(ageOf(...lines), undefined, text);
      else near(ageOf(...lines), months, text);
    });
}

/** The procedure the note orders, or 'none'. */
function orderOf(...lines: string[]): string {
  const o = readNote(...lines).facts.order;
  return o ? (o.reading.procedure?.id ?? `(${o.reading.status})`) : 'none';
}

function orders(cases: [string, string][]): void {
  for (const [text, id] of cases) it(`${JSON.stringify(text)} -> ${id}`, () => assert.equal(orderOf(...text.split('\n')), id, text));
}

describe('ages, orders and red-flag words in free text', () => {
  describe('A. ages', () => {
    describe('a line of one or two words that no prose holds', () => {
      ages([
        ['5/12 M\nsacral dimple, ?depth\nno tuft\nneuro NAD\nUS LS spine pls', 5],
        ['3 mo F\nDeep dimple above the cleft.\nUS spine.', 3],
        ['11mo\nhair tuft over L5, neuro nl\nMRI L-spine w/o', 11],
        ['Newborn\ndeep sacral dimple, base not seen\nUS spine', 0],
        // A duration, a date or a follow-up interval on its own line is no age.
        ['Deep dimple above the cleft.\nx 3 wk\nUS spine.', undefined],
        ['Deep dimple above the cleft.\nSeen 3/12\nUS spine.', undefined],
        ['Deep dimple above the cleft.\nF/u 6 wk\nUS spine.', undefined],
        ['Deep dimple above the cleft.\n6/52\nUS spine.', undefined],
        // Later in the note, a number and unit alone may be how long something has lasted.
        ['Sacral dimple\n6 months\nUS spine', undefined],
        // A line under a key with no value of its own is that key's.
        ['FHx:\n3 yo\nDeep dimple above the cleft. US spine.', undefined],
      ]);
      it('a line of two words tells findings too: an infant XR with a hair tuft is flagged', () => {
        const r = readNote('3 mo F', 'hair tuft', 'XR L-spine');
        assert.equal(r.scenario, 's1-cutaneous-marker');
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      });
      it('a short line answered yes or no ("Fever N", "Tuft Y") is left to the answers\' reader: no fever that would hide the XR warning', () => {
        const r = readNote('3 mo F', 'hair tuft', 'Fever N', 'XR L-spine');
        assert.ok(!r.facts.hits.some((h) => h.present && h.finding.id === 'fever'));
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
      });
      it('"no dimple" on its own line denies it', () =>
        assert.ok(!readNote('4 mo M', 'no dimple', 'US spine').facts.hits.some((h) => h.present && h.finding.id === 'sacral-dimple')));
      it('"Findings:" then "hair tuft" on the next line is the patient\'s', () =>
        assert.ok(readNote('Age: 3 mo', 'Findings:', 'hair tuft', 'Order: XR L-spine').facts.hits.some((h) => h.present && h.finding.id === 'hair-tuft')));
      for (const key of ['FHx:', 'Family history:', 'Mother:', 'Prior imaging:'])
        it(`"${key}" then "sacral dimple" on the next line is not the patient's`, () =>
          assert.ok(!readNote('Age: 3 mo', key, 'sacral dimple', 'Order: XR L-spine').facts.hits.some((h) => h.present && h.finding.id === 'sacral-dimple')));
    });

    describe('a Plan or family-history value that opens a sentence on the age', () => {
      ages([
        ['A/P: 12 yo M w/ 10 days of low back ache, exam benign, neuro intact. Will get scoliosis series.', 144],
        ['Plan: 3 mo F with deep dimple - US spine', 3],
        ['Family hx: mother has spina bifida occulta. Baby is 6 wk old, skin over the spine intact, no dimple or tuft. Order US spine.', 6 * WEEK],
        // Not the patient's, or not an age told plainly at the start of a sentence.
        ['Plan: repeat US in 6 wk. Findings: deep dimple.', undefined],
        ['Plan: MRI L-spine when 6 months old. Findings: deep dimple.', undefined],
        ['Plan: US spine. Recheck at 12 mo of age. Findings: deep dimple.', undefined],
        ['FHx: brother 4 yo with tethered cord. Findings: deep dimple.', undefined],
        ['FHx: 4 yo sibling had a tethered cord release. Findings: deep dimple.', undefined],
        ['FHx: mom had a tethered cord released at 2 yo. Findings: deep dimple.', undefined],
        ['FHx: Mom is 32 yo. Findings: deep dimple.', undefined],
        ['FHx: older sister (12 yo) has scoliosis. Findings: deep dimple.', undefined],
      ]);
      it('an age in a Plan loses to the Age key', () => near(ageOf('Age: 4 months', 'Plan: 3 mo F with deep dimple - US spine'), 4, 'Age key'));
    });

    describe('the sex written after the age in a one-liner', () => {
      ages([
        ['Protocol note: MRI L-spine w/o contrast requested for 17 y 11 m M with 3 weeks of low back pain radiating down the right leg.', 215],
        ['Consult requested for 9 mo F with a hairy patch over the sacrum. MRI L-spine w/o.', 9],
        // A duration stays one: no sex letter, a follow-up, or the letter ending the sentence.
        ['Deep dimple, for 3 mo M. Order: US spine', undefined],
        ['Deep dimple, seen for 6 wk f/u. Order: US spine', undefined],
        ['LBP for 3 wk with no fever. Order: XR L-spine', undefined],
      ]);
    });

    describe("an age told of the sentence's subject", () => {
      ages([
        ['"Hi, the little hole at the bottom of Mateo\'s back should get an ultrasound. He is 5 months now." RN: 4 mo visit documents sacral dimple.', 5],
        ['Deep dimple above the cleft. She is 4 months. US spine ordered.', 4],
        ["Hair tuft over L5. He's 14 months. MRI L-spine w/o.", 14],
        ['Deep dimple above the cleft. Mateo is 5 months. US spine ordered.', 5],
        ['Back pain 6 wk. He is 11. XR L-spine ordered.', 132],
        ["Back pain 6 wk. She's 14. XR L-spine ordered.", 168],
        ['"Ava\'s back is still hurting." Per Dr. Lee: x-ray of the lumbar spine ordered, appt in 1 week. Ava is 11.', 132],
        // Not an age, or not the patient's.
        ['Back pain 6 wk. She is 11 days post-op. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. She is 6 weeks out from surgery. XR L-spine ordered.', undefined],
        ['Back pain. He is 10 days from his fall. XR L-spine ordered.', undefined],
        ['Back pain. He is 2 weeks into antibiotics. XR L-spine ordered.', undefined],
        ['Deep dimple. Mom is anxious. She is 3 months pregnant. US spine ordered.', undefined],
        ['Deep dimple. She is 6 weeks postpartum. US spine ordered.', undefined],
        ['Back pain. Surgery is 2 weeks away. XR L-spine ordered.', undefined],
        ['Back pain. Duration is 3 weeks. XR L-spine ordered.', undefined],
        ['Back pain. He is 3 weeks in a brace. XR L-spine ordered.', undefined],
        ['Back pain. She is 14 years, Tanner 4. XR L-spine ordered.', 168],
        ['Back pain 6 wk. The curve is 11 degrees. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Pain is 8/10. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Pain is 8. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Hgb is 11. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Cobb is 11. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Her sister is 11. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Sister is 11. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Mom is 19. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. He is 40. XR L-spine ordered.', undefined],
        // "she"/"he" right after a relative is the relative.
        ['Deep dimple above the cleft. Mom is a teenager. She is 17. US spine ordered.', undefined],
        ['Deep dimple above the cleft. Dad came in with her. He is 40 years. US spine ordered.', undefined],
        ['Back pain 6 wk. She just turned 11. XR L-spine ordered.', 132],
        ['Back pain 6 wk. He turned 9 last month. XR L-spine ordered.', 108],
        ['Back pain 6 wk. Her brother turned 11. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. When she turned 9 she broke her arm. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Turned 90 degrees on exam. XR L-spine ordered.', undefined],
        // A name with no unit must be named again: once, it may be anything.
        ['Back pain 6 wk. Ava is 11. XR L-spine ordered.', undefined],
        ['Back pain 6 wk. Ava is 11 and walks well. XR L-spine ordered.', undefined],
      ]);
      it('a plainly told age wins over a bare number told of the subject', () => near(ageOf('12 yo F. Back pain 6 wk. She is 11. XR L-spine ordered.'), 144, 'plain'));
    });

    describe('an age in brackets after a name', () => {
      ages([
        ["I am seeing Ella (14 years) for low back pain of 3 weeks' duration that began after netball. I would be grateful for plain X-rays of the lumbar spine.", 168],
        ['Thank you for seeing Tom (9 yo) with back pain. XR L-spine please.', 108],
        ['Back pain. I am seeing Ella (14) today. XR L-spine please.', 168],
        ['Back pain. Cobb (11) on the outside film. XR L-spine please.', undefined],
        ['Back pain at L1 (2 levels). XR L-spine please.', undefined],
        ['Back pain in Max (4). XR L-spine please.', undefined],
        // Someone else's, or a duration in brackets after a word that names no one.
        ['Back pain in Jack (brother, 4 yo). XR L-spine please.', undefined],
        ['Back pain. Her brother Max (4 yo) has none. XR L-spine please.', undefined],
        ['Back pain, started on Celecoxib (2 years) for arthritis. XR L-spine please.', undefined],
        ['Back pain since ibuprofen (2 months) stopped helping. XR L-spine please.', undefined],
      ]);
    });

    describe('a day of life that describes the patient now', () => {
      ages([
        [
          'Newborn nursery - DOL 2, term female, SVD.\nNewborn exam notable for a tuft of dark hair over the lumbosacral midline.\nPlan: spinal ultrasound before discharge.',
          2 * DAY,
        ],
        ['Day 20 of life, term F. Dimple 4 mm, in the gluteal cleft. Neuro normal. Plan spinal US.', 20 * DAY],
        ['NICU step-down, day 5 of life, ex-37 wk male.\nAplasia cutis over the lumbar midline.\nOrder: spinal ultrasound.', 5 * DAY],
        ['DOL#3 term male with a deep sacral dimple. US spine.', 3 * DAY],
        ['Deep dimple above the cleft. Baby is DOL 4. US spine.', 4 * DAY],
        ['Deep dimple above the cleft. Now DOL 12, feeding well. US spine.', 12 * DAY],
        ['Deep dimple above the cleft. Day of life 6. US spine.', 6 * DAY],
        ['NICU day 5, ex-30 weeker with a hair tuft over the sacrum. US spine.', 5 * DAY],
        // A day of life that dates a study, a procedure or an event is no age today.
        ['Deep dimple above the cleft. Spinal US (day 3 of life): normal.', undefined],
        ['Deep dimple above the cleft. Spinal US on DOL 3 normal.', undefined],
        ['Deep dimple above the cleft. Circumcised on DOL 2.', undefined],
        ['Circumcised DOL 2, deep dimple above the cleft.', undefined],
        ['Deep dimple above the cleft.\nDOL 3: spinal US normal', undefined],
        ['Deep dimple above the cleft. DOL 5 - phototherapy started.', undefined],
        ['Spinal US, DOL 3, normal. Deep dimple above the cleft.', undefined],
        ['Deep dimple above the cleft. Jaundice since DOL 2.', undefined],
        ['Deep dimple above the cleft. DOL 3 spinal US normal.', undefined],
        ['Hospital day 5, deep dimple above the cleft. US spine.', undefined],
        ['Post-op day 5, deep dimple above the cleft. US spine.', undefined],
        ['Deep dimple above the cleft. DOL 4.5 h', undefined],
      ]);
      it('a past Age key wins over a day of life in the history', () =>
        near(ageOf('Age at discharge: 4 weeks', 'History: DOL 3, term female. Deep dimple.'), 4 * WEEK, 'past key'));
      it('the Age key wins over a day of life', () => near(ageOf('Age: 6 weeks', 'History: DOL 3, term female. Deep dimple.'), 6 * WEEK, 'Age key'));
      it('an age only suggested in weeks wins over a day of life', () => near(ageOf('Deep dimple. 3 wk w/ dimple seen today. DOL 21.'), 3 * WEEK, 'weak'));
      it('an age told plainly wins over a day of life', () => near(ageOf('DOL 3, term female. 6 wk old girl with a deep dimple. US spine.'), 6 * WEEK, 'plain'));
      it('"now DOL 20" wins over an age told plainly before it', () =>
        near(ageOf('Referred as a 2 wk old baby with a deep dimple. Now DOL 20 and feeding well. US spine.'), 20 * DAY, 'now'));
      it('an infant with a marker read by day of life keeps the radiograph warning', () => {
        const r = readNote('Newborn nursery - DOL 2, term female.', 'Tuft of hair over the lumbosacral midline.', 'Order: XR L-spine');
        assert.ok(r.rules.includes('inappropriate-initial-study'), r.rules.join());
        assert.ok(!r.rules.includes('missing-age'), r.rules.join());
      });
    });

    describe('the vocabulary is data', () => {
      const v = loadAgeVocabulary();
      it('every word that dates an event before a day of life makes it no age', () => {
        for (const w of v.dayOfLife.events) assert.equal(ageOf(`Deep dimple above the cleft. Baby ${w} DOL 3. US spine.`), undefined, w);
      });
      it('every name that is no one makes a bare number no age', () => {
        for (const w of v.subjectAge.notNames) {
          const name = w[0].toUpperCase() + w.slice(1);
          assert.equal(ageOf(`Back pain 6 wk. ${name} is 11. ${name} noted. XR L-spine ordered.`), undefined, w);
        }
      });
      it('every pronoun tells the age of the sentence', () => {
        for (const w of v.subjectAge.pronouns) near(ageOf(`Back pain 6 wk. ${w[0].toUpperCase() + w.slice(1)} is 13. XR L-spine ordered.`), 156, w);
      });
    });
  });

  describe('B. orders', () => {
    describe("a study alone on the note's last line closes a terse note", () => {
      orders([
        ['9yo M. back pain x 10d, wakes at night, NSAID responsive. Afebrile. Neuro intact.\nBone scan.', 'bone-scan-complete'],
        ['12 yo M back pain 6 wk. Neuro nl.\nMRI L-spine.', 'mri-area-without'],
        ['12 yo M back pain 6 wk. Neuro nl.\nXR L-spine', 'xr-area'],
        ['2 mo F. Deep dimple, filum 2 mm on US at 3 wk, equivocal.\nRepeat US.', 'us-area'],
        ['12 yo M back pain 6 wk. Neuro nl.\nPlan:\nMRI L-spine.', 'mri-area-without'],
        // A result, a date, a study done elsewhere, a bare modality, a slip; a report after it; a line under another key.
        ['12 yo M back pain 6 wk. Neuro nl.\nXR L-spine normal.', 'none'],
        ['12 yo M back pain 6 wk. Neuro nl.\nXR L-spine 2024.', 'none'],
        ['12 yo M back pain 6 wk. Neuro nl.\nBone scan at OSH.', 'none'],
        ['12 yo M back pain 6 wk. Neuro nl.\nMRI.', 'none'],
        ['12 yo M back pain 6 wk. Neuro nl.\nsee above', 'none'],
        ['12 yo M back pain 6 wk. Neuro nl.\nMRI spine?', 'none'],
        ['12 yo M back pain 6 wk. Neuro nl.\nXR L-spine.\nNormal.', 'none'],
        ['Age: 12 y\nHPI: back pain 6 wk\nPrior imaging:\nXR L-spine.', 'none'],
      ]);
      it('an Order line wins over a closing study', () => assert.equal(orderOf('12 yo M back pain 6 wk.', 'Order: MRI L-spine w/o', 'XR L-spine.'), 'mri-area-without'));
    });

    describe('a study to be done together with another is no past', () => {
      orders([
        [
          'Trauma bay: 14 yo F, pedestrian struck by a car, thrown ~5 m. Back pain, tender L2-3. GCS 15, neuro exam normal.\nCT thoracic and lumbar spine with IV contrast (done together with CT abdomen/pelvis).',
          'ct-area-with',
        ],
        ['14 yo F, MVC, back pain.\nCT L-spine without contrast, performed along with the CT chest.', 'ct-area-without'],
        // Done is still done.
        ['12 yo M back pain 6 wk. Neuro nl. CT L-spine done at OSH.', 'none'],
        ['14 yo F, MVC, back pain.\nCT L-spine done together with CT chest at OSH: no fracture.', 'none'],
        ['14 yo F, MVC, back pain.\nCT L-spine done together with CT chest last week.', 'none'],
      ]);
    });

    describe('"going straight to MRI" orders the study', () => {
      orders([
        [
          '3 month old girl seen for follow-up of her birthmark.\nSegmental haemangioma over the lumbosacral region, approx 5 x 4 cm.\nGiven the size I am going straight to MRI: MRI lumbosacral spine without contrast (feed and wrap). No prior imaging.',
          'mri-area-without',
        ],
        ['7 mo with a hair tuft over L5. Will proceed to MRI L-spine without contrast.', 'mri-area-without'],
        ['12 yo M back pain 6 wk. Neuro nl.\nMRI L-spine w/o. No prior imaging.', 'mri-area-without'],
        // A condition, a negation.
        ['3 mo F with a large lumbar hemangioma. If US abnormal, proceed to MRI L-spine.', 'none'],
        ['3 mo F with a large lumbar hemangioma. Did not proceed to MRI L-spine.', 'none'],
        ['3 mo F with a large lumbar hemangioma. Did not get MRI L-spine.', 'none'],
        ['3 mo F with a large lumbar hemangioma. We did not plan MRI L-spine.', 'none'],
        ['3 mo F, large lumbar hemangioma, not improving. Plan MRI L-spine.', 'mri-area-without'],
        // A question someone else asks is at most a proposal, which the writer's own order beats.
        ['3 mo F with a large lumbar hemangioma. Mom asked whether to go straight to MRI L-spine. US spine ordered.', 'us-area'],
      ]);
    });

    describe('a sentence of a keyed value that opens on an order verb', () => {
      orders([
        ['Family hx: mother has spina bifida occulta. Baby is 6 wk old, skin over the spine intact, no dimple or tuft. Order US spine.', 'us-area'],
        ['Age: 3 mo\nFindings: deep dimple and tuft. Order US spine.', 'us-area'],
        ['Age: 12 y\nHPI: back pain 6 wk\nNeuro: nl. Please arrange MRI L-spine.', 'mri-area-without'],
        ['Age: 12 y\nHPI: back pain 6 wk, neuro nl. Will get XR L-spine.', 'xr-area'],
        ['Age: 3 mo\nFindings: deep dimple. US spine requested.', 'us-area'],
        ['Age: 3 mo\nFindings: deep dimple, US spine ordered today', 'us-area'],
        ['Age: 12 y\nHPI: back pain 6 wk. XR L-spine booked for Monday.', 'xr-area'],
        ['Age: 3 mo\nHPI: deep dimple. US spine requested by neurosurgery.', 'us-area'],
        // A condition, a study told as done, a relative's study, an order verb that does not open the sentence.
        ['Age: 12 y\nHPI: back pain 6 wk. MRI L-spine ordered by PCP last month showed a disc.', 'none'],
        ['Age: 12 y\nHPI: back pain 6 wk. MRI L-spine requested by mom; explained not indicated.', 'none'],
        ['Age: 12 y\nHPI: back pain. MRI L-spine not ordered.', 'none'],
        ['Age: 12 y\nHPI: back pain. XR L-spine, ordered at the walk-in, was normal.', 'none'],
        ['Age: 12 y\nPMH: scoliosis, XR spine ordered yearly.', 'none'],
        ['Age: 3 mo\nFindings: deep dimple. Order US spine if tuft grows.', 'none'],
        ['Age: 3 mo\nFindings: deep dimple. Will get MRI if US abnormal.', 'none'],
        ['Age: 12 y\nHPI: back pain. Ordered XR at OSH which was normal.', 'none'],
        ['Age: 12 y\nFHx: mother had MRI ordered for back pain.', 'none'],
        ['Age: 12 y\nHPI: back pain. Gets MRI every year for her scoliosis? No.', 'none'],
        ['Age: 12 y\nHPI: back pain. Gets XR L-spine every year for scoliosis.', 'none'],
      ]);
      it('the Order line wins', () => assert.equal(orderOf('Age: 3 mo', 'Findings: deep dimple. Order US spine.', 'Order: MRI L-spine w/o'), 'mri-area-without'));
    });
  });

  describe('C. night pain and red-flag words', () => {
    const present: [string, string][] = [
      ['night-pain', 'HPI: LBP 3/52, nocturnal, no fever/wt loss'],
      ['night-pain', 'HPI: back pain, mostly nocturnal'],
      ['night-pain', 'HPI: nocturnal back pain for 3 weeks'],
      ['night-pain', 'HPI: back pain 3 wk, no change with rest; not only at night but through the day too'],
      ['night-pain', 'HPI: 2 mo of aching LBP at night, relieved by ibuprofen'],
      ['night-pain', 'HPI: back hurts at night'],
      ['night-pain', 'HPI: back pain 10 d, wakes at night'],
      ['night-pain', 'HPI: back pain 10 d, woken at night by it'],
      ['night-pain', 'HPI: back pain 10 d, hurts even at night'],
      ['night-pain', 'HPI: back pain, waking up at night'],
      ['night-pain', 'HPI: back pain keeps her up at night'],
      ['night-pain', 'HPI: back pain, disturbed sleep'],
      ['night-pain', "HPI: back pain, can't sleep because of the pain"],
      ['night-pain', 'HPI: back pain, awakened by pain'],
      ['night-sweats', 'HPI: back pain, nocturnal sweats'],
      ['back-pain', 'HPI: "Ava\'s back is still hurting, it\'s been about 6 weeks now"'],
      ['back-pain', 'HPI: his back still hurts after the game'],
      ['fever', "HPI: back pain, she doesn't eat well and has a fever"],
      ['fever', 'HPI: back pain, feverish'],
      ['fever', 'HPI: back pain, running a temperature'],
      ['fever', 'HPI: back pain, spiking temps'],
      ['fever', 'HPI: back pain, high temperatures at home'],
    ];
    for (const [id, line] of present) it(`${line} -> ${id}`, () => assert.ok(presentIn(id, 'Age: 11 years', line, 'Order: XR L-spine'), line));

    const absent: [string, string][] = [
      ['night-pain', 'HPI: back pain 3 wk, nocturnal enuresis'],
      ['night-pain', 'HPI: back pain 3 wk, wears a nocturnal brace for scoliosis'],
      ['night-pain', 'HPI: back pain 3 wk, nocturnal cough'],
      ['night-pain', 'HPI: back pain, not nocturnal'],
      ['night-pain', 'HPI: back pain, non-nocturnal'],
      ['night-pain', 'HPI: back pain, no nocturnal pain'],
      ['night-pain', "HPI: back pain 6 wk. She doesn't have a fever and it doesn't wake her up."],
      ['night-pain', 'HPI: back pain 6 wk. It doesn’t wake him at night.'],
      ['night-pain', "HPI: back pain 6 wk. He hasn't been woken by the pain."],
      ['night-pain', "HPI: back pain 6 wk, isn't waking at night"],
      ['night-pain', 'HPI: back pain, no sleep disturbance'],
      ['night-pain', "HPI: back pain, doesn't disturb her sleep"],
      ['night-pain', 'HPI: back pain, denies night waking'],
      ['fever', "HPI: back pain 6 wk. She doesn't have a fever and it doesn't wake her up."],
      ['fever', 'HPI: back pain 6 wk. She doesn’t have a fever.'],
      ['fever', "HPI: back pain 6 wk. He hasn't had fevers."],
      ['fever', "HPI: back pain 6 wk. Didn't have any fever."],
      ['back-pain', 'HPI: knee hurting after the game'],
      ['fever', 'HPI: back pain, no high temperatures'],
      ['fever', "HPI: back pain, hasn't had a temperature"],
      ['overuse', 'HPI: back pain, running a temperature'],
    ];
    for (const [id, line] of absent) it(`${line} -> no ${id}`, () => assert.ok(!presentIn(id, 'Age: 11 years', line, 'Order: XR L-spine'), line));

    describe('a temperature measured at a fever is fever', () => {
      const FEVER = [
        'HPI: 15 yo M w/ severe LBP, T 39.2, recent MRSA skin abscess',
        'HPI: back pain, (Tmax 39.8)',
        'HPI: back pain, temp 102 yesterday',
        'HPI: back pain, Temp: 38.9 C',
        'HPI: back pain, T 38.1°C',
        'HPI: back pain, T 101.3 at home',
      ];
      for (const line of FEVER) it(`${line} -> fever`, () => assert.ok(presentIn('fever', 'Age: 11 years', line, 'Order: XR L-spine'), line));
      const NONE = [
        'HPI: back pain, T 37.2',
        'HPI: back pain, HR 110, T 36.8, RR 20',
        'HPI: back pain, tender T 12',
        'HPI: back pain. Return if T > 38.5',
        'HPI: back pain, no temp over 38',
        'HPI: born at T 38 wk, back pain',
        'HPI: back pain, HR max 110',
        'HPI: back pain, naproxen max 40 mg',
      ];
      for (const line of NONE) it(`${line} -> no fever`, () => assert.ok(!presentIn('fever', 'Age: 11 years', line, 'Order: XR L-spine'), line));
      it('a febrile teenager with back pain is out of the no-red-flag scenario', () => {
        const r = readNote('Age: 14 years', 'HPI: low back pain x 5 days, T 39.1, neuro intact', 'Order: XR L-spine');
        assert.notEqual(r.scenario, 'back-pain-no-red-flags');
      });
    });
    it('"he doesn\'t know if he had a fever" is an uncertain fever, which counts', () =>
      assert.ok(presentIn('fever', 'Age: 11 years', "HPI: back pain 6 wk. He doesn't know if he had a fever.", 'Order: XR L-spine')));
    it('"unsure if she had a fever" is an uncertain fever, which counts', () =>
      assert.ok(presentIn('fever', 'Age: 11 years', 'HPI: back pain 6 wk. Unsure if she had a fever.', 'Order: XR L-spine')));
    it('"the pain doesn\'t go away" stays constant pain (the negation is the phrase\'s own)', () =>
      assert.ok(presentIn('constant-pain', 'Age: 11 years', "HPI: back pain 6 wk, the pain doesn't go away", 'Order: XR L-spine')));
    it('a negated fever leaves the night pain after it present: "doesn\'t have a fever but the pain wakes her"', () =>
      assert.ok(presentIn('night-pain', 'Age: 11 years', "HPI: back pain 6 wk. She doesn't have a fever but the pain wakes her at night.", 'Order: XR L-spine')));

    it("the mother's message: back pain 6 weeks, no fever, no night pain, XR ordered, 11 years old", () => {
      const r = readNote(
        'Portal message (mother), transcribed by RN:',
        "\"Ava's back is still hurting, it's been about 6 weeks now since it started. She doesn't have a fever and it doesn't wake her up, she just can't sit through school without it hurting.\"",
        'RN: Routed to Dr. Lee. Per Dr. Lee: x-ray of the lumbar spine ordered, appt in 1 week. Ava is 11.',
      );
      near(r.facts.age?.months, 132, 'age');
      assert.equal(r.facts.order?.reading.procedure?.id, 'xr-area');
      const present = r.facts.hits.filter((h) => h.present).map((h) => h.finding.id);
      assert.ok(present.includes('back-pain'), present.join());
      assert.ok(!present.includes('fever') && !present.includes('night-pain'), present.join());
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
    it('night pain told as "nocturnal" keeps the red-flag scenario (no warning against the radiograph)', () => {
      const r = readNote('13M. LBP 3/52, nocturnal, no fever/wt loss. Neuro NAD.', 'XR L/S spine.');
      assert.equal(r.scenario, 'back-pain-red-flags');
      assert.ok(!r.rules.includes('not-appropriate-for-scenario'), r.rules.join());
    });
  });
});
