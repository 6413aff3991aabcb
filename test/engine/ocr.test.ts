/**
 * Faxed and scanned notes read through OCR (clinical/ocr.ts, server/knowledge/ocr-vocabulary.json): a word the
 * reader does not know that becomes exactly one word it does by undoing OCR's look-alikes is read as that word,
 * through a view of the same length; numbers, levels, codes, amounts and known words are never changed.
 */
import * as assert from 'node:assert/strict';
import { ocrReading, ocrVocabulary } from '../../server/src/clinical/ocr';
import { readNote } from '../helpers';

/** The view of one note, mending even a single word, so each family is tested word by word. */
const mended = (text: string) => ocrReading(text, { ...ocrVocabulary(), minTokens: 1 }).view;
const words = (text: string) =>
  mended(text)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,.])/g, '');
const present = (text: string, id: string) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present);
const order = (text: string) => readNote(text).facts.order?.reading.procedure?.id;

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
      assert.ok(present(FAX, 'sacral-dimple'));
      assert.equal(order(FAX), 'us-area');
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
      assert.equal(order(text), 'mri-complete-without-and-with');
    });
    it('makes no negation of a code: "N0 fever" stays a fever', () => {
      const text = ['Age: 9 y', 'HPI: 1ow back pain x 3 wks, N0 fever 39.2, ref1exes norrnal', 'Order: MRl L-spine'].join('\n');
      assert.ok(present(text, 'fever'));
    });
  });
});
