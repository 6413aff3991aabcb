import * as assert from 'node:assert/strict';
import { KEYS } from '../../server/src/notes/keys';
import { parseNote } from '../../server/src/notes/parser';
import { LineIndex } from '../../server/src/notes/text';
import { ids, lint, located, note, unreadLines } from '../helpers';

describe('note language', () => {
  for (const k of KEYS) {
    for (const spelling of [k.name, ...k.aliases]) {
      for (const variant of [spelling, spelling.toUpperCase(), ` ${spelling.toLowerCase().replace(/ /g, '  ')} `]) {
        it(`reads key "${variant}" as ${k.name}`, () => assert.equal(parseNote(`${variant}: x\n`).fields[0].key?.name, k.name));
      }
    }
  }
  it('reads indented lines as the value continuing', () => {
    const n = parseNote('Findings: small\n  tuft of hair\nNeuro: intact\n');
    assert.equal(n.fields.length, 2);
    assert.equal(n.fields[0].value, 'small\n  tuft of hair');
  });
  it('a blank line does not end a value; a comment does; an indented # inside a value is value text', () => {
    const n = parseNote('Findings: small\n\n  tuft of hair\n  # still findings\n# comment\n  Age: 3 mo\n');
    assert.deepEqual(
      n.fields.map((f) => [f.key?.name, f.value]),
      [
        ['Findings', 'small\n\n  tuft of hair\n  # still findings'],
        ['Age', '3 mo'],
      ],
    );
    assert.equal(n.comments.length, 1);
  });
  it('splits notes at --- (spaces allowed) and checks each on its own', () => {
    const a = lint('Age: 2 months\nFindings: hair tuft\nOrder: CT lumbar spine\n  ---  \nAge: 2 months\nFindings: hair tuft\nOrder: US spine\n');
    assert.equal(a.notes.length, 2);
    assert.deepEqual(
      a.findings.map((f) => f.ruleId),
      ['inappropriate-initial-study'],
    );
  });
  it('reports ranges in UTF-16 units after astral characters, with CRLF and a BOM', () => {
    const text = '\uFEFFPatient: 👶 3-month-old\r\nFindings: hair tuft 🌟\r\nOrder: CT lumbar spine\r\n';
    assert.deepEqual(located(text), ['inappropriate-initial-study@3:8']);
    const f = lint(text).findings[0];
    assert.equal(text.slice(f.span.start, f.span.end), 'CT lumbar spine');
  });
  it('handles CR-only line endings', () => {
    assert.deepEqual(located('Age: 2 months\rFindings: hair tuft\rOrder: CT lumbar spine\r'), ['inappropriate-initial-study@3:8']);
  });
  it('reads every non-blank line as a field, a continuation, a comment, a separator or a malformed line', () => {
    const text = '\uFEFF# c\r\nAge : 3 mo\n  more\n---\nbad line\n\f\n:no key\nOrder:x';
    assert.deepEqual(unreadLines(text), []);
    assert.deepEqual(parseNote('bad line\n\f\n:no key\n').malformed.length, 3);
  });
  it('LineIndex clamps hostile positions', () => {
    const li = new LineIndex('ab\ncd');
    assert.equal(li.offsetAt({ line: 99, character: 99 }), 5);
    assert.equal(li.offsetAt({ line: -1, character: -4 }), 0);
    assert.equal(li.offsetAt({ line: 0.5, character: 1.7 }), 1);
    assert.equal(li.offsetAt({ line: NaN, character: Infinity }), 2);
  });
  it('zero-width characters inside a key do not make it unknown', () =>
    assert.deepEqual(ids('Or\u200Bder: CT lumbar spine\nAge: 2 months\nFindings: hair tuft\n'), ['inappropriate-initial-study']));
  it('an empty document has no findings', () => assert.deepEqual(ids(''), []));
  it('a comment-only note has no findings', () => assert.deepEqual(ids(note('# nothing here')), []));
});
