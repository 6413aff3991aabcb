/**
 * Round 30: a date of birth written day-first (dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy) with the visit's date told in the text
 * ("seen today 19/09/2025", "Date of clinic: …", "reviewed in clinic on …", a letter's date line) gives the age on that
 * visit, read the way both dates agree on; a past study's or an appointment's date is never the visit's, and a DOB with
 * no visit date reads as before. Order keys of South-Asian, Commonwealth and British notes ("Investigations advised:",
 * "Ix advised:", "Investigations planned:") head the plan, and "c/o:", "C/O:", "Complaints:", "Presenting complaints:"
 * the history, but "C/O" before an address or a relative ("care of", "contact of") stays unread.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, presentIn, readNote } from '../helpers';

const DAYS = (d: number) => d / 30.4375;

describe('a day-first date of birth with the visit date in the text', () => {
  // 2025-03-16 to 2025-09-19: six months and three days.
  const sixMonths = ageOf('DOB: 2025-03-16', 'Date: 2025-09-19', 'Findings: hair tuft', 'Plan: MRI L-spine w/o')!;
  for (const lines of [
    ['Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2025', 'Hair tuft over the lower spine. Plan: MRI lumbar spine without contrast.'],
    ['Re: Aoife (DOB 16.03.2025)', 'Date of clinic: 19.09.2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Clinic date 19-09-2025', 'Name: Aoife   DOB 16-03-2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Date of clinic: 19/09/2025', 'Dictated: 22/09/2025', 'Re: Aoife, DOB 16/03/2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Re: Aoife, DOB 16/03/2025', "Today's date: 19/09/2025", 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Re: Aoife, DOB 16/03/2025, seen today (19/09/2025)', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Re: Aoife, born on 16 March 2025, seen today 19 Sept 2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['DOB: 16/03/2025', 'Clinic date: 19/09/2025', 'Previous clinic date: 02/04/2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['DOB: 16/03/2025', 'Date of visit: 19 September 2025.', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Date seen: 19/09/2025', 'Date seen by GP: 02/04/2025', 'DOB: 16/03/2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Re: Conor Smith', 'DOB 16/03/2025', 'Seen today 19/09/2025. Hair tuft over L5. Plan: MRI L-spine w/o'],
    ["Child's name: Conor, DOB 16/03/2025", 'Seen in clinic today, 19/09/2025. Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Pt: Conor Byrne, d.o.b. 16/03/2025; seen today 19/09/2025', 'Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['DOB 02/03/2004 (mother)', 'Re: Conor, DOB 16/03/2025', 'Seen today 19/09/2025. Hair tuft over L5. Plan: MRI L-spine w/o'],
    ['Next of kin: Jane Smith, DOB 02/03/1990', 'Re: Aoife, DOB 16/03/2025, seen today 19/09/2025.', 'Hair tuft. Plan: MRI L-spine w/o'],
    ['Older sibling Aoife Mary Byrne, DOB 01/01/2020, had a tethered cord.', 'Re: Conor, DOB 16/03/2025, seen today 19/09/2025.', 'Hair tuft. Plan: MRI L-spine w/o'],
    ['Previous child born 01/01/2020 with spina bifida.', 'Re: Conor, DOB 16/03/2025, seen today 19/09/2025', 'Hair tuft. Plan: MRI L-spine w/o'],
  ]) {
    it(`reads the age on the visit: ${lines.join(' / ')}`, () => near(ageOf(...lines), sixMonths, lines[0]));
  }
  it('the visit date settles a DOB that could be read either way (03/04/2025 with 19/09/2025 is 3 April)', () => {
    near(
      ageOf('Re: Aoife, DOB 03/04/2025, seen today 19/09/2025', 'Hair tuft. Plan: MRI L-spine w/o'),
      ageOf('DOB: 2025-04-03', 'Date: 2025-09-19', 'Hair tuft', 'Plan: MRI L-spine w/o')!,
      'day-first',
    );
  });
  it('month-first dates agreeing are read month-first (03/14/2025, seen 09/05/2025)', () => {
    near(
      ageOf('Re: Ava, DOB 03/14/2025, seen today 09/05/2025', 'Hair tuft. Plan: MRI L-spine w/o'),
      ageOf('DOB: 2025-03-14', 'Date: 2025-09-05', 'Hair tuft', 'Plan: MRI L-spine w/o')!,
      'month-first',
    );
  });
  it('the MRI for a hair tuft at six months is read with its age (no missing-age)', () => {
    const r = readNote('Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2025', 'Hair tuft over the lower back. Plan: MRI lumbar spine without contrast.');
    assert.ok(!r.rules.includes('missing-age'));
    assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without');
  });
  // Near misses: no age rather than a guess, and never a date that is not the visit's.
  for (const [why, lines] of [
    ['both dates may be read either way', ['Re: Aoife, DOB 03/04/2025, seen today 05/09/2025', 'Hair tuft. Plan: MRI L-spine w/o']],
    ['the dates settle different conventions', ['Re: Aoife, DOB 16/03/2025, seen today 09/25/2025', 'Hair tuft. Plan: MRI L-spine w/o']],
    ['a past scan is dated', ['Re: Aoife, DOB 16/03/2025', 'Hair tuft. US on 02/04/2025 normal. Plan: MRI L-spine w/o']],
    ['an appointment is dated', ['Re: Aoife, DOB 16/03/2025', 'Hair tuft. f/u on 01/12/2025. Plan: MRI L-spine w/o']],
    ['an earlier visit is dated', ['Re: Aoife, DOB 16/03/2025, first seen on 01/04/2025', 'Hair tuft. Plan: MRI L-spine w/o']],
    ['the birth is after the visit', ['Re: Aoife, DOB 19/09/2025, seen today 16/03/2025', 'Hair tuft. Plan: MRI L-spine w/o']],
    ["the birth date is the mother's", ['Mother DOB 02/03/1990, seen today 19/09/2025', 'Hair tuft. Plan: MRI L-spine w/o']],
    ['no visit date at all', ['Re: Aoife, DOB 16/03/2025', 'Hair tuft. Plan: MRI L-spine w/o']],
  ] as const) {
    it(`no age when ${why}`, () => assert.equal(ageOf(...lines), undefined));
  }
  // The review's probes read worse than main before the mend: each keeps main's reading (a DOB key read on today's date, or no age).
  for (const [why, lines] of [
    ['a review in clinic is dated', ['DOB: 16/03/2025', 'HPI: hair tuft over L5 noted by GP.', 'Plan: US lumbar spine. Review in clinic on 19/09/2025.']],
    ['a follow-up clinic is dated', ['Re: Baby Conor, DOB 16/03/2025', 'Hair tuft over L5. Plan: US lumbar spine, follow up in clinic on 19/09/2025 with result.']],
    ['an appointment is dated', ['Re: Baby Conor, DOB 16/03/2025', 'Hair tuft over L5. Plan: US lumbar spine. Appointment in clinic on 19/09/2025.']],
    ["a follow-up clinic's date is keyed", ['Re: Baby Conor, DOB 16/03/2025', 'Hair tuft over L5.', 'Plan: US lumbar spine', 'Follow-up clinic date: 19/09/2025']],
    ['the next review is dated at the foot', ['Re: Conor, DOB 16/03/2025', 'Hair tuft over L5. Plan: US lumbar spine', 'Date of review: 19/12/2025']],
    ['an earlier visit by the GP', ['Re: Baby Conor, DOB 16/03/2025', 'He was seen on 02/04/2025 by the GP who noted a hair tuft over L5. Plan: US lumbar spine.']],
    ['a GP visit in the history', ['DOB: 16/03/2025', 'HPI: hair tuft over L5, GP seen 02/04/2025 and referred.', 'Plan: MRI L-spine w/o']],
    ['an ED visit in the history', ['DOB: 16/03/2025', 'HPI: fell off couch, seen 02/04/2025 in ED, XR nl. Now hair tuft noted.', 'Plan: US lumbar spine']],
    ['an earlier clinic visit', ['DOB: 16/03/2025', 'HPI: hair tuft over L5. Was in clinic on 02/04/2025 when US was advised but not done.', 'Plan: US lumbar spine']],
    ["the midwife's exam", ['Re: Conor, DOB 16/03/2025', 'Hair tuft over L5, noted when examined on 02/04/2025 at 2 weeks by midwife; now larger.', 'Plan: US lumbar spine.']],
    ['the previous clinic date', ['Re: Conor, DOB 16/03/2025', 'Seen today. Previous clinic date 02/04/2025.', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ["a prior scan's date", ['DOB: 16/03/2025', 'Prior imaging: US lumbar spine, date of exam 02/04/2025, normal.', 'HPI: hair tuft over L5.', 'Plan: MRI L-spine w/o']],
    ["a surgery's date", ['DOB: 16/03/2020', 'PMH: tethered cord release, DOS 02/04/2021.', 'HPI: new toe walking.', 'Plan: MRI L-spine w/o']],
    ['a sticker repeats the DOB', ['Conor SMITH', '16/03/2025', 'Hosp no 123456', 'DOB: 16/03/2025', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ["a pasted report's date", ['US LUMBAR SPINE', '02/04/2025', 'Findings: normal cord, conus L1.', 'Re: Conor, DOB 16/03/2025', 'Now hair tuft larger. Plan: MRI L-spine w/o']],
    ["the mother's name and DOB", ["Mother's name: Jane Anne Smith DOB 02/03/1990", 'Re: Baby Conor, seen today 19/09/2025', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['a dictation date', ['Re: Conor, DOB 16/03/2025', 'Hair tuft over L5. Plan: US lumbar spine.', 'Dictated 19/09/2025  Typed 25/09/2025']],
    ['a scan booked for today', ['Re: Conor, DOB 16/03/2025', 'Hair tuft over L5. US booked for today 19/09/2025.']],
    ['the visit is after today', ['Re: Baby Conor, DOB 16/03/2025, seen today 19/09/2999', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['the birth is more than 25 years before the visit', ['Re: Tom, DOB 02/11/1910, seen today 19/09/2025', 'Back pain 6 weeks. Plan: XR L-spine']],
    ['the birth is 18 years or more before the visit', ['Re: Tom, DOB 02/11/2001, seen today 19/09/2025', 'Back pain 6 weeks after football. Plan: XR LS spine']],
    [
      'the twin brother shares the line',
      ['Re: Ava, born 16/03/2025 (twin), seen today 19/09/2025. Twin brother born 16/03/2025 had a dermal sinus.', 'Hair tuft. Plan: MRI L-spine w/o'],
    ],
    ["a letter's date line", ['19 September 2025', '', 'Dear Dr Byrne,', 'Re: Aoife, date of birth 16/03/2025', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    ["a letter's date above the header", ['19/12/2025', 'Re: Conor, DOB 16/03/2025, clinic 19/09/2025', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['the header dates a visit with "seen in clinic on"', ['Re: Aoife, DOB 16/03/2025, seen in clinic on 19 September 2025.', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    ['"seen today" in the history beside a DOB key', ['DOB: 16/03/2025', 'HPI: hair tuft over L5, seen today 19/09/2025', 'Plan: MRI L-spine w/o']],
    ['"seen today" lines beside a DOB key', ['DOB: 16/03/2025', 'Seen today 19.09.2025 and 19/09/2025', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    // Review 2 (A): "seen today" quoted or reported.
    ["a GP letter's words are quoted", ['DOB: 16/03/2025', 'HPI: GP letter says "seen today 02/04/2025, hair tuft over L5, please review".', 'Plan: MRI L-spine w/o']],
    ['an ED note is read out', ['DOB: 16/03/2025', "HPI: Mum read me the ED note: 'seen today 02/04/2025 - sacral dimple, deep'.", 'Plan: MRI L-spine w/o']],
    ['a 6-week check per the red book', ['DOB: 16/03/2025', 'HPI: at the 6-week check he was seen today 28/04/2025 per red book; hair tuft L5.', 'Plan: MRI L-spine w/o']],
    [
      'a discharge summary is cited',
      ['DOB: 16/03/2025', 'History: NICU discharge summary - seen today 02/04/2025 by neonatologist, tuft of hair L5 noted.', 'Plan: MRI L-spine w/o'],
    ],
    ['a referral is cited', ['DOB: 16/03/2025', 'HPI: referral dated 02/04/2025 reads: seen today 02/04/2025 with hair tuft.', 'Plan: MRI L-spine w/o']],
    ['a note is cited after "previously seen"', ['DOB: 16/03/2025', 'HPI: Previously seen in ED where note says seen today 02/04/2025, hair tuft.', 'Plan: MRI L-spine w/o']],
    ['"last month ... per GP"', ['DOB: 16/03/2025', 'HPI: last month (seen today 02/04/2025 per GP) hair tuft noted.', 'Plan: MRI L-spine w/o']],
    ['Mum reports an earlier check', ['DOB: 16/03/2025', 'HPI: hair tuft L5. Mum says he was seen today 02/04/2025 - that was the 2-week check.', 'Plan: MRI L-spine w/o']],
    ['quoted without a DOB key', ['Re: Conor, DOB 16/03/2025', 'HPI: GP wrote "seen today 02/04/2025, hair tuft".', 'Plan: MRI L-spine w/o']],
    ['reported in the history without a DOB key', ['Re: Conor, DOB 16/03/2025', 'HPI: per the health visitor, seen today 02/04/2025 with a tuft.', 'Plan: MRI L-spine w/o']],
    // Review 2 (B): a relative's DOB.
    ["the mother's DOB opens the note", ['DOB 02/03/2004 (mother)', 'Re: Conor', 'Seen today 19/09/2025. Hair tuft over L5. Plan: US lumbar spine.']],
    ["the mother's birth says Mum after it", ['Born 02/03/2004 - Mum', 'Re: Conor', 'Seen today 19/09/2025. Hair tuft over L5. Plan: US lumbar spine.']],
    ["a sister's birth says so after it", ['DOB 01/01/2024 (sister, well)', 'Re: Conor', 'Seen today 19/09/2025. Hair tuft over L5. Plan: US lumbar spine.']],
    ['the child is named "Baby of" its mother', ['Re: Baby of Jane Smith, DOB 02/03/2004', 'Date of clinic: 19/09/2025', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['the child is named "B/O" its mother', ['Re: B/O Rekha, DOB 16/03/2025, seen today 19/09/2025', 'Hair tuft over L5. Plan: US lumbar spine.']],
    [
      "the name line is the mother's",
      ['Name: Jane Smith DOB 02/03/2004', 'Relationship to patient: mother', 'Date of clinic: 19/09/2025', 'Hair tuft over L5. Plan: US lumbar spine.'],
    ],
    [
      'a young mother is seen with her baby',
      ['Name: Jane Smith, DOB 02/03/2006, seen today 19/09/2025 with her baby Conor, 6 mo', 'Hair tuft over L5 (baby). Plan: US lumbar spine.'],
    ],
    ["the header also gives the mother's DOB", ["Re: Conor, DOB 16/03/2025, seen today 19/09/2025, mother's DOB 02/03/2004", 'Hair tuft over L5. Plan: US lumbar spine.']],
    // Review 2 (D): an earlier visit in the header.
    ['the header dates a physio review', ['Re: Conor, DOB 16/03/2025, reviewed on 02/04/2025 by physio', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    ['the header dates an ED visit', ['Re: Conor, DOB 16/03/2025, seen on 02/04/2025 in ED, now in clinic', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    ['the header dates two visits', ['Re: Conor, DOB 16/03/2025, seen in clinic on 02/04/2025 and today', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    // Review 2 (E): a visit key whose value is more than its date.
    ['the visit key lists two dates', ['DOB: 16/03/2025', 'Visit date: 02/04/2025 (initial), 19/09/2025 (this visit)', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['the clinic date was missed', ['DOB: 16/03/2025', 'Clinic date - 02/04/2025 (missed, DNA). Seen today.', 'Hair tuft over L5. Plan: MRI L-spine w/o']],
    ['the clinic date is booked', ['DOB: 16/03/2025', 'Clinic date: 19/12/2025 (booked)', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['the visit date is unconfirmed', ['DOB: 16/03/2025', 'Visit date: 19/09/2025 to be confirmed', 'Hair tuft over L5. Plan: US lumbar spine.']],
    ['a twin is named in another sentence', ['Re: Baby Conor (twin 2). Twin 1 Liam DOB 16/03/2025.', 'Conor born 16/03/2025, seen today 19/09/2025', 'Hair tuft. Plan: US spine']],
  ] as const) {
    it(`reads as main when ${why}`, () => {
      // Main reads a DOB key on today's date, and a birth date in the text not at all.
      const dobKey = lines.find((l) => l.startsWith('DOB:'));
      assert.equal(ageOf(...lines), dobKey ? ageOf(dobKey, 'Findings: hair tuft', 'Plan: US lumbar spine') : undefined);
    });
  }
  it('an earlier visit in the history makes no age-dob-mismatch', () => {
    assert.ok(!readNote('DOB: 2025-03-16', 'Age: 20 months', 'HPI: hair tuft over L5. seen on 19/09/2025', 'Plan: US lumbar spine').rules.includes('age-dob-mismatch'));
  });
  it('a quoted earlier visit makes no MRI-first warning at 20 months (review 2)', () => {
    const r = readNote('DOB: 16/03/2025', 'HPI: GP letter says "seen today 02/04/2025, hair tuft over L5, please review".', 'Plan: MRI L-spine w/o');
    assert.ok(!r.rules.includes('mri-first-in-young-infant'));
  });
  it("a mother's DOB gives no age and silences no rule: missing-age, not no-criteria (review 2)", () => {
    const r = readNote('DOB 02/03/2004 (mother)', 'Re: Conor', 'Seen today 19/09/2025. Hair tuft over L5. Plan: US lumbar spine.');
    assert.ok(r.rules.includes('missing-age'));
    assert.ok(!r.rules.includes('no-criteria-apply'));
  });
  it('a told age still wins over a birth date in the text', () => {
    near(ageOf('Re: Aoife, 5 months, DOB 16/03/2025, seen today 19/09/2025', 'Hair tuft. Plan: MRI L-spine w/o'), 5, 'told age');
  });
  it('a DOB key without a visit date reads as before (a dated scan is no visit)', () => {
    assert.equal(
      ageOf('DOB: 2025-03-16', 'Findings: hair tuft. US on 02/04/2025 normal.', 'Plan: MRI L-spine w/o'),
      ageOf('DOB: 2025-03-16', 'Findings: hair tuft.', 'Plan: MRI L-spine w/o'),
    );
  });
  it('a Date key still wins over a date in the text', () => {
    near(ageOf('DOB: 2025-03-16', 'Date: 2025-09-19', 'HPI: hair tuft, seen on 01/12/2025', 'Plan: MRI L-spine w/o'), sixMonths, 'Date key');
  });
  it('two different visit dates give none: the DOB key reads as before', () => {
    assert.equal(
      ageOf('DOB: 2025-03-16', 'HPI: hair tuft, seen on 19/09/2025; clinic date 20/10/2025', 'Plan: MRI L-spine w/o'),
      ageOf('DOB: 2025-03-16', 'HPI: hair tuft', 'Plan: MRI L-spine w/o'),
    );
  });
  it('a day-count sanity check: 2 weeks between birth and visit', () =>
    near(ageOf('Baby Ella, DOB 05/09/2025, seen today 19/09/2025.', 'Hair tuft. Plan: US spine'), DAYS(14), 'two weeks'));
});

describe('"Investigations advised:" and its kin head the plan', () => {
  for (const key of [
    'Investigations advised',
    'Investigation advised',
    'Ix advised',
    'Inv advised',
    'Investigations planned',
    'Ix planned',
    'Tests suggested',
    'Investigations proposed',
  ]) {
    it(`"${key}: MRI L/S spine with and without contrast" orders it`, () => {
      const r = readNote('Pt: 3 months, female', 'O/E: hair tuft over L5, no dimple', `${key}: MRI L/S spine with and without contrast`);
      assert.equal(r.facts.order?.reading.procedure?.id, 'mri-area-without-and-with');
      assert.ok(!r.rules.includes('unknown-key'));
      assert.ok(r.rules.includes('initial-mri-contrast'));
    });
  }
  it('advice that is no study orders nothing ("Advised: analgesia, rest"; "Investigations advised: none")', () => {
    assert.equal(orderOf('Age: 12 y', 'HPI: LBP x 1 wk after football', 'Advised: analgesia, rest'), 'none');
    assert.equal(orderOf('Age: 12 y', 'HPI: LBP x 1 wk after football', 'Investigations advised: none at present'), 'none');
  });
  it('a study told done with its result orders nothing ("Investigations advised: US spine done last week - normal")', () => {
    assert.equal(orderOf('Age: 3 mo', 'Findings: hair tuft', 'Investigations advised: US spine done last week - normal'), 'none');
  });
  it('"Plan:" naming a study wins over an advised key, which stays unread ("Tests suggested: MRI … / Plan: XR LS spine")', () => {
    const a = readNote('Age: 12 y', 'HPI: LBP 2 wks after cricket', 'Tests suggested: MRI L-spine by ortho (not agreed - start with XR)', 'Plan: XR LS spine');
    assert.equal(a.facts.order?.reading.procedure?.id, 'xr-area');
    assert.ok(a.rules.includes('unknown-key'));
    const b = readNote('Age: 3 mo', 'O/E: hair tuft over L5', 'Investigations advised: USG spine', 'Plan: MRI L-spine w/o');
    assert.equal(b.facts.order?.reading.procedure?.id, 'mri-area-without');
    assert.ok(b.rules.includes('unknown-key'));
  });
  it('an advised study beside a plan that names none is the order ("Investigations advised: USG spine / Plan: review in 2 weeks")', () => {
    assert.equal(orderOf('Age: 3 mo', 'O/E: hair tuft over L5', 'Investigations advised: USG spine', 'Plan: review in 2 weeks with report'), 'us-area');
  });
  // Review 2 (C): two advised keys, or a plan that declines: read as before the advised keys were (unknown-key warns).
  it('"Investigations advised: MRI" with "Ix planned: USG" reads as before: "Ix planned" orders the US, the advised key warns', () => {
    for (const lines of [
      ['Age: 3 mo', 'O/E: hair tuft over L5', 'Investigations advised: MRI L/S spine', 'Ix planned: USG spine'],
      ['Age: 3 mo', 'O/E: hair tuft over L5', 'Ix planned: USG spine', 'Investigations advised: MRI L/S spine'],
    ]) {
      const r = readNote(...lines);
      assert.equal(r.facts.order?.reading.procedure?.id, 'us-area', lines.join(' / '));
      assert.ok(r.rules.includes('unknown-key'));
      assert.ok(!r.rules.includes('mri-first-in-young-infant'));
    }
  });
  for (const lines of [
    ['Age: 3 mo', 'O/E: hair tuft over L5', 'Investigations advised: USG spine', 'Tests suggested: MRI L/S spine'],
    ['Age: 12 y', 'HPI: LBP 6 wks, night pain', 'Investigations advised: MRI L/S spine', 'Investigations advised: X-ray LS spine'],
    ['Age: 3 mo', 'O/E: hair tuft over L5', 'Tests suggested: USG spine', 'Investigations planned: MRI L/S spine if USG abnormal'],
    ['Age: 3 mo', 'O/E: hair tuft over L5', 'Investigations advised: USG spine', 'Plan: no imaging needed, reassure'],
    ['Age: 12 y', 'HPI: LBP 2 wks after football', 'Imaging advised: MRI L/S spine', 'Plan: scan not required now; analgesia'],
  ]) {
    it(`no order from the advised keys, and unknown-key warns: ${lines.slice(2).join(' / ')}`, () => {
      const r = readNote(...lines);
      assert.equal(r.facts.order, undefined);
      assert.ok(r.rules.includes('unknown-key'));
      assert.ok(r.rules.includes('missing-order'));
    });
  }
  it('one advised key beside a plan that neither names a study nor declines is the order ("Plan: refer neurosurgery")', () => {
    assert.equal(orderOf('Age: 3 mo', 'O/E: hair tuft over L5', 'Ix advised: USG spine', 'Plan: refer neurosurgery'), 'us-area');
  });
  it('a key with another word is no plan of ours ("Investigations advised by ortho:" beside "Plan: US spine")', () => {
    assert.equal(orderOf('Age: 3 mo', 'Findings: hair tuft', 'Investigations advised by ortho: MRI L-spine', 'Plan: US spine'), 'us-area');
  });
});

describe('"c/o:", "Complaints:" head the history', () => {
  for (const key of ['c/o', 'C/O', 'C/o', 'Complaints', 'Presenting complaints', 'Complains of']) {
    it(`"${key}: tuft of hair at lower back noticed by mother since birth" is the child's hair tuft`, () => {
      const r = readNote('Pt: 3 months, female', `${key}: tuft of hair at lower back noticed by mother since birth`, 'Plan: US spine');
      assert.ok(r.facts.hits.some((h) => h.finding.id === 'hair-tuft' && h.present));
      assert.ok(!r.rules.includes('unknown-key'));
    });
  }
  it('"c/o: back pain 5 weeks, constant, wakes him at night" is back pain with red flags', () => {
    assert.equal(readNote('Age: 12 y', 'c/o: back pain 5 weeks, constant, wakes him at night', 'Plan: MRI L-spine w/o').scenario, 'back-pain-red-flags');
  });
  it('a negated complaint stays negated ("Complaints: neck pain. Denied back pain.")', () => {
    assert.ok(!presentIn('back-pain', 'Age: 12 y', 'Complaints: neck pain. Denied back pain.', 'Plan: XR C-spine'));
  });
  for (const value of [
    'Paediatric Oncology Unit, LUTH, Idi-Araba',
    'Mrs Bello, 14 Broad St',
    'father - on ATT for leukaemia',
    'St Mary Hospital',
    'Paediatric Oncology, Ward 4, LUTH',
    'Ward 3B (oncology)',
    'Haematology-Oncology',
    "Children's Cancer Trust hostel, room 4",
    'The Oncology Nurse Specialist',
    'Tumour board',
    'Sickle Cell & Haem-Onc Clinic',
  ]) {
    it(`"C/O: ${value}" (care of, contact of) stays unread: no cancer or infection of the child`, () => {
      const r = readNote('Age: 9 y', `C/O: ${value}`, 'HPI: back pain x 2 wks after football', 'Plan: XR LS spine');
      assert.ok(r.rules.includes('unknown-key'));
      assert.ok(!r.facts.hits.some((h) => (h.finding.id === 'malignancy' || h.finding.id === 'suspected-infection-tumor' || h.finding.id === 'contrast-reason') && h.present));
      assert.equal(r.scenario, 'back-pain-overuse');
    });
  }
  it('a complaint after "C/O:" stays the complaint ("C/O: back pain 3 wks, wakes at night")', () => {
    assert.ok(presentIn('back-pain', 'Age: 12 y', 'C/O: back pain 3 wks, wakes at night', 'Plan: MRI L-spine w/o'));
  });
});
