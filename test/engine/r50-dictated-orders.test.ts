/**
 * Round 50 (fix50a), dictated notes of set 111: a study's letters spelled with spaces ("M R I", "C T") in a note otherwise
 * read as typed, as a recognizer writes them when a GP dictates and signs unread. Each reading with the look-alikes it must
 * leave alone.
 */
import * as assert from 'node:assert/strict';
import { languageReading, languageView } from '../../server/src/clinical/language';
import { readNote } from '../helpers';

const orderOf = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? null;

describe('a study spelled with spaces in a typed note is the study (r50)', () => {
  const pain = '11 year old girl, back pain for five weeks, worse at night. Neuro exam normal.';

  it('reads "M R I", "C T" and "X R" wherever a study is read', () => {
    assert.equal(orderOf(pain, 'Plan: M R I whole spine with and without contrast'), 'mri-complete-without-and-with');
    assert.equal(orderOf(pain, 'Request: C T lumbar spine without contrast'), 'ct-area-without');
    assert.equal(orderOf(pain, 'I have ordered an M R I of the lumbar spine without contrast.'), 'mri-area-without');
    assert.equal(orderOf('8 year old boy back pain two weeks. no fever. neuro normal. m r i lumbar spine without contrast'), 'mri-area-without');
    assert.equal(orderOf(pain, 'Please arrange X R lumbar spine AP and lateral.'), 'xr-area');
  });

  it('leaves a past, a declined, an asked, a conditioned and a relative’s spelled study unordered', () => {
    assert.equal(orderOf(pain, 'M R I lumbar spine last year normal.'), null);
    assert.equal(orderOf(pain, 'No M R I needed at this stage.'), null);
    assert.equal(orderOf(pain, 'Parents declined the C T.'), null);
    assert.equal(orderOf(pain, 'Should we get an M R I of the lumbar spine?'), null);
    assert.equal(orderOf(pain, 'If no better in four weeks, M R I lumbar spine.'), null);
    assert.equal(orderOf(pain, 'Brother had an M R I of the spine last year.'), null);
  });

  it('joins only a study’s letters, one space apart and of one case', () => {
    assert.match(languageView('Plan C T lumbar spine'), /^Plan CT {2}lumbar spine$/);
    assert.match(languageView('neuro normal. m r i whole spine'), /MRI {3}whole spine$/);
  });

  it('leaves initials, level runs, a junction, mixed case and other spelled letters as written', () => {
    for (const t of [
      'Seen with Dr C T Jones today, back pain two weeks.',
      'Letter copied to Mr M R I Patel.',
      'Tender over C T L S spine on palpation.',
      'Tenderness at the C T junction, no step.',
      'Options A B C T discussed.',
      'M r I lumbar spine',
      'C. T. Smith, physiotherapist, saw her today.',
      'A B C normal, G C S fifteen.',
    ])
      assert.equal(languageView(t), t);
  });
});

