/**
 * Round 44's readings, each with the look-alikes that must keep their old reading.
 */
import * as assert from 'node:assert/strict';
import { ageOf, near, orderOf, readNote } from '../helpers';
import { ocrReading } from '../../server/src/clinical/ocr';

describe('the empty-set sign after a reflex, sensation or power is an absent finding, before a finding a denial', () => {
  const neuro = (line: string) => readNote('Patient: 12 yo M', 'History: back pain 1 wk', line, 'Order: MRI L-spine').facts.neuro.state;
  const CASES: [string, string][] = [
    ['Exam: ankle jerks Ø bilat, power 5/5', 'abnormal'],
    ['Exam: reflexes Ø at ankles', 'abnormal'],
    ['Neuro: sensation Ø below L5', 'abnormal'],
    ['Neuro: DTR Ø', 'abnormal'],
    ['Neuro: anal wink Ø', 'abnormal'],
    // A denial of what follows, or a sign whose absence is normal.
    ['Neuro: Ø focal deficit', 'normal'],
    ['Neuro: reflexes 2+, Ø clonus', 'normal'],
    ['Neuro: reflexes normal, Ø bowel or bladder issues', 'normal'],
    ['Neuro: power 5/5, Ø weakness', 'normal'],
    ['Neuro: Babinski Ø', 'normal'],
    ['FHx: father reflexes Ø (CMT)', 'unknown'],
    ['Neuro: knee jerks 2+, ankle jerks Ø', 'abnormal'],
    ['Neuro: reflexes L Ø, R 2+', 'abnormal'],
    // A reflex graded 0 is absent too.
    ['Neuro: ankle jerks 0 bilat', 'abnormal'],
    ['Neuro: reflexes 0 at ankles', 'abnormal'],
    // Review r44: any other word after the sign is what it denies; a grade or a state between leaves it unread.
    ['Neuro: reflexes normal Ø Babinski', 'normal'],
    ['Neuro: reflexes 2+ Ø sustained clonus', 'normal'],
    ['Neuro: power 5/5 Ø foot drop', 'normal'],
    ['Neuro: power Ø focal weakness', 'normal'],
    ['Neuro: sensation normal Ø numbness', 'normal'],
    ['Neuro: LT intact Ø deficit', 'normal'],
    ['Neuro: power 5/5 Ø fever', 'normal'],
    ['Neuro: anal wink present Ø', 'normal'],
    ['Neuro: sensory Ø level', 'unknown'],
    ['Neuro: sensation Ø change', 'unknown'],
    ['Neuro: power Ø concerns', 'unknown'],
    ['Neuro: reflexes 2+ Ø', 'unknown'],
  ];
  for (const [line, want] of CASES) it(`${line} -> ${want}`, () => assert.equal(neuro(line), want));
});

