import { type LanguageVocabulary, languageVocabulary } from './language';
import { alternation, perVocabulary } from './patterns';

/**
 * A length told in words, the way a dictated or hurried note tells a dimple's size and distance: "two millimetres", "three
 * mm", "one centimetre from the anus", "one point five centimetres", "twenty five mm", and a unit in words after digits ("3
 * millimetres", "1 centimetre"). Only a number right before a length unit is read, so an age ("two weeks"), a count ("two
 * dimples", "one of them") or "one" standing alone keep their words. The number words and the unit words are the
 * dictation table's (language-vocabulary.json dictation.numbers, dictation.decimal, and the phrases that mean "mm" or "cm").
 */
interface Compiled {
  pattern: RegExp;
  numbers: Map<string, number>;
  units: Map<string, string>;
}

const compiled = perVocabulary((v: LanguageVocabulary): Compiled => {
  const d = v.dictation;
  const numbers = new Map(Object.entries(d.numbers).map(([w, n]) => [w.toLowerCase(), n]));
  const units = new Map<string, string>([
    ['mm', 'mm'],
    ['cm', 'cm'],
  ]);
  for (const p of d.phrases) if ((p.means === 'mm' || p.means === 'cm') && !p.said.includes(' ')) units.set(p.said.toLowerCase(), p.means);
  const num = alternation([...numbers.keys()], { longestFirst: true });
  const unit = alternation([...units.keys()], { longestFirst: true });
  // A number word (a tens word and a ones word: "twenty five", "twenty-five"), a spoken decimal ("one point five"), or digits
  // before a unit in words ("3 millimetres"); never the tail of a longer word or number ("twenty" of "one hundred and twenty").
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}.,-])(?:((?:${num})(?:[ -](?:${num}))?)(?:\s+${d.decimal}\s+(${num}))?|(\d{1,3}(?:[.,]\d{1,2})?))[ \t]*(${unit})(?![\p{L}\p{N}])`,
    'giu',
  );
  return { pattern, numbers, units };
});

/** One of the baby's own measures: its length, height, weight, head circumference (OFC) or crown-rump length. */
const BABY_MEASURE = /\b(?:length|height|weight|head\s+circumference|OFC|HC|crown[\s-]+rump|CRL)\b/i;

/** One of the baby's own measures right before a number ("length 50 cm", "OFC: 38 cm", "head circumference = 36 cm"). */
const BABY_MEASURE_RIGHT_BEFORE = /\b(?:length|height|head\s+circumference|OFC|HC|crown[\s-]+rump(?:\s+length)?|CRL)[ \t]*[:=]?[ \t]*$/i;

/** The text of the clause before offset `at`, back to a full stop, comma, semicolon, colon or line break (at most 80 characters). */
function clauseBefore(text: string, at: number): string {
  const near = text.slice(Math.max(0, at - 80), at);
  return near.slice(Math.max(near.lastIndexOf('.'), near.lastIndexOf(','), near.lastIndexOf(';'), near.lastIndexOf(':'), near.lastIndexOf('\n')) + 1);
}

/** "twenty five" → 25, "one" → 1; undefined for a pair that is no number ("five two", "ten one"). */
function whole(words: string, numbers: ReadonlyMap<string, number>): number | undefined {
  const [a, b] = words.toLowerCase().split(/[ -]/);
  const x = numbers.get(a);
  if (x === undefined) return undefined;
  if (b === undefined) return x;
  const y = numbers.get(b);
  if (y === undefined || x < 20 || x % 10 !== 0 || y >= 10 || y === 0) return undefined;
  return x + y;
}

/**
 * The text with every length told in words written as digits and "mm"/"cm", each padded with spaces to its length as
 * written, so every offset into the text is unchanged ("one point five centimetres" reads "1.5 cm" and spaces). A text with
 * no such length is returned as it is. The baby's own measures are no dimple's: a length in words after one in its clause
 * stays as written, and one in digits right after its name ("length 50 cm") is blanked.
 */
export function measuresAsDigits(text: string, v: LanguageVocabulary = languageVocabulary()): string {
  const c = compiled(v);
  c.pattern.lastIndex = 0;
  if (!c.pattern.test(text)) return text;
  return text.replace(c.pattern, (all: string, words: string | undefined, decimal: string | undefined, digits: string | undefined, unit: string, at: number) => {
    // The baby's length or head circumference in digits with "cm" right after its name ("length 50 cm", "OFC: 38 cm"; 10 cm
    // or more, never a dimple's), which the dimple's own reader would take as its size, is blanked.
    const cmValue = digits === undefined ? NaN : Number(digits.replace(',', '.'));
    if (/^cm$/i.test(unit) && cmValue >= 10 && BABY_MEASURE_RIGHT_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return ' '.repeat(all.length);
    // A length told in words after one of the baby's own measures in its clause ("Weight five kg, length fifty cm", "head
    // circumference thirty five cm") is the baby's, never the dimple's: it stays as written.
    if (BABY_MEASURE.test(clauseBefore(text, at))) return all;
    let value: string;
    if (words !== undefined) {
      const n = whole(words, c.numbers);
      const tenth = decimal === undefined ? undefined : c.numbers.get(decimal.toLowerCase());
      if (n === undefined || (decimal !== undefined && (tenth === undefined || tenth > 9))) return all;
      value = tenth === undefined ? String(n) : `${n}.${tenth}`;
    } else {
      // Digits before a unit already short ("3 mm") are left as written.
      if (/^(?:mm|cm)$/i.test(unit)) return all;
      value = digits!;
    }
    const out = `${value} ${c.units.get(unit.toLowerCase())}`;
    return out.length <= all.length ? out + ' '.repeat(all.length - out.length) : all;
  });
}
