import * as assert from 'node:assert/strict';
import { analyzeNote } from '../../server/src/engine/analyze';
import { NEW_NOTE, explainAt, findingChoices, orderBadge, orderChoices } from '../../server/src/clinical/explain';
import { windowStatus } from '../../server/src/clinical/window';
import { RULES } from '../../server/src/rules';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { engine, ids, note } from '../helpers';

const S1 = ['Findings: deep dimple above the gluteal cleft; tuft of hair', 'Neuro: intact', 'Red flags: none'];
const W = DEFAULT_SETTINGS.ultrasoundWindow;

function analyzed(text: string) {
  return analyzeNote(text, true, engine());
}

describe('ultrasound window', () => {
  it('is open below infoFromMonths, closing up to warnAfterMonths inclusive, closed after', () => {
    const w = { infoFromMonths: 4, warnAfterMonths: 6 };
    assert.deepEqual(
      [0, 3.99, 4, 5, 6, 6.01, 30].map((m) => windowStatus(m, w)),
      ['open', 'open', 'closing', 'closing', 'closing', 'closed', 'closed'],
    );
  });

  it('every age-window rule agrees with windowStatus at the boundaries, under non-default settings', () => {
    const ultrasoundWindow = { infoFromMonths: 2, warnAfterMonths: 3 };
    for (const months of [1, 2, 3, 4]) {
      const found = ids(note(`Age: ${months} months`, ...S1, 'Order: spinal US'), { ultrasoundWindow });
      const status = windowStatus(months, ultrasoundWindow);
      assert.equal(found.includes('ultrasound-window-closed'), status === 'closed', `${months} months: closed`);
      assert.equal(found.includes('ultrasound-window-closing'), status === 'closing', `${months} months: closing`);
      const mri = ids(note(`Age: ${months} months`, ...S1, 'Order: MRI L-spine w/o'), { ultrasoundWindow });
      assert.equal(mri.includes('mri-first-in-young-infant'), status !== 'closed', `${months} months: MRI first`);
    }
  });
});

describe('explanations (engine data behind hover, lens and completion)', () => {
  const text = note('Age: 3 months', ...S1, 'Order: x-ray L-spine');

  it('computes the order rating once, in the engine, and every view reads that value', () => {
    const n = analyzed(text);
    assert.equal(n.rating?.rating, 'usually-not-appropriate');
    assert.match(orderBadge(n)!, /^Usually Not Appropriate · /);
    const at = text.indexOf('x-ray');
    assert.match(explainAt(n, at, engine().knowledge, W)!.sections[0], /Usually Not Appropriate for this patient/);
    // A different rating on the result changes what is shown: nothing looks the rating up again.
    const other = { ...n, rating: { ...n.rating!, rating: 'may-be-appropriate' as const } };
    assert.match(orderBadge(other)!, /^May Be Appropriate · /);
    assert.match(explainAt(other, at, engine().knowledge, W)!.sections[0], /May Be Appropriate for this patient/);
  });

  it('explains the age with the window status and returns the note-relative span it covers', () => {
    const n = analyzed(text);
    const e = explainAt(n, text.indexOf('3 months'), engine().knowledge, W)!;
    assert.equal(text.slice(e.span.start, e.span.end), '3 months');
    assert.match(e.sections.join('\n'), /Ultrasound window:\*\* open/);
    const older = note('Age: 9 months', ...S1, 'Order: spinal US');
    assert.match(explainAt(analyzed(older), older.indexOf('9 months'), engine().knowledge, W)!.sections.join('\n'), /window:\*\* closed/);
  });

  it('ranks order choices by their rating in the note scenario', () => {
    const n = analyzed(text);
    const choices = orderChoices(engine().knowledge, n.classification.scenario);
    const rankOf = (id: string) => choices.find((c) => c.procedure.id === id)!.rank;
    assert.ok(rankOf('us-area') < rankOf('xr-area'));
  });

  it('offers finding phrases the reader recognizes for the key they are offered under', () => {
    const k = engine().knowledge;
    for (const c of findingChoices(k, 'Findings')) {
      const n = analyzed(note('Age: 3 months', `Findings: ${c.label}`));
      assert.ok(n.facts.hits.length > 0, `"${c.label}" is read as a finding`);
    }
  });

  it('the new-note template (with defaults filled in) is a note every format rule accepts', () => {
    const filled = NEW_NOTE.map((l) => l.text + (typeof l.placeholder === 'string' ? l.placeholder : l.placeholder[0])).join('\n') + '\n';
    const format = new Set(RULES.filter((r) => r.kind === 'note-format').map((r) => r.id));
    assert.deepEqual(
      ids(filled).filter((id) => format.has(id)),
      [],
    );
    assert.ok(analyzed(filled).facts.order?.reading.procedure, 'the template order is a known procedure');
  });
});