describe('faxed and PDF letters (s65): words and sentences their line wrapping cut', () => {
  it('joins a word broken by a hyphen at a line end into a word of the knowledge files, keeping offsets and lines', () => {
    for (const [written, read] of [
      ['arrange an ultra-\nsound of this', 'arrange an ultrasound \n of this'],
      ['a flat haemang-\nioma over sacrum', 'a flat haemangioma \n over sacrum'],
      ['an u1tra-\nsound please', 'an ultrasound \n please'],
      ['SPINAL ULTRA-\nSOUND', 'SPINAL ULTRASOUND \n'],
    ]) {
      const view = ocrReading(written).view;
      assert.equal(view, read);
      assert.equal(view.length, written.length);
      assert.equal(view.split('\n').length, written.split('\n').length);
    }
    // A compound the files never write joined, a capital opening the next line, a dash before a value: as written.
    for (const written of ['right-\nsided weakness', 'MRI-\nPlan: review', 'dimple-\nno hair', 'hair tuft-\nneg']) assert.equal(ocrReading(written).view, written);
  });

  it('reads the study and its contrast across a wrapped line of a letter, never joining a terse note’s lines', () => {
    assert.equal(
      orderOf('Re: Jordan M, 15 years', 'Back pain 5 weeks with night sweats. I would be grateful for a CT of the thoracic and', 'lumbar spine with IV contrast.'),
      'ct-area-with',
    );
    assert.equal(orderOf('Re: Jordan M, 15 years', 'Back pain 5 weeks, night sweats. I would be grateful for a CT of the', 'thoracic spine with IV contrast.'), 'ct-area-with');
    // A line ending on a noun stays its own: "neuro exam normal" then "plan CT …" is two thoughts.
    assert.equal(
      orderOf(
        '15 y F gymnast back pain 2 months worse with arching no fever',
        'xray LS done outside shows grade 1 spondylolisthesis L5 on S1 with pars defect neuro exam normal',
        'plan CT lumbar spine without contrast then ortho r/v',
      ),
      'ct-area-without',
    );
  });

  it('reads the closing study above a form’s priority boxes', () => {
    assert.equal(orderOf('18 yo M fell 3 m from a ladder, tender L1.', 'Neuro intact.', 'XR L-spine', '[X] Urgent'), 'xr-area');
    assert.equal(orderOf('15 yo M fell 3 m from a ladder.', 'Neuro intact.', 'XR L-spine', '[ ] STAT  [ ] Urgent  [X] Routine'), 'xr-area');
    // A report after it, or a key between, still leaves it unread as the order.
    assert.equal(orderOf('15 yo M fell 3 m from a ladder.', 'XR L-spine', 'Normal.', '[X] Urgent'), 'none');
    assert.equal(orderOf('15 yo M fell 3 m from a ladder.', 'XR L-spine', 'Neuro: intact', '[X] Urgent'), 'none');
    // Boxes of the study or its contrast tell more of the order than the line above: not passed over (review r44).
    assert.equal(orderOf('Pt 15 yo', 'Back pain, fever, night sweats.', 'CT L-spine', '[X] With contrast'), 'none');
    assert.equal(orderOf('Pt 15 yo', 'Back pain.', 'XR L-spine', '[ ] XR  [X] MRI'), 'none');
  });

  it('reads "Age 15" in a header column without a colon; an area code in brackets is no age', () => {
    assert.equal(ageOf('Name: Chloe W     Age 15', 'Back pain 3 wk, gymnast.', 'Request: XR L-spine'), 180);
    assert.equal(ageOf('Name: Tom B     Age 3 mo', 'Sacral dimple.', 'Request: US spine'), 3);
    assert.equal(ageOf('Name: Chloe W     Age 15   Sex: F', 'Back pain 3 wk.', 'Request: XR L-spine'), 180);
    // A column after it with no colon keeps the whole in the value above, unread, as before.
    assert.equal(ageOf('Name: Chloe W     Age 15   Sex F', 'Back pain 3 wk.', 'Request: XR L-spine'), undefined);
    const header = 'FAX FROM: Westmead Family Doctors  (02) 9555 0177    16/05/2024 14:22';
    assert.equal(ageOf(header, 'Re: Jordan M, 15 years', 'Back pain.', header, 'Request: XR L-spine'), 180);
    assert.equal(ageOf(header, 'Back pain.', header, 'Request: XR L-spine'), undefined);
  });
});

describe('dates written year first (East Asian and Hungarian records)', () => {
  it('reads a date of birth and a visit date written 2015/03/02 or 2026.11.06. in the text', () => {
    near(ageOf('Name: Tran   DOB 2015/03/02', 'Seen today 2026/11/06', 'Back pain 2 weeks.', 'Order: XR L-spine'), 140.13, 'slashes');
    near(ageOf('Date of visit: 2026/11/06', 'DOB 2015/03/02', 'Back pain.', 'Order: XR L-spine'), 140.13, 'visit key');
    near(ageOf('Re: Baby Conor, DOB 2026.08.01., seen today 2026.11.06.', 'Sacral dimple.', 'Order: US spine'), 3.16, 'dots');
    // No visit date: a birth date in the text alone gives no age.
    assert.equal(ageOf('Name: Tran   DOB 2015/03/02', 'Back pain.', 'Order: XR L-spine'), undefined);
  });
});

describe('a gestation after its key is never the age (review r44, an old harm)', () => {
  it('reads "GA 34 wk" or "Gestation 34 weeks" beside the name as the gestation, and the age told elsewhere', () => {
    assert.equal(ageOf('Patient: Baby Chloe W     GA 34 wk', 'Sacral dimple, 3 months old.', 'Order: US spine'), 3);
    assert.equal(ageOf('Patient: Baby Chloe W     Gestation 34 weeks', 'Sacral dimple, 3 months old.', 'Order: US spine'), 3);
    assert.equal(ageOf('Patient: Baby Chloe W     GA: 34+2 wks', 'Sacral dimple, 3 months old.', 'Order: US spine'), 3);
    // With no other age told, none: the gestation is not 7.8 months.
    assert.equal(ageOf('Patient: Baby Chloe W     GA 34 wk', 'Sacral dimple.', 'Order: US spine'), undefined);
    near(ageOf('Patient: Chloe, 10 wk, GA 34 wk', 'Sacral dimple.', 'Order: US spine'), 2.3, 'age before the gestation');
  });
});

