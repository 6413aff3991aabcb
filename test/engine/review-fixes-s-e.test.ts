/**
 * Review of r17e (keyless study lines with vocabulary regions; the French table): an English "angioma" that is no
 * infantile hemangioma (cherry, spider) is no marker; French motor deficit, radiating pain and "ne cède pas au repos".
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const has = (text: string, id: string, present: boolean) => readNote(text).facts.hits.some((h) => h.finding.id === id && h.present === present);

describe('review r17e fixes', () => {
  it('English "cherry angiomas" / "spider angioma" are no cutaneous marker; French "angiome" still is', () => {
    const cherry = readNote('4 mo M. Cherry angiomas on the trunk. Hip click. Plan: US hips.');
    // Read as a look-alike set aside (notOfTheSkin.lookAlike), as a marker placed elsewhere is: never a present marker.
    assert.ok(!cherry.facts.hits.some((h) => h.finding.id === 'hemangioma' && h.present));
    assert.notEqual(cherry.scenario, 's1-cutaneous-marker');
    assert.ok(!readNote('4 mo M. Spider angioma on the cheek. US spine ordered.').facts.hits.some((h) => h.finding.id === 'hemangioma' && h.present));
    assert.ok(has('3 mois. Fossette sacrée profonde, angiome lombosacré.\nDemande: échographie médullaire.', 'hemangioma', true));
  });
  it('French "déficit moteur" is a deficit (red flag), "déficit sensitif" numbness', () => {
    const r = readNote('14 ans. Lombalgies, déficit moteur du membre inférieur droit.\nDemande: IRM lombaire.');
    assert.ok(r.facts.hits.some((h) => h.finding.id === 'weakness' && h.present));
    assert.equal(r.scenario, 'back-pain-red-flags');
    assert.ok(has('14 ans. Lombalgies, déficit sensitif du pied gauche.\nIRM lombaire.', 'numbness', true));
  });
  it('French "douleur lombaire irradiée à la jambe" is radicular pain', () => {
    assert.ok(has('12 ans. Douleur lombaire irradiée à la jambe droite.\nIRM lombaire.', 'radicular-pain', true));
    assert.ok(has('12 ans. Douleur lombaire irradiée dans la jambe gauche.\nIRM lombaire.', 'radicular-pain', true));
  });
  it('"qui ne cède pas au repos, le réveille la nuit" keeps the night pain', () => {
    assert.ok(has('12 ans. Douleur lombaire qui ne cède pas au repos, le réveille la nuit. Pas de fièvre.\nIRM lombaire.', 'night-pain', true));
  });
  it('"chute de cheval" is a significant mechanism and "ne peut pas marcher" a deficit, not "no ... not walks"', () => {
    const r = readNote('15 ans. Chute de cheval. Douleur dorsale. Examen: ne peut pas marcher.\nScanner rachis dorsolombaire.');
    assert.equal(r.facts.trauma.significance, 'significant');
    assert.equal(r.facts.neuro.state, 'abnormal');
    assert.equal(r.scenario, 'spine-trauma-thoracolumbar');
  });
});