describe('a study closing a dictated paragraph after a list of denied findings, or after "now" (r50)', () => {
  const pain = '13 year old boy low back pain for four weeks';

  it('reads the closing study past the negation of the findings listed before it', () => {
    assert.equal(orderOf(`${pain}, no leg pain, MRI lumbar spine without contrast`), 'mri-area-without');
    assert.equal(orderOf(`${pain}, no fever, night sweats or weight loss, MRI lumbar spine without contrast`), 'mri-area-without');
    assert.equal(orderOf(`${pain}, denies numbness or weakness, XR lumbar spine AP and lateral`), 'xr-area');
  });

  it('reads a study after "now" closing the note', () => {
    assert.equal(orderOf(`${pain}, xr last week normal, neuro normal, now MRI lumbar spine without contrast`), 'mri-area-without');
    assert.equal(orderOf(`${pain}. Neuro normal. Now CT lumbar spine without contrast.`), 'ct-area-without');
    assert.equal(orderOf(`${pain}, no leg pain, now MRI lumbar spine without contrast`), 'mri-area-without');
  });

  it('keeps a closing study denied after an item that is no finding, a study, imaging or a decision', () => {
    for (const before of [
      'no scan',
      'not wanted',
      'parents not keen',
      'not justified',
      'no point',
      'no benefit',
      'no indication',
      'not needed',
      'no XR yet, no imaging',
      'no imaging so far',
      'no prior films',
    ])
      assert.equal(orderOf(`${pain}, ${before}, MRI lumbar spine without contrast`), null, before);
  });

  it('leaves a past, reported, asked or conditioned closing study unordered, with "now" or after a denied list', () => {
    assert.equal(orderOf(`${pain}, no leg pain, MRI lumbar spine last year normal`), null);
    assert.equal(orderOf(`${pain}, no leg pain, MRI lumbar spine declined by parents`), null);
    assert.equal(orderOf(`${pain}, no leg pain, previous MRI lumbar spine normal`), null);
    assert.equal(orderOf(`${pain}, no leg pain, mother had MRI lumbar spine`), null);
    assert.equal(orderOf(`${pain}, neuro normal, now MRI lumbar spine normal`), null);
    assert.equal(orderOf(`${pain}, neuro normal, now MRI lumbar spine shows a disc bulge`), null);
    assert.equal(orderOf(`${pain}, neuro normal, now awaiting MRI lumbar spine`), null);
    assert.equal(orderOf(`${pain}, neuro normal, now MRI lumbar spine?`), null);
    assert.equal(orderOf(`${pain}, if no better, now MRI lumbar spine`), null);
    assert.equal(orderOf(`${pain}, should pain persist, now MRI lumbar spine`), null);
    assert.equal(orderOf(`${pain}, neuro normal, now MRI lumbar spine not needed`), null);
  });

  it('reads the study after "now" or a denied list only when it closes its sentence alone (review r50)', () => {
    const tuft = '9 mo F, tuft of hair over the sacrum, neuro exam normal.';
    assert.equal(orderOf(`${tuft} Now MRI L-spine w/o please.`), 'mri-area-without');
    assert.equal(orderOf(`${tuft} Now MRI L-spine urgently today.`), 'mri-area-without');
    for (const after of [
      'no longer needed',
      'when older',
      'would be reasonable but parents to decide',
      'vs observation',
      'or US spine - to discuss',
      'on hold',
      '- NSGY to decide',
    ])
      assert.equal(orderOf(`${tuft} Now MRI L-spine ${after}.`), null, after);
    for (const after of ['when older', 'on hold', 'vs observation']) assert.equal(orderOf(`${tuft.slice(0, -1)}, now MRI lumbar spine ${after}`), null, after);
    assert.equal(orderOf('9 mo F, tuft of hair over the sacrum, neuro exam normal, no leg weakness, now MRI lumbar spine when older'), null);
    assert.equal(orderOf('13 yo M, low back pain for 6 weeks, wakes him at night. Now CT lumbar spine - no fracture.'), null);
    const denied = '9 mo F, tuft of hair over the sacrum, neuro exam normal, no fever, no leg weakness,';
    assert.equal(orderOf(`${denied} MRI lumbar spine w/o today`), 'mri-area-without');
    assert.equal(orderOf(`${denied} MRI lumbar spine or US spine - parents to decide`), null);
  });

  it('keeps the closing study denied by a cue of the history opening the list (review r50)', () => {
    const tuft = '9 mo F, tuft of hair over the sacrum, neuro exam normal.';
    assert.equal(orderOf(`${tuft} No history of fever, leg weakness, MRI lumbar spine`), null);
    assert.equal(orderOf(`${tuft} Never had fever, weakness, MRI lumbar spine`), null);
    assert.equal(orderOf(`${tuft} No h/o fever, leg weakness, MRI lumbar spine`), null);
  });

  it('leaves a study closing the note with a question mark asked, typed or spelled (review r50)', () => {
    const tuft = '9 mo F, tuft of hair over the sacrum, neuro exam normal.';
    assert.equal(orderOf(`${tuft} MRI lumbar spine?`), null);
    assert.equal(orderOf(`${tuft} M R I lumbar spine?`), null);
  });

  it('orders the study after another denied in its own clause ("No MRI … needed, US spine today", review r50)', () => {
    const tuft = '9 mo F, tuft of hair over the sacrum, neuro exam normal.';
    assert.equal(orderOf(`${tuft} No M R I lumbar spine needed, US spine today.`), 'us-area');
    assert.equal(orderOf(`${tuft} No MRI lumbar spine needed, US spine today.`), 'us-area');
    assert.equal(orderOf(`${tuft} No MRI lumbar spine needed, US spine if worse.`), null);
    assert.equal(orderOf(`${tuft} No MRI or US spine.`), null);
  });
});

