/**
 * Clinical word lists moved out of regular expressions in code into the knowledge data (reading-vocabulary.json
 * suspectedIntraspinalLesion, musculoskeletalService, backPainNamed, painTiedToDoing, orderedNow, checkNameEnds,
 * dimpleNamed, tellersNearPit, ultrasoundNamed, otherUltrasoundRegions, ultrasoundOtherSubjects, neurosurgeryNamed, neuroNotExamined,
 * backRegionsJoined, radiographViews; age-vocabulary.json ageToldByWord, olderChild, bracketNotAge, gestationTold,
 * neonatalUnits, newbornNamed). The code builds each pattern once from the words and
 * keeps the grammar around them: each group matches real phrases and not their near misses, reads its words from the
 * vocabulary (a copy without a word matches no more), and a malformed list fails at load with a message naming the
 * file, the list and the fault.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type AgeVocabulary, AgeVocabularySchema, ageWordPatterns, loadAgeVocabulary } from '../../server/src/clinical/age-fact';
import { backPainOf, lesionPatterns, painTiedToDoingOf, servicePatterns } from '../../server/src/clinical/classify';
import { orderedNowOf } from '../../server/src/clinical/order-cues';
import { checkNameEndsOf } from '../../server/src/clinical/order-openings';
import { priorReportPatterns, viewsOnlyOf } from '../../server/src/clinical/prior-in-text';
import { viewsLeadOf } from '../../server/src/clinical/study-names';
import { anotherPitOf, dimpleNamedOf, tellerNearOf } from '../../server/src/clinical/dimple';
import { junctionNamedOf, mayNameNeurosurgeryOf } from '../../server/src/clinical/events';
import { notExaminedOf } from '../../server/src/clinical/neuro-text';
import { durationBeforeOf } from '../../server/src/clinical/pain-duration';
import { ultrasoundPatterns } from '../../server/src/clinical/prior';
import { reportWordsOf, tellsAFinding, tellsTheExam } from '../../server/src/clinical/study-reported';
import { readingVocabulary, readingVocabularySchema } from '../../server/src/clinical/vocabulary';
import { KnowledgeError, parseJsonFile } from '../../server/src/knowledge/loader';

const v = readingVocabulary();
const age = loadAgeVocabulary();

/** Each phrase matches, each near miss does not. */
function reads(re: RegExp, yes: readonly string[], no: readonly string[]): void {
  for (const s of yes) assert.ok(re.test(s), `should match: ${JSON.stringify(s)}`);
  for (const s of no) assert.ok(!re.test(s), `should not match: ${JSON.stringify(s)}`);
}

