/**
 * Round 56 (fix56c): notes from note-taking apps and EHR smart-text written in Markdown (clinical/markdown.ts). A heading's
 * "#" marks and bold or italic marks are read as the plain text they mark, offsets kept; the near-misses stay as written:
 * the language's own comment and acknowledgement, a problem list's "#1", an unfilled "***", a de-identified "[**Name**]",
 * a bullet, a product, and a one-mark "#" line in a note not written in Markdown.
 */
import * as assert from 'node:assert/strict';
import { markdownReading } from '../../server/src/clinical/markdown';
import { ageOf, ids, note, presentIn, readNote, traumaOf } from '../helpers';

const view = (...lines: string[]) => markdownReading(lines.join('\n')).view;
const same = (...lines: string[]) => assert.equal(view(...lines), lines.join('\n'), lines.join(' / '));

describe('markdown: headings read as their text', () => {
  it('moves a heading’s marks to the end of the line above, offsets kept', () => {
    const written = ['Seen today', '## 3 mo F — well baby', 'Plan: US spine'].join('\n');
    const read = markdownReading(written).view;
    assert.equal(read.length, written.length);
    assert.equal(read, ['Seen today   ', '3 mo F — well baby', 'Plan: US spine'].join('\n'));
    assert.equal(view('### 3 mo F', 'dimple'), '    3 mo F\ndimple');
    // Narrowed after review r56: a heading that is only a label stays the language's comment.
    same('### Skin', 'dimple');
    same('### Fever', '- denies');
    same('## Twin A (separate note)', '**Dimple check:**');
  });

  it('reads the age, clinic and sections a heading carries', () => {
    assert.equal(ageOf('## 3 mo F — well baby', '- sacral dimple 3 mm within cleft, 1 cm from anus, base seen', 'Plan: US spine'), 3);
    assert.equal(ageOf('#### 7 mo M — spine w/u', 'Skin: small hemangioma', 'Order: US spine'), 7);
    assert.equal(ageOf('### 22-wk-old F', '- dimple 3 mm', '- order: spine US') !== undefined, true);
    // A one-mark heading in a note written in Markdown elsewhere (a bold key, a deeper heading, a table row).
    assert.equal(ageOf('# 15 y/o F — LBP', '**HPI:** dull LBP x 2 wk', '**Order:** MRI L-spine w/o'), 180);
    assert.equal(ageOf('# 3 mo — repeat imaging', '| **Dimple** | deep |', '|---|---|', 'Order: repeat US spine'), 3);
    assert.equal(ageOf('## LBP — 12 y/o M', '## Plan', 'XR L-spine'), 144);
    // Narrowed after review r56: a one-mark line is read only when it opens on the age.
    assert.equal(ageOf('# LBP — 12 y/o M', '## Plan', 'XR L-spine'), undefined);
    // An order under an "## Order" heading, as under a plain "Order" line.
    assert.equal(readNote('# 17 yo F — LBP x 3 wk', '- no fever', '## Order', 'MRI lumbar spine w/o').facts.order?.reading.procedure?.id, 'mri-area-without');
  });

  it('keeps another person’s heading another person’s', () => {
    // The twin's own line stays the twin's; the heading tells the patient.
    assert.equal(ageOf('## Twin B — 5 mo', '**Twin A:** 5 mo, deep dimple', '**Skin:** no markers', '**Order:** US spine'), 5);
    assert.equal(presentIn('sacral-dimple', '# Twin B — 5 mo', '**Twin A:** 5 mo, deep dimple', '**Skin:** no markers', '**Order:** US spine'), false);
    // A follow-up's interval in a heading is no age where the note tells one.
    assert.equal(ageOf('## 6 wk f/u — back pain', '**Pt:** 12 yo M', '- LBP better', '**Plan:** no imaging'), 144);
  });

  it('leaves the language’s comments, acknowledgements and problem lists as written', () => {
    // One mark in a note not written in Markdown: the comment of the note language and its template.
    same('# reason for the order: parents anxious', 'Patient: 3-month-old boy', 'Order: US spine');
    same('# 3-month-old at a routine check-up', 'Findings: deep dimple', 'Order: US spine');
    assert.equal(ageOf('# 3-month-old at a routine check-up', 'Findings: deep dimple above the gluteal cleft', 'Neuro: normal', 'Order: US spine'), undefined);
    // An acknowledgement stays a comment and still silences its rule, in a Markdown note too.
    same('## acknowledge missing-age: clinician-judgement', 'Order: US spine');
    assert.equal(view('# acknowledge missing-age: other', '**Skin:** hair tuft').split('\n')[0].trimEnd(), '# acknowledge missing-age: other');
    assert.ok(!ids(note('# acknowledge missing-age: clinician-judgement', '**Findings:** hair tuft over sacrum', '**Order:** US spine')).includes('missing-age'));
    // A problem list's numbered item, a hashtag, a mark with no blank after it, an indented mark.
    same('#1 hair tuft', '#2 back pain', 'Order: US');
    assert.ok(view('#1 hair tuft', '**Plan:** US').startsWith('#1 hair tuft'));
    same('#LBP', 'Order: XR');
    same('  ## 3 mo', 'Order: US');
    same('####### 3 mo', 'Order: US');
  });
});