describe('the study after "now", past a denied other study, and a spelled closing study, narrowed (review r50-2)', () => {
  const tuft = '9 mo F, tuft of hair over the sacrum, neuro exam normal.';
  const pain = '13 yo M, low back pain for 6 weeks, wakes him at night.';

  it('leads the study after ", now" only past clauses that name a finding, an exam result, the age or a history told', () => {
    assert.equal(orderOf(`${tuft.slice(0, -1)}, now MRI lumbar spine`), 'mri-area-without');
    assert.equal(orderOf(`${pain.slice(0, -1)}, X R normal, now MRI lumbar spine.`), 'mri-area-without');
    assert.equal(orderOf(`${tuft} Sister had US at birth, now MRI L-spine.`), 'mri-area-without');
    assert.equal(orderOf(`${pain} Brother also had back pain, now MRI lumbar spine.`), 'mri-area-without');
  });

  it('leaves the study after ", now" unordered past a relative, options, an asking, a proposal, a time to come or a hedge', () => {
    for (const before of [
      'For her twin', // 031
      'Options: observe, US spine', // 034
      'Parents ask whether to wait', // 035
      'When she is 1 year', // 042
      'After her first birthday', // 043
      'Until then', // 044
      'Mum wonders', // 046
      'When she is older', // 088
      'NSGY suggest', // 090
      'Radiology would prefer', // 091
      'Or alternatively', // 093
      'Possibly', // 100
    ])
      assert.equal(orderOf(`${tuft} ${before}, now MRI lumbar spine`), null, before);
    assert.equal(orderOf(`${tuft} For her brother, now US spine`), null); // 092
    assert.equal(orderOf(`${pain} Sports physio suggests, now MRI lumbar spine`), null); // 049
  });

  it('keeps the other study denied after a relative’s key or imaging denied in general', () => {
    assert.equal(orderOf(`${tuft} Sister: no MRI needed, US spine`), null); // 058
    assert.equal(orderOf(`${tuft} No repeat imaging indicated, US spine`), null); // 062
    assert.equal(orderOf(`${tuft} No MRI lumbar spine needed, US spine today.`), 'us-area');
  });

  it('leaves a spelled closing study for a relative or put off unordered', () => {
    assert.equal(orderOf(`${tuft} C T lumbar spine for sister`), null); // 073
    assert.equal(orderOf(`${tuft} M R I lumbar spine in 6 weeks`), null); // 097
    assert.equal(orderOf(`${tuft} M R I lumbar spine when older`), null);
    assert.equal(orderOf(`${tuft} M R I lumbar spine next month`), null);
    assert.equal(orderOf(`${tuft} M R I lumbar spine today`), 'mri-area-without');
    // Typed, a time to come after the closing study stays read as on main (corpus: "XR whole spine PA/lat at next visit").
    assert.equal(orderOf(`${tuft} MRI lumbar spine next month`), 'mri-area-without');
  });

  it('tells a spelled study by the letters the view joined, not by the spaces after a typed one', () => {
    // Typed with the spaces a join would leave ("CT" and two, "MRI" and three): still typed, read as on main.
    assert.equal(orderOf(`${tuft} CT  lumbar spine next month`), 'ct-area-without');
    assert.equal(orderOf(`${tuft} MRI   lumbar spine in 6 weeks`), 'mri-area-without');
    // Dictated letters, dotted or spaced, are spelled whatever the spaces after them.
    assert.equal(orderOf(`${tuft} C T  lumbar spine next month`), null);
    assert.equal(orderOf(`${tuft} M.R.I lumbar spine in 6 weeks`), null);
    assert.deepEqual(languageReading('Plan C T lumbar spine, CT  L-spine').spelledStudies, [{ start: 5, end: 8 }]);
  });
});

describe('a spoken full stop in a note the recognizer typed its marks into (r50)', () => {
  it('reads "full stop" between two words as the stop', () => {
    const note = '4 year old girl. hair tough over the lower back. neuro exam normal. referral sent to neurosurgery today full stop M R I lumbar spine without contrast please';
    assert.equal(orderOf(note), 'mri-area-without');
    assert.match(languageView('hair tough on the back today full stop MRI spine'), /today\. +MRI spine$/);
  });

  it('keeps "full stop" a phrase after an article, and "comma" and "period" as words there', () => {
    assert.match(languageView('Hair tough. Walking came to a full stop last week.'), /came to a full stop last week\.$/);
    assert.match(languageView('Hair tough. Pain for a period of two weeks comma colon cancer in dad.'), /for a period of .*comma colon cancer/);
    assert.equal(orderOf('3 yo boy, hair tough over the sacrum. Neuro normal. Mum worried full stop after discussion no imaging needed.'), null);
  });
});
