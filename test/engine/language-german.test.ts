import * as assert from 'node:assert/strict';
import { LanguageVocabularySchema, languageView, languageVocabulary, tablesCuedIn } from '../../server/src/clinical/language';

describe('German notes (language-vocabulary german)', () => {
  it('reads a note mixing German and English through the German table, keeping every offset', () => {
    const text = 'Studentin, 19 J., LWS-Schmerzen for 5 weeks, keine Red flags, Neuro o.B. - MRT LWS nativ requested.';
    const view = languageView(text);
    assert.equal(view.length, text.length);
    assert.match(view, /\b19 yo\b/);
    assert.match(view, /low back pain/);
    assert.match(view, /\bno\s+Red flags/);
    assert.match(view, /Neuro WNL/);
    assert.match(view, /MRI LWS plain/);
  });

  it('reads findings, markers, trauma, contrast and keys', () => {
    const view = languageView('2 J., w. Zuweisung Hausarzt. Kein Fieber, kein Nachtschweiss. Steissgrübchen, Hämangiom. Sturz vom Baum.\nProcedere: MRT gesamte WS nativ + mit KM');
    assert.match(view, /2 yo, f\./);
    assert.match(view, /no\s+fever/);
    assert.match(view, /no\s+night sweats/);
    assert.match(view, /sacral dimple/);
    assert.match(view, /hemangiom\b/);
    assert.match(view, /fall from/);
    assert.match(view, /Plan\s*:/);
    assert.match(view, /full spine w\/o and w\//);
  });

  it('reads German written without umlauts the same', () => {
    const view = languageView('8 J., m. Rueckenweh. Kein Fieber, keine Gewichtsverlust, Grubchen.');
    assert.match(view, /no\s+fever/);
    assert.match(view, /dimple/);
  });

  it('near-misses: an English note is never read as German', () => {
    for (const text of [
      'MRI lumbar spine w/o contrast. No fever. Mit (MIT) student with back pain, RO done.',
      '14 yo with back pain; DD includes spondylolysis. Sono of the spine was normal. Ro: MRI.',
      'Plan: MRI L-spine; keine? no. 5 J units.',
    ]) {
      assert.equal(languageView(text), text);
      assert.equal(tablesCuedIn(text).german && languageView(text) !== text, false);
    }
  });

  it('near-misses: one German word alone does not switch the note, and a French note stays French', () => {
    const one = 'Fieber 3 days, 12 yo with back pain. MRI lumbar.';
    assert.equal(languageView(one), one);
    const fr = 'Garçon de 9 ans, douleur lombaire, pas de fièvre. IRM colonne lombaire.';
    assert.match(languageView(fr), /low back pain/);
  });

  it('a "Rö" or "o.B." inside other words is not read', () => {
    const view = languageView('Röntgenologe: kein Befund. Probst LWS o.Bx keine.');
    assert.doesNotMatch(view, /XRntgen/);
    assert.match(view, /o\.Bx/);
  });
});

describe('the folded tables (French, German) share one schema', () => {
  const v = languageVocabulary();
  const withPhrase = (lang: 'french' | 'german', key: 'fr' | 'de', en: string, from: string) => ({
    ...v,
    [lang]: { ...v[lang], phrases: [...v[lang].phrases, { [key]: from, en }] },
  });
  for (const [lang, key] of [
    ['french', 'fr'],
    ['german', 'de'],
  ] as const) {
    it(`${lang}: the shipped table passes, and an English reading longer than its ${key} phrase or an amount written once is refused`, () => {
      assert.equal(LanguageVocabularySchema.safeParse(v).success, true);
      assert.equal(LanguageVocabularySchema.safeParse(withPhrase(lang, key, 'much longer reading', 'kurz')).success, false);
      assert.equal(LanguageVocabularySchema.safeParse(withPhrase(lang, key, 'x', '# j')).success, false);
      assert.equal(LanguageVocabularySchema.safeParse(withPhrase(lang, key, '#', '#')).success, false);
      assert.equal(LanguageVocabularySchema.safeParse(withPhrase(lang, key, '# yo', '# ans')).success, true);
    });
  }
});