describe('markdown: bold and italic read as plain words', () => {
  it('blanks the marks, moving those opening a line out of the way', () => {
    assert.equal(view('Seen', '**Plan:** US spine'), 'Seen  \nPlan:   US spine');
    assert.equal(view('- **neg:** fever, *no* injury'), '-   neg:   fever,  no  injury');
    assert.equal(view('**15 y F** — LBP'), '  15 y F   — LBP');
  });

  it('reads a bold key as its key and an italic negation as a negation', () => {
    const r = readNote('# Back pain f/u', '- mild LBP x 5 d, *no* injury', '- **neg:** fever, night pain, wt loss', '- neuro: nl', '**Pt:** 12 yo');
    assert.equal(r.facts.trauma.significance, 'none');
    assert.equal(r.scenario, 'back-pain-no-red-flags');
    assert.equal(readNote('15 y/o F — LBP', '**ROS neg:** fever, wt loss, night sweats', '**Order:** MRI L-spine w/o').scenario, 'back-pain-no-red-flags');
    assert.equal(readNote('12 y M — LBP x 2 wk', '- **no** night pain, **no** fever', 'Order: XR L-spine').scenario, 'back-pain-no-red-flags');
    assert.equal(readNote('45 y/o M, fall from 3 m ladder; c/o LBP, ttp L2. Neuro intact. **CT L-spine** w/o.').facts.order?.reading.procedure?.id, 'ct-area-without');
  });

  it('keeps what the marks around it say', () => {
    // Still denied, asked, conditional or declined once the marks are gone.
    assert.equal(readNote('12 yo M', '- LBP x 3 wk', '- MRI L-spine *if* no better in 2 wk').facts.order?.reading.procedure?.id ?? 'none', 'none');
    assert.equal(readNote('12 yo M, LBP x 3 wk', '- XR L-spine **declined** by mom').facts.order?.reading.procedure?.id ?? 'none', 'none');
    assert.equal(traumaOf('12 yo M, LBP x 3 wk', '- **fell** off a 3 m wall'), 'significant');
    assert.ok(presentIn('night-pain', '12 yo M — LBP x 3 wk', '- *wakes him at night*', 'Order: XR L-spine'));
  });

  it('leaves stars that are no emphasis as written', () => {
    same('Age: ***', 'Order: US');
    same('Pt: [**Name**], 3 mo', 'Order: US');
    same('* LBP x 2 wk', '* no fever');
    same('dose 5*3 mg');
    same('pain* (see below)');
    same('**** none');
    same('Order: US spine');
  });
});

describe('markdown: a dimple’s checklist table', () => {
  const table = (title: string, ...rows: string[]) => [title, '', '| feature | |', '|---|---|', ...rows];
  const simple = ['| size < 5 mm | ✅ (~2 mm) |', '| within gluteal cleft | ✅ |', '| < 2.5 cm from anus | ✅ (about 1 cm) |', '| deep / base not seen | ❌ |'];
  const rulesOf = (...lines: string[]) => readNote('**Pt:** 4 mo F', '**Skin:** sacral dimple', ...lines, '**Neuro:** normal', '**Order:** US lumbar spine').rules;

  it('reads the ticked criteria under a line naming only the dimple as its description', () => {
    assert.ok(rulesOf(...table('**Dimple check:**', ...simple)).includes('simple-dimple'));
    assert.ok(rulesOf(...table('### Dimple', ...simple)).includes('simple-dimple'));
    assert.ok(rulesOf(...table('Sacral dimple checklist:', '| size < 5 mm | yes |', '| within gluteal cleft | Y |', '| < 2.5 cm from anus | ✔ |')).includes('simple-dimple'));
    // A ticked atypical criterion makes it atypical: no simple-dimple.
    const deep = rulesOf(...table('**Dimple check:**', '| size < 5 mm | ✅ |', '| within gluteal cleft | ✅ |', '| < 2.5 cm from anus | ✅ |', '| deep / base not seen | ✅ |'));
    assert.ok(!deep.includes('simple-dimple') && !deep.includes('dimple-undescribed'));
  });

  it('reads nothing from rows not ticked, another table or a title that is not only the dimple', () => {
    // Crosses and blanks tell nothing: still undescribed.
    assert.ok(rulesOf(...table('**Dimple check:**', '| size < 5 mm | ❌ |', '| within gluteal cleft | |', '| < 2.5 cm from anus | no |')).includes('dimple-undescribed'));
    // A relative's, a study's or a red-flag table.
    assert.ok(rulesOf(...table("**Brother's dimple:**", ...simple)).includes('dimple-undescribed'));
    assert.ok(rulesOf(...table('**US dimple findings:**', ...simple)).includes('dimple-undescribed'));
    assert.ok(rulesOf(...table('**Red flags:**', ...simple)).includes('dimple-undescribed'));
    // Text between the title and the table.
    assert.ok(rulesOf('**Dimple check:**', 'see photo', '| size < 5 mm | ✅ |', '| within gluteal cleft | ✅ |', '| < 2.5 cm from anus | ✅ |').includes('dimple-undescribed'));
    // "yellow" is no "y"; a note naming no dimple gets none from a table.
    assert.ok(rulesOf(...table('**Dimple check:**', '| size < 5 mm | yellowish |', '| within gluteal cleft | yellow |')).includes('dimple-undescribed'));
    assert.equal(presentIn('sacral-dimple', '12 yo M, LBP x 3 wk', ...table('**Dimple check:**', ...simple), 'Order: XR L-spine'), false);
  });
});
