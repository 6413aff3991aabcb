/**
 * Faxed and scanned notes read through OCR (clinical/ocr.ts, server/knowledge/ocr-vocabulary.json): a word the
 * reader does not know that becomes exactly one word it does by undoing OCR's look-alikes is read as that word,
 * through a view of the same length; numbers, levels, codes, amounts and known words are never changed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { compiledOcr, ocrReading, ocrVocabulary } from '../../server/src/clinical/ocr';
import { defaultKnowledgeDir } from '../../server/src/knowledge/loader';
import { work } from '../../server/src/notes/work';
import { orderOf, presentIn, readNote } from '../helpers';

/** A vocabulary that mends even a single word, so each family is tested word by word; one object, compiled once. */
const ONE_WORD = { ...ocrVocabulary(), minTokens: 1 };
const mended = (text: string) => ocrReading(text, ONE_WORD).view;
const words = (text: string) =>
  mended(text)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,.])/g, '');
/** The finding is read, and read as not there: a missing reading is no "no". */
const denied = (text: string, id: string) => {
  const hits = readNote(text).facts.hits.filter((h) => h.finding.id === id);
  return hits.length > 0 && hits.every((h) => !h.present);
};

describe('notes read through OCR', () => {
  describe('the look-alikes undone', () => {
    const FAMILIES: [string, string][] = [
      ['sacral dirnple on newborn exarn', 'sacral dimple on newborn exam'],
      ['4 rno old rnale, tone norrnal', '4 mo old male, tone normal'],
      ['size ~2 rnrn, 1 crn above the anus', 'size ~2 mm, 1 cm above the anus'],
      ['within the gluteal c1eft, ref1exes 2+', 'within the gluteal cleft, reflexes 2+'],
      ['1ow back pain, no wt 1oss', 'low back pain, no wt loss'],
      ['ORDER: MRl ENTlRE SPlNE WlTH lV C0NTRAST', 'ORDER: MRI ENTIRE SPINE WITH IV CONTRAST'],
      ['Ultras0und spine, 0n exarn', 'Ultrasound spine, on exam'],
      ['MRl L-SPlNE W/0 C0NTRAST', 'MRI L-SPINE W/O CONTRAST'],
      ['mid/1ow back pain', 'mid/low back pain'],
      ['Iumbar spine, smaII dimple', 'lumbar spine, small dimple'],
      ['>>FAX 0CT 14 2024', '>>FAX OCT 14 2024'],
    ];
    for (const [ocr, meant] of FAMILIES) it(`${JSON.stringify(ocr)} is read as ${JSON.stringify(meant)}`, () => assert.equal(words(ocr), meant));

    it('keeps every offset: the view is as long as the note and a word mended shorter is padded after it', () => {
      const text = 'Reason: sacral dirnple, c1eft.\nRequest: Ultras0und spine';
      const view = mended(text);
      assert.equal(view.length, text.length);
      assert.equal(view, 'Reason: sacral dimple , cleft.\nRequest: Ultrasound spine');
    });
  });

  describe('near-misses read as written', () => {
    const KEPT = [
      // Real words holding "rn", known or guarded: never an "m".
      'born at term, turn to the left, mum concerned, stern, corn, morn, burn on arm, hernia, return in 2 wk',
      // Numbers, levels, counts and amounts.
      'L1 S1 T1 C4-5 T12-L1 x1 x4 MAE 1 cm 10 mo 10mo 1m 1s 72148 02/05',
      // A letter and its number are a code, never a word: "N0" is no "no", "a11" stays.
      'T1N0M0, N0, a11',
      // A date stays a date problem.
      'FAX 2O24-03-O7 16:48',
      // Known words and capitals that are words: "It", "Is", "In", "ILL" in capitals, "RN" (a nurse).
      'It hurts. Is he ok? In the ED. ALL in remission. RN called',
      // A lower-case "l" in a lower-case word and a capital "I" in capitals are letters.
      'mild, ill, fill, MRI, SPINE, lumbar',
      // Spanish MRI is a word of its own.
      'RNM columna lumbar',
      // A record number's label is known (order-vocabulary coded.numberLabels) but never what "mm" is mended into.
      'MRN 0048812, mrn on file',
    ];
    for (const t of KEPT) it(`${JSON.stringify(t.slice(0, 60))}`, () => assert.equal(mended(t), t));
  });

  describe('when a note is read so', () => {
    it('a note with a single such word is read as written: one slip is no fax', () => {
      const text = 'Age: 9 y\nHPI: 1ow back pain, no fever.\nOrder: XR L-spine';
      assert.equal(ocrReading(text).view, text);
    });
    it('a typed English note is never changed', () => {
      const text = 'Pt: 7 wk old girl\nFindings: sacral dimple, 3 mm, sits within the gluteal cleft, about 1 cm above the anus\nNeuro: nl tone, MAE\nOrder: US lumbar spine';
      assert.equal(ocrReading(text).view, text);
      assert.deepEqual(ocrReading(text).rewritten, []);
    });
  });

  describe('what the faxed note tells', () => {
    const FAX = [
      'Facsirni1e — Northgate Pediatrics',
      'Pt age: 5 wks  (F)   Gest: terrn, SVD',
      'Reason: sacral dirnple on newborn exarn, still present at 1 rno visit.',
      '  Size ~2 rnrn, sits within the gluteal c1eft, c. 1 crn above anal verge.',
      'Neuro: nl tone, MAE x4, nl ref1exes',
      'Request: Ultras0und spine (sacral dirnple)',
    ].join('\n');
    it('reads the dimple and the ultrasound ordered', () => {
      assert.ok(presentIn('sacral-dimple', FAX));
      assert.equal(orderOf(FAX), 'us-area');
    });
    it('points at the words as written', () => {
      const r = readNote(FAX);
      const hit = r.facts.hits.find((h) => h.finding.id === 'sacral-dimple')!;
      const start = r.note.start;
      assert.equal(FAX.slice(hit.span.start - start, hit.span.end - start), 'dirnple');
    });
    it('reads an order with and without contrast from "W/0 AND W/ lV C0NTRAST"', () => {
      const text = [
        '9 y/o M, 5 days of mid/1ow back pain, fevers to 39.1 at horne.',
        'Neuro: strength 5/5, ref1exes 2+ sym.',
        'ORDER: MRl ENTlRE SPlNE W/0 AND W/ lV C0NTRAST',
      ].join('\n');
      assert.equal(orderOf(text), 'mri-complete-without-and-with');
    });
    it('reads a free-standing "N0" before a finding as "no" in a faxed note, and a stage beside it as written', () => {
      const text = ['Age: 9 y', 'HPI: 1ow back pain x 3 wks, N0 fever 39.2, ref1exes norrnal', 'Order: MRl L-spine'].join('\n');
      assert.ok(denied(text, 'fever'));
      const staged = ['Age: 9 y', 'HPI: 1ow back pain x 3 wks. Neuroblastoma T2 N0 M0, fever 39.2, ref1exes norrnal', 'Order: MRl L-spine'].join('\n');
      assert.ok(presentIn('fever', staged));
    });
  });

  describe('"n0" and "N0" for "no"', () => {
    // Each passes the threshold by its other OCR words.
    it('answers to a screen\'s questions: "wakes at night? n0; fever? N0; wt 1oss? n0"', () => {
      const text = 'Age: 11 y\nHPI: back pain x 4 wks, wakes at night? n0; fever? N0; wt 1oss? n0\nNeuro: ref1exes norrnal\nOrder: MRI L-spine';
      assert.ok(denied(text, 'night-pain'));
      assert.ok(denied(text, 'fever'));
      assert.ok(denied(text, 'weight-loss'));
    });
    it('before a finding: "Pt n0 fever", with the leukaemia still the father\'s', () => {
      const text = 'Age 10 y\nHPI: back pain x 6 wks. Dad h/0 1eukemia. Pt n0 fever.\nOrder: XR L-spine';
      assert.ok(denied(text, 'fever'));
      assert.ok(!presentIn('malignancy', text));
    });
    it('"N0 fever, n0 night pain" in one list', () => {
      const text = 'Age: 9 y\nHPI: 1ow back pain x 3 wks, N0 fever, n0 night pain, ref1exes norrnal\nOrder: MRl L-spine';
      assert.ok(denied(text, 'fever'));
      assert.ok(denied(text, 'night-pain'));
    });
    it('as a key\'s answer: "Fever: n0"', () => {
      assert.equal(mended('Fever: n0\nWt 1oss: N0.'), 'Fever: no\nWt loss: NO.');
    });
    const KEPT = [
      // TNM stages, written apart or joined.
      'Neuroblastoma T2 N0 M0',
      'pT1 N0 cM0',
      'stage N0, fever',
      'T2-N0-M0 fever',
      'T1N0M0 fever',
      // A list's or a stage's number after it.
      'N0 2 fever',
      // Neither before a word of the reader's nor an answer.
      'N0 zxqv',
      'fever N0 ',
    ];
    for (const t of KEPT) it(`keeps ${JSON.stringify(t)}`, () => assert.equal(mended(t), t));
    it('in a typed note with no other OCR word, a lower-case "n0" is read as written', () => {
      const text = 'Age: 9 y\nHPI: back pain x 3 wks, n0 fever\nOrder: XR L-spine';
      assert.equal(ocrReading(text).view, text);
    });
    it('in capitals, "N0" before a word in capitals is "NO" with no other OCR word', () => {
      const text = 'AGE: 4 MO\nSKIN: N0 DIMPLE, N0 HAIR TUFT\nNEURO: N0 WEAKNESS\nORDER: US LUMBAR SPINE';
      assert.equal(ocrReading(text).view, text.replace(/N0/g, 'NO'));
      assert.ok(denied(text, 'sacral-dimple'));
      assert.ok(denied(text, 'weakness'));
    });
    it('in capitals, a stage and a number stay: "T1 N0 M0", "N0 2"', () => {
      const text = 'HX: NEUROBLASTOMA T1 N0 M0\nITEMS: N0 2 FEVER\nORDER: MRI SPINE';
      assert.equal(ocrReading(text).view, text);
    });
  });

  describe('the threshold', () => {
    it('counts a word once whatever its case: "C1eft ... c1eft" is one word', () => {
      const text = 'Skin: dimple in the C1eft, deep c1eft\nOrder: US spine';
      assert.equal(ocrReading(text).view, text);
      const two = 'Skin: dirnple in the C1eft, deep c1eft\nOrder: US spine';
      assert.equal(ocrReading(two).view, 'Skin: dimple  in the Cleft, deep cleft\nOrder: US spine');
    });
  });

  describe('cost', () => {
    it('a note with no sign of OCR is not cut into words: one pass of the note', () => {
      const text = 'Pt: 7 wk old girl\nFindings: sacral dimple, 3 mm, within the gluteal cleft, 2 cm above the anus\nOrder: US lumbar spine';
      const before = work.steps;
      assert.equal(ocrReading(text).view, text);
      assert.equal(work.steps - before, text.length);
    });
    it('a note with a sign is cut once', () => {
      const text = 'Findings: sacral dirnple, 3 mm\nOrder: US lumbar spine';
      const before = work.steps;
      ocrReading(text);
      assert.equal(work.steps - before, 2 * text.length);
    });
    it('compiles a vocabulary once, not per call', () => {
      assert.equal(compiledOcr(ONE_WORD), compiledOcr(ONE_WORD));
      assert.equal(compiledOcr(ocrVocabulary()), compiledOcr(ocrVocabulary()));
    });
    it('places every knowledge file in exactly one list', () => {
      const v = ocrVocabulary();
      const listed = [...v.targetFiles, ...v.knownOnlyFiles, ...v.otherFiles].sort();
      const files = fs
        .readdirSync(defaultKnowledgeDir())
        .filter((f) => f.endsWith('.json'))
        .sort();
      assert.deepEqual(listed, files);
    });
  });
});
