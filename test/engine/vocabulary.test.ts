// Every spelling the knowledge base lists is read back as what it names: a phrase or synonym that
// another entry shadows, or that normalization breaks, fails here (CONTRIBUTING.md "vocabulary").
import * as assert from 'node:assert/strict';
import { analyzeNote } from '../../server/src/engine/analyze';
import { readingVocabulary } from '../../server/src/clinical/vocabulary';
import { engine } from '../helpers';

const E = engine();
const k = E.knowledge;
/** A night-pain phrase that opens with "worse" tells no pain itself: it is read of the pain told before it. */
const worse = new Set(readingVocabulary().nightWakingCause.worse);
/** Leg pain is radiating pain only with a back pain told in its sentence (legPainRadicular): "back pain with leg pain". */
const legPain = new Set(readingVocabulary().legPainRadicular.phrases);
/** A carer's phrase gated by its sentence (sentenceGated) is said with the first word its sentence needs: "wet himself new". */
const gatedNeeds = new Map(readingVocabulary().sentenceGated.gates.flatMap((g) => (g.needs.length ? g.phrases.map((p) => [p, g.needs[0]] as const) : [])));
// A gate's `after` subject is told right before its phrase ("back pain present all the time").
const gatedAfter = new Map(readingVocabulary().sentenceGated.gates.flatMap((g) => (g.after?.length ? g.phrases.map((p) => [p, g.after?.[0]] as const) : [])));
// A gate's `placeAfter` place is told right after its phrase ("hyper pigmentation over the sacrum").
const gatedPlace = new Map(
  readingVocabulary().sentenceGated.gates.flatMap((g) => (g.placeAfter ? g.phrases.map((p) => [p, `${g.placeAfter!.leads[0]} the ${g.placeAfter!.places[0]}`] as const) : [])),
);
// The writers' own back-pain phrases are read only with a duration or a gloss right after them ("lombalgie 3 weeks").
// The Spanish ones (round 55) are a list of their own, under the same gate.
const nativeBackPain = new Set([...readingVocabulary().nativeReadingsGuard.backPainPhrases, ...readingVocabulary().nativeReadingsGuard.spanishBackPainPhrases]);
const said = (p: string) =>
  nativeBackPain.has(p)
    ? `${p} 3 weeks`
    : gatedPlace.has(p)
      ? `${p} ${gatedPlace.get(p)}`
      : worse.has(p.split(' ')[0])
        ? `back pain ${p}`
        : legPain.has(p)
          ? `back pain with ${p}`
          : gatedAfter.has(p)
            ? `${gatedAfter.get(p)} ${p}`
            : gatedNeeds.has(p)
              ? `${p} ${gatedNeeds.get(p)}`
              : p;

/** Keys whose values are read for findings. */
const FINDING_KEYS = ['Findings', 'Dimple', 'Red flags', 'Symptoms', 'Presentation', 'Indication'];

describe('vocabulary', () => {
  for (const f of k.findings) {
    it(`finding ${f.id}: every plain phrase is read as ${f.id} under some key`, () => {
      // An amount ("#") is written as a number: "lost # kg" is read in "lost 3 kg".
      const unread = f.phrases
        .filter((p) => !p.includes('...'))
        .filter(
          (p) =>
            !FINDING_KEYS.some((key) =>
              analyzeNote(`${key}: ${said(p).replace(/(?<=^|\s)#(?=\s|$)/g, '3')}\n`, true, E).facts.hits.some((h) => h.finding.id === f.id && !h.negated),
            ),
        );
      assert.deepEqual(unread, []);
      assert.ok(k.rationale(f.rationale).trim().length > 0, `${f.rationale} explains ${f.id}`);
    });
  }

  it('the cancer words of cancerInstitutions name findings and categories the knowledge holds', () => {
    const rule = readingVocabulary().cancerInstitutions;
    // Empty lists would check nothing.
    assert.ok(rule.cancerFindings.length > 0 && rule.cancerCategories.length > 0);
    assert.deepEqual(
      rule.cancerFindings.filter((id) => !k.findings.some((f) => f.id === id)),
      [],
    );
    assert.deepEqual(
      rule.cancerCategories.filter((c) => !k.findings.some((f) => f.category === c)),
      [],
    );
  });

  for (const p of k.procedures) {
    it(`procedure ${p.id}: its ACR name, synonyms and CPT codes are read as ${p.id}`, () => {
      const misread = [p.acrName, ...p.synonyms, ...p.cpt.map((c) => c.code)].filter((s) => analyzeNote(`Order: ${s}\n`, true, E).facts.order?.reading.procedure?.id !== p.id);
      assert.deepEqual(misread, []);
    });
  }
});