describe('gadolinium written "Gd" and a plus before contrast (round 44)', () => {
  const order = (study: string) => orderOf('Pt 12 yo', 'Back pain, fever.', `Order: ${study}`);
  it('reads "w/ Gd", "with Gd", "+ Gd", "+ contrast", "+ IV contrast" as with contrast', () => {
    for (const s of ['MRI L-spine w/ Gd', 'MRI L-spine with Gd', 'MRI L-spine + Gd', 'MRI L-spine + contrast', 'MRI L-spine + IV contrast'])
      assert.equal(order(s), 'mri-area-with', s);
  });
  it('keeps the pairs, the denials and the plus of anything else', () => {
    assert.equal(order('MRI L-spine w/o & w/ Gd'), 'mri-area-without-and-with');
    assert.equal(order('MRI L-spine plain + contrast'), 'mri-area-without-and-with');
    assert.equal(order('MRI L-spine w/o Gd'), 'mri-area-without');
    assert.equal(order('MRI L-spine, no Gd'), 'mri-area-without');
    assert.equal(order('MRI L-spine T1 + T2'), 'mri-area-without');
    assert.equal(order('MRI L-spine +/- contrast'), 'mri-area-without');
    assert.equal(order('MRI L-spine without contrast; + contrast only if abnormal'), 'mri-area-without');
  });
});

describe('review r44b: a plan heading in the writer’s language, ages beside a relative, requests weighed, replacements taken back', () => {
  const order = (...lines: string[]) => orderOf('Patient: 14 yo', 'History: back pain 1 week, no red flags, neuro normal', ...lines);
  it('reads no order under a native plan heading whose value denies, conditions, dates, weighs or refuses the study, or asks', () => {
    for (const line of [
      'Tiltak: fysioterapi, ingen MR',
      'Zalecenia: fizjoterapia, bez MRI',
      'Dop.: rehabilitace, MR není indikována',
      'Rencana: fisioterapi, MRI tidak perlu',
      'Tiltak: MR ved forverring',
      'Zalecenia: MRI kręgosłupa w razie pogorszenia',
      'Javaslat: MR ha nem javul',
      'Åtgärd: MR ländrygg gjord 2025, normal',
      'Åtgärd: MR ländrygg bokad? Diskuteras',
      'Dop.: MR páteře zvážit',
      'Dop.: MR páteře - rodiče odmítli',
    ])
      assert.equal(order(line), 'none', line);
    // The study asked for outright, its contrast in the writer's words, still reads.
    assert.equal(order('Åtgärd: MR ländrygg utan kontrast'), 'mri-area-without');
    assert.equal(order('Zalecenia: MRI kręgosłupa bez kontrastu'), 'mri-area-without');
    assert.equal(order('Tiltak: Rtg columna lumbosacralis AP/side'), 'xr-area');
  });

  it('never reads a relative’s age beside it, in either order, in an age language', () => {
    assert.equal(ageOf('11letý bratr má skoliózu. Pacientka 4 měsíce.', 'Sacral dimple.', 'Order: US spine'), 4);
    assert.equal(ageOf('Lány, 13 éves bátyja asztmás. 4 hónapos.', 'Sacral dimple.', 'Order: US spine'), 4);
    assert.equal(ageOf('Pojke. Bror 3 dagar gammal hemma.', 'Back pain.', 'Order: XR L-spine'), undefined);
    // A relative opening the next sentence is no relative of the age.
    assert.equal(ageOf('Pesar 6 sal. Mother worried about spina bifida in the family.', 'Adv: USG spine'), 72);
  });

  it('reads contrast left open ("± Gd", "+/- contrast") as none asked for', () => {
    for (const c of ['+/- Gd', '± gad', '± contrast', '+/- contrast']) assert.equal(orderOf('Pt 12 yo', 'Back pain, fever.', `Order: MRI L-spine ${c}`), 'mri-area-without', c);
  });

  it('reads no order from a requisition asked about or weighed, nor a replacement told past or taken back', () => {
    assert.equal(order('Req CT L-spine?'), 'none');
    assert.equal(order('Req CT L-spine received from GP, vetted: declined, no imaging indicated.'), 'none');
    assert.equal(orderOf('14:02 Dr A: 14 yo back pain, fever, XR L-spine ordered', '14:20 Dr B: XR cancelled, MRI L-spine w/o ordered'), 'mri-area-without');
    assert.equal(
      orderOf('14:02 Dr A: 14 yo back pain, fever, XR L-spine ordered', '14:20 Dr B: XR cancelled, MRI L-spine w/o ordered', '14:40 Dr A: MRI cancelled too, XR reinstated.'),
      'xr-area',
    );
  });

  it('keeps soiling the treated constipation no longer explains a sign', () => {
    assert.ok(
      readNote('Patient: 9 yo', 'History: back pain 1 wk. Soiling despite constipation fully treated, disimpacted.', 'Plan: MRI L-spine').facts.hits.some(
        (h) => h.present && h.finding.id === 'incontinence',
      ),
    );
  });
});