describe('clinical word lists read from the knowledge data', () => {
  describe('reading-vocabulary suspectedIntraspinalLesion', () => {
    const p = lesionPatterns(v.suspectedIntraspinalLesion);
    it('names a lesion inside the canal, not one near it', () =>
      reads(
        p.intraspinal,
        ['?tethered cord', 'intradural lipoma', 'r/o spinal tumour', 'spinal tumor', 'lipomyelomeningocele', 'transverse myelitis'],
        ['cordial', 'spinal tap', 'paraspinal mass', 'tumour of the femur'],
      ));
    it('names an infection anywhere in a word, TB only as a word', () =>
      reads(p.infectious, ['epidural abscess', 'osteomyelitis', 'meningitis', 'discitis', 'Pott disease (TB)', 'tuberculous'], ['stable', 'tumour', 'lipoma', 'cord']));
    it('is built from the vocabulary: without "tb" the word is no infection', () => {
      const copy = { ...v.suspectedIntraspinalLesion, infectiousWords: ['tbx'] };
      assert.ok(!lesionPatterns(copy).infectious.test('spinal TB'));
    });
  });

  describe('reading-vocabulary musculoskeletalService', () => {
    const p = servicePatterns(v.musculoskeletalService);
    it('the service word is the whole hit', () => reads(p.serviceName, ['MSK', 'musculoskeletal'], ['MSKs', 'msk pain']));
    it('a specialty right before it, a service word right after it', () => {
      reads(p.specialtyBefore, ['MRI VETTING - Paediatric ', 'peds '], ['paediatrician ', 'paediatric, ']);
      reads(p.serviceAfter, [' clinic', ' radiology', ' vetting today'], [' clinician', ', clinic', 'clinic']);
    });
    it('a pain right after it names the cause', () => reads(p.painAfter, [' back pain', ' low back ache', ' strain'], [' painless', ' clinic for back pain', 'pain']));
    it('is built from the vocabulary: a copy without "triage" reads no triage service', () => {
      const copy = { ...v.musculoskeletalService, serviceWords: v.musculoskeletalService.serviceWords.filter((w) => w !== 'triage') };
      assert.ok(p.serviceAfter.test(' triage'));
      assert.ok(!servicePatterns(copy).serviceAfter.test(' triage'));
    });
  });

  describe('reading-vocabulary backPainNamed', () => {
    const re = backPainOf(v.backPainNamed);
    it("names the back's own pain", () =>
      reads(re, ['Low back pain x 3 wks', 'backache', 'back ache', 'LBP', 'her back is sore', 'sore back'], ['neck pain', 'backpack', 'back of the knee aches', 'feedback']));
  });

  describe('reading-vocabulary painTiedToDoing', () => {
    const re = painTiedToDoingOf(v.painTiedToDoing);
    it('ties a pain to a doing, never to rest', () =>
      reads(
        re,
        ['hurts when she bowls', 'pain after football', 'sore with running', 'back ache during practice'],
        ['pain at rest', 'sore when lying down', 'aches with rest', 'pain on waking', 'pain, and or', 'painting with friends'],
      ));
    it('is built from the vocabulary: a rest word added unties the pain', () => {
      assert.ok(re.test('pain when bending'));
      assert.ok(!painTiedToDoingOf({ ...v.painTiedToDoing, atRest: [...v.painTiedToDoing.atRest, 'bending'] }).test('pain when bending'));
    });
  });

  describe('reading-vocabulary orderedNow', () => {
    const p = orderedNowOf(v.orderedNow);
    it('a study ordered now, or a request to order', () =>
      reads(
        p.orderedNow,
        ['I have arranged it today', 'booking now', 'Booked this morning', 'pls arrange', "I'll organise", 'will now request'],
        ['arranged last week', 'booked for next month', 'please call', 'arrangement today'],
      ));
    it('any study named before the order', () => reads(p.otherStudy, ['Have requested XR', 'x-rays', 'MRI', 'old films', 'USG'], ['xrt', 'music', 'ctx', 'filming']));
  });

  describe('reading-vocabulary checkNameEnds', () => {
    const re = checkNameEndsOf(v.checkNameEnds);
    it("only the study's contrast or views before the sentence's end", () =>
      reads(
        re,
        ['', '.', ' with contrast', ' without gadolinium.', ' w/o gad', ' AP/lat', ' (PA and lateral)', ' non-contrast AP & lat'],
        [' from 2024', ' booking', ' with sedation', ' AP/oblique', ' ?needed'],
      ));
  });

  describe('reading-vocabulary priorReportWords', () => {
    const p = priorReportPatterns(v.priorReportWords);
    it("a spinal report's findings and images", () =>
      reads(
        p.spineReport,
        ['conus at L1', 'filum normal', 'nerve roots', 'tethered', 'images degraded by motion', 'limited by ossification'],
        ['conical', 'rooted', 'canals', 'viewer'],
      ));
    it('a finding gone or benign', () => reads(p.normalByCourse, ['resolved', 'healed fracture', 'normal variant', 'physiological'], ['unresolved?', 'variants', 'physiology']));
    it("a radiograph's signs", () =>
      reads(
        p.imagingSign,
        ['lucency', 'lytic lesion', 'sclerotic rim', 'endplate irregularity', 'grade 1 listhesis', 'vertebra plana', 'disc space narrowing'],
        ['lyticase', 'pedicure', 'planar', 'spondylolisthesis'],
      ));
    it("a result told on a study's line", () =>
      reads(p.lineResult, ['US spine 3/2/26: normal', 'conus at L3', 'filum 2.4 mm', 'cyst 1 cm', 'nl'], ['abnormality?', 'normally', 'mum to book', '2 mmol', 'conical']));
    it('a study still to be done on that line', () =>
      reads(
        p.lineStillToDo,
        ['mum to book', 'result awaited', 'awaiting slot', 'pending', 'requested', 'to be\narranged', 'TBA'],
        ['booklet given', 'requests noted?', 'unplanned', 'done'],
      ));
    it('a run-on clause to its final result, then the plan', () => {
      assert.equal(p.runOnNext.exec(' as newborn normal now dad wants more imaging')?.[1], ' as newborn normal');
      assert.equal(p.runOnNext.exec(' at birth nl so MRI now')?.[1], ' at birth nl');
      for (const miss of [' showed normal cord, now', ' at birth normal, now mri', ' normal today', ' normally now', ' negation pls'])
        assert.equal(p.runOnNext.exec(miss), null, miss);
    });
  });

  describe('reading-vocabulary anotherPit', () => {
    it('a pit or a sinus named', () => reads(anotherPitOf(v.anotherPit), ['a pit above it', 'sinus tract', 'two pits', 'pilonidal sinus'], ['pitted', 'sinusitis', 'spit']));
  });

  describe('reading-vocabulary spinalJunctions', () => {
    const re = junctionNamedOf(v.spinalJunctions);
    it('a junction by name or by its slashed letters, then "junction"', () =>
      reads(
        re,
        ['at the thoracolumbar junction', 'thoraco-lumbar junction', 'T/L junction', 'L / S junction', 'TL junction', 'lumbosacral  junction'],
        ['thoracolumbar spine', 'junctional', 'the junction', 'cervical junction'],
      ));
    it('is built from the vocabulary: without "tl" the letters name no junction', () => {
      assert.ok(!junctionNamedOf({ ...v.spinalJunctions, words: v.spinalJunctions.words.filter((w) => w !== 'tl') }).test('TL junction'));
    });
  });

  describe('reading-vocabulary reportFindingWords and examWords', () => {
    it('what a report after a study tells, or the family reassured', () => {
      for (const s of [
        'Small lipoma of the filum',
        'No fracture.',
        'Normal conus, no tether.',
        'tethered cord',
        'no acute findings',
        'No abnormality detected',
        'family reassured',
      ])
        assert.ok(tellsAFinding(s), s);
      for (const s of ['lipomatous', 'fractured ribs', 'aware', 'no change', 'conical']) assert.ok(!tellsAFinding(s), s);
    });
    it('the keyed report: no reassurance, but a report opening on "no"', () =>
      reads(reportWordsOf(v).reportFinding, ['No abnormality', ' no', 'syrinx T6-T9'], ['family reassured', 'normal', 'nothing seen']));
    it('the examination told', () => {
      for (const s of ['Normal neuro exam', 'gait normal', 'power 5/5', 'reflexes brisk', 'NV intact', 'DTRs 2+']) assert.ok(tellsTheExam(s), s);
      for (const s of ['US spine normal', 'gaiter', 'tones', 'powered']) assert.ok(!tellsTheExam(s), s);
    });
  });

  describe('age-vocabulary ageToldByWord, olderChild, bracketNotAge', () => {
    const p = ageWordPatterns(age);
    it('an age told with a unit, a date of birth or the teenage years', () =>
      reads(
        p.ageToldWithUnit,
        ['9 months', '7 yo', '3 y/o', '10 wk old', 'DOB 2012-03-04', 'D.O.B: 12/03/2012', 'date of birth', 'a teenager', 'adolescent'],
        ['NIPE day 2', 'doberman', 'steen', 'day 3 of life'],
      ));
    it("words of an older child's note", () =>
      reads(p.olderChild, ['low back pain', 'backache', 'plays rugby', 'gymnastics', 'at school', 'pubertal'], ['newborn check', 'sporting', 'classic', 'schooner']));
    it('a room, a bed or a grade right after the bracket', () =>
      reads(p.bracketNotAge, [', room 7', ' bed 3', ', grade 9 student', '; Yr 4'], [' roommate', ' bedside', ', graded', ' with his mum in room 7']));
    it('is built from the vocabulary: without "teen*" a teenager tells no age', () => {
      const copy: AgeVocabulary = { ...age, ageToldByWord: { ...age.ageToldByWord, teen: ['adolescent'] } };
      assert.ok(!ageWordPatterns(copy).ageToldWithUnit.test('a teenager'));
    });
  });

  describe('reading-vocabulary dimpleNamed and tellersNearPit', () => {
    it("the dimple's own names, English and Romance", () =>
      reads(
        dimpleNamedOf(v.dimpleNamed),
        ['sacral dimple', 'two dimples', 'fossette sacrée', 'fossetta sacrale', 'fosita sacra', 'fosseta', 'a pit at the top of the cleft'],
        ['dimpled skin', 'pitted', 'fossa', 'spit', 'fossettina', 'anal fissure'],
      ));
    it('someone else telling of the pit, the phrase also over a line break', () =>
      reads(
        tellerNearOf(v.tellersNearPit),
        ['a pit per mum', 'according to the nurse', 'according\nto GP', 'grandmother says', 'Mom thinks so', 'as reported', 'parents believe'],
        ['performed', 'mumps', 'paternal', 'nursery', 'accordingly', 'gpa', 'reporter'],
      ));
    it('is built from the vocabulary: without "gp" the GP tells nothing', () => {
      assert.ok(tellerNearOf(v.tellersNearPit).test('GP x'));
      assert.ok(!tellerNearOf({ ...v.tellersNearPit, words: v.tellersNearPit.words.filter((w) => w !== 'gp') }).test('GP x'));
    });
  });

  describe('reading-vocabulary ultrasoundNamed and otherUltrasoundRegions', () => {
    const p = ultrasoundPatterns(v);
    it("an ultrasound's names as whole words, every one in a sentence", () => {
      reads(
        new RegExp(p.named, 'i'),
        ['spinal US: conus at L1', 'USS spine', 'USG normal', 'ultrasound', 'sonography', 'head scan'],
        ['use', 'usual', 'scanned', 'sonorous', 'bus'],
      );
      assert.deepEqual(
        [...'hip US, then spinal USS'.matchAll(p.named)].map((m) => m[0]),
        ['US', 'USS'],
      );
    });
    it('another region at most a word before it', () =>
      reads(p.otherRegionBefore, ['hip ', 'Renal bladder ', 'abdominal ', 'cranial '], ['spinal ', 'lumbar ', 'hip was normal on the ', 'kidneyshaped ']));
    it('is built from the vocabulary: without "hip" a hip US is the spine\'s', () => {
      const copy = { ...v, otherUltrasoundRegions: { ...v.otherUltrasoundRegions, words: v.otherUltrasoundRegions.words.filter((w) => w !== 'hip') } };
      assert.ok(!ultrasoundPatterns(copy).otherRegionBefore.test('hip '));
    });
  });

  describe('reading-vocabulary ultrasoundOtherSubjects', () => {
    const p = ultrasoundPatterns(v);
    it('another clause or subject after the ultrasound, as whole words', () =>
      reads(
        p.otherClause,
        [
          ', though feeding was inadequate',
          ' normal; x-rays showed',
          ' ok, Follow-up in clinic',
          ' fine, weight gain poor',
          ' normal, photos sent',
          ' normal then MRI',
          ' clear, XRAY',
        ],
        [' normal, conus at L1', ' showed a filum lipoma', ' xrayed', ' filmy echoes', ' weighted', ' unremarkable, reassured'],
      ));
    it('is built from the vocabulary: without "feeding" the feeding is told of the ultrasound', () => {
      const copy = { ...v, ultrasoundOtherSubjects: { ...v.ultrasoundOtherSubjects, words: v.ultrasoundOtherSubjects.words.filter((w) => w !== 'feeding') } };
      assert.ok(!ultrasoundPatterns(copy).otherClause.test(', feeding was poor'));
      assert.ok(ultrasoundPatterns(copy).otherClause.test(', though feeding was poor'));
    });
  });

  describe('reading-vocabulary neurosurgeryNamed', () => {
    const re = mayNameNeurosurgeryOf(v.neurosurgeryNamed);
    it("holds every spelling of neurosurgery the referral reads (the filter's promise)", () => {
      for (const s of v.referral.neurosurgery) assert.ok(re.test(s), s);
    });
    it('in a field, and not in near misses', () =>
      reads(re, ['Consult to Ped NS OPD', 'neural  surgery', 'Neurosurgical review', 'NSG f/u'], ['NSAID', 'ns1', 'ortho', 'Peds surgery', 'transverse']));
  });

  describe('reading-vocabulary neuroNotExamined', () => {
    it("an exam's whole value telling it was not done", () =>
      reads(
        notExaminedOf(v.neuroNotExamined),
        ['N/A', ' na ', 'not assessed.', 'Deferred', 'unable to examine', 'not applicable'],
        ['not assessed today', 'normal', 'n/a - crying', 'nna', 'not seen'],
      ));
  });

  describe('reading-vocabulary backRegionsJoined', () => {
    const re = durationBeforeOf(v.backRegionsJoined);
    it('a duration before two back regions joined', () =>
      reads(
        re,
        ['2 months of upper and lower ', '10 weeks of thoracic or lumbar ', '6 wk h/o mid & low '],
        ['2 months of neck and lower ', '10 mo F with upper and lower ', '2 months of upper and lower and mid '],
      ));
    it('is built from the vocabulary: without "upper" the three words are too many', () => {
      assert.ok(!durationBeforeOf({ ...v.backRegionsJoined, words: v.backRegionsJoined.words.filter((w) => w !== 'upper') }).test('2 months of upper and lower '));
    });
  });

  describe('reading-vocabulary radiographViews', () => {
    it('a clause of views alone, naming no study', () =>
      reads(
        viewsOnlyOf(v.radiographViews),
        ['AP', 'AP/lat', 'standing PA', 'AP and lateral', 'flexion / extension', 'obliques'],
        ['AP spine', 'lateral XR', 'lateralis', 'views', 'apex'],
      ));
    it("the views before an order's study name are passed over, the name kept", () => {
      const re = viewsLeadOf(v.radiographViews);
      assert.equal('AP and lateral L-spine XR'.replace(re, ''), 'L-spine XR');
      assert.equal('standing PA/lat scoliosis films'.replace(re, ''), 'scoliosis films');
      assert.equal('lateral thoracolumbar spine radiographs'.replace(re, ''), 'thoracolumbar spine radiographs');
      for (const s of ['laterality of pain', 'MRI L-spine', 'plainly XR']) assert.equal(s.replace(re, ''), s);
    });
    it('is built from the vocabulary: without "standing" a standing film keeps its word', () => {
      const copy = { ...v.radiographViews, beforeName: v.radiographViews.beforeName.filter((w) => w !== 'standing') };
      assert.equal('standing PA scoliosis films'.replace(viewsLeadOf(copy), ''), 'standing PA scoliosis films');
    });
  });

  describe('age-vocabulary gestationTold and neonatalUnits', () => {
    const p = ageWordPatterns(age);
    it('a value that may tell a gestation', () =>
      reads(
        p.mayGiveGestation,
        ['ex-28 weeker', 'born at 32 wk', 'former 30wk', 'GA 34+2', 'EGA 36', 'preterm', 'ex prem', 'premmie', 'preemie', 'gestational age', '30weeker'],
        ['expert', 'exam', 'reborn', 'stubborn', 'gabapentin', 'supreme', 'exercise'],
      ));
    it("a neonatal unit's heading before a dash", () => {
      reads(p.neonatalUnitHeading, ['NICU - ', 'SCBU \u2013', '  nnu\u2014  ', 'SNCU-'], ['NICU step-down -', 'PICU - ', 'NICU', 'NICU - day 2']);
      assert.equal('SCBU - baby girl'.replace(p.neonatalUnitLead, ''), 'baby girl');
      assert.equal('PICU - baby girl'.replace(p.neonatalUnitLead, ''), 'PICU - baby girl');
    });
    it('each word naming a newborn, where it stands', () => {
      const found = [...'Newborn boy, neonatal unit; new-born sib, newborns, neonates'.matchAll(p.newbornInText)].map((m) => [m[0], m.index]);
      assert.deepEqual(found, [
        ['Newborn', 0],
        ['neonatal', 13],
        ['new-born', 28],
      ]);
    });
    it('is built from the vocabulary: without "prem*" an ex-prem still shows, a "prem" alone no more', () => {
      const copy: AgeVocabulary = { ...age, gestationTold: { ...age.gestationTold, words: age.gestationTold.words.filter((w) => w !== 'prem*') } };
      assert.ok(ageWordPatterns(copy).mayGiveGestation.test('ex-prem'));
      assert.ok(!ageWordPatterns(copy).mayGiveGestation.test('prem baby'));
    });
  });

  describe('a malformed list fails at load with a clear message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-lists-'));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    /** The message of the KnowledgeError a reading vocabulary with this change raises at load. */
    function loadError(file: string, json: unknown, schema: Parameters<typeof parseJsonFile>[1]): string {
      const f = path.join(dir, file);
      fs.writeFileSync(f, JSON.stringify(json));
      try {
        parseJsonFile(f, schema);
      } catch (e) {
        assert.ok(e instanceof KnowledgeError);
        return e.message;
      }
      assert.fail(`${file} loaded`);
    }
    const reading = (change: (o: Record<string, Record<string, unknown>>) => void) => {
      const o = structuredClone(v) as unknown as Record<string, Record<string, unknown>>;
      change(o);
      return o;
    };
    it('an empty list', () =>
      assert.match(
        loadError(
          'reading-vocabulary.json',
          reading((o) => (o.orderedNow.now = [])),
          readingVocabularySchema(),
        ),
        /reading-vocabulary\.json: orderedNow\.now: Too small: expected array to have >=1 items/,
      ));
    it('a word listed twice', () =>
      assert.match(
        loadError(
          'reading-vocabulary.json',
          reading((o) => (o.painTiedToDoing.atRest = ['rest', 'night', 'rest'])),
          readingVocabularySchema(),
        ),
        /painTiedToDoing\.atRest\[2\]: "rest" is listed twice/,
      ));
    it('a word that is a pattern, not a word', () =>
      assert.match(
        loadError(
          'reading-vocabulary.json',
          reading((o) => (o.suspectedIntraspinalLesion.intraspinal = ['cord', 'tumou?r'])),
          readingVocabularySchema(),
        ),
        /suspectedIntraspinalLesion\.intraspinal\[1\]: must be lower-case letters/,
      ));
    it('a new list without its $comment', () =>
      assert.match(
        loadError(
          'reading-vocabulary.json',
          reading((o) => delete o.checkNameEnds.$comment),
          readingVocabularySchema(),
        ),
        /checkNameEnds\.\$comment/,
      ));
    it("an order-keyed line's refusals emptied", () =>
      assert.match(
        loadError(
          'reading-vocabulary.json',
          reading((o) => ((o.orderKeyedLine.notThisChildNow as Record<string, unknown>).timesAhead = [])),
          readingVocabularySchema(),
        ),
        /orderKeyedLine\.notThisChildNow\.timesAhead: Too small/,
      ));
    it('a moved list emptied', () =>
      assert.match(
        loadError(
          'reading-vocabulary.json',
          reading((o) => (o.neurosurgeryNamed.parts = [])),
          readingVocabularySchema(),
        ),
        /neurosurgeryNamed\.parts: Too small/,
      ));
    it('in the age vocabulary too', () => {
      const o = structuredClone(age) as unknown as Record<string, Record<string, unknown>>;
      o.bracketNotAge.words = ['room', 'Bed'];
      assert.match(loadError('age-vocabulary.json', o, AgeVocabularySchema), /age-vocabulary\.json: bracketNotAge\.words\[1\]: must be lower-case letters/);
    });
  });
});
