/**
 * EHR order-entry requisitions (set15's voice): the ordered study's name in capitals on the first line, then
 * "RFE:" (reason for exam) holding the whole history, then "Order comment:" and "Priority:". RFE, Order comment
 * and the other spellings of an order form's reason pane are read as Indication keys (reading-vocabulary.json
 * unknownKeys.readAs), so the history under them is read: age, back pain, the neuro exam, trauma, markers.
 * A pars defect's "fracture" (spondylolysis is a stress fracture) is no injury.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

const orderOf = (n: ReturnType<typeof readNote>) => n.facts.order?.reading.procedure?.id ?? 'none';
const present = (n: ReturnType<typeof readNote>, id: string) => n.facts.hits.some((h) => h.finding.id === id && h.present);

describe('set15 requisitions: RFE and order comment read as the history', () => {
  it('reads back pain, age and the neuro exam under RFE, and keeps the header study as the order', () => {
    const n = readNote('XR LUMBAR SPINE 2 VIEWS', 'RFE: 12yo F LBP x4wk since starting gymnastics. No fever/night pain. Neuro intact.', 'Order comment: r/o spondylolysis');
    assert.equal(orderOf(n), 'xr-area');
    assert.equal(n.facts.age?.months, 144);
    assert.equal(n.facts.neuro.state, 'normal');
    assert.equal(present(n, 'back-pain'), true);
    assert.notEqual(n.scenario, 'no-criteria');
  });
  it('reads red flags and trauma under RFE', () => {
    const n = readNote('CT LUMBAR SPINE W/O CONTRAST', 'RFE: 9 y M back pain 5 wk, constant, wakes him at night. Afebrile. No trauma. Neuro exam nl.');
    assert.equal(present(n, 'night-pain'), true);
    assert.equal(n.scenario, 'back-pain-red-flags');
    const t = readNote(
      'CT CERVICAL SPINE W/O CONTRAST',
      'RFE: 8 y F restrained passenger, MVC rollover on the highway. c/o neck pain, midline C-spine TTP. Neuro intact.',
      'Priority: STAT',
    );
    assert.equal(t.facts.trauma.significance, 'significant');
    assert.equal(t.scenario, 'spine-trauma-cervical');
  });
  it('reads markers under Reason for exam, Clinical indication and Order comment', () => {
    for (const key of ['RFE', 'Reason for exam', 'Clinical indication', 'Order comment', 'Order comments']) {
      const n = readNote('US SPINAL CANAL AND CONTENTS', `${key}: 3 mo M w/ lumbosacral hemangioma ~2 cm midline. Neuro nl.`);
      assert.equal(present(n, 'hemangioma'), true, key);
      assert.equal(n.scenario, 's1-cutaneous-marker', key);
      assert.equal(n.facts.age?.months, 3, key);
    }
  });
  it('a negated item under RFE stays negated', () => {
    const n = readNote('XR LUMBAR SPINE 2 VIEWS', 'RFE: 14yo M LBP x3wk. No trauma. No fever/night pain. Neuro intact.');
    assert.equal(present(n, 'night-pain'), false);
    assert.equal(present(n, 'fever'), false);
    assert.equal(n.facts.trauma.significance, 'none');
  });
});

describe('set15 requisitions: a pars defect is no injury', () => {
  it('the fracture of a pars defect named before it is no trauma', () => {
    const n = readNote('CT L SPINE W/O', 'RFE: 14yo M diver, LBP w/ extension x 8 wk. XR: bilat L5 pars defects. Eval healing / fracture margins. Neuro nl.');
    assert.equal(n.facts.trauma.significance, 'none');
    const m = readNote('Patient: 13 y F', 'Presentation: back pain 6 wk, known fracture of the pars at L5 on XR.', 'Order: CT L-spine w/o');
    assert.equal(m.facts.trauma.significance, 'none');
  });
  it('a fracture from a fall is still trauma', () => {
    const n = readNote('CT L SPINE W/O', 'RFE: 14yo M fell 15 ft from a roof, L1 fracture on XR. Neuro nl.');
    assert.notEqual(n.facts.trauma.significance, 'none');
  });
});

describe('set15 curbside questions: nothing ordered yet', () => {
  const orderOf2 = (...lines: string[]) => readNote(...lines).facts.order?.reading.procedure?.id ?? 'none';
  it('a study asked about is no order when the writer says nothing is ordered yet', () => {
    assert.equal(
      orderOf2('Quick q: 8 mo F, deep sacral dimple, neuro normal.', "Would you still try US or go straight to MRI? Haven't ordered anything yet, wanted to run it by you first."),
      'none',
    );
    assert.equal(orderOf2('Infant with a skin tag over the sacrum. Neuro fine.', "Would you image? US or MRI? I haven't placed an order yet."), 'none');
    assert.equal(orderOf2('10 yo boy, 3 weeks of low back pain, neuro normal.', 'Parents are asking for an x-ray. My instinct is no imaging. Nothing ordered yet.'), 'none');
    assert.equal(orderOf2('10 yo boy, 3 weeks of low back pain, neuro normal.', 'Family wants an MRI. I have not put in an order.'), 'none');
  });
  it('a study ordered stays ordered: asked about, or ordered for later', () => {
    assert.equal(orderOf2('12 yo girl, back pain 6 wk, night pain.', "I've ordered an MRI L-spine w/o. Would you add contrast?"), 'mri-area-without');
    assert.equal(orderOf2('12 yo girl, back pain 6 wk, night pain.', 'Ordered XR L-spine 2 views, order placed for 2 wk from now.'), 'xr-area');
  });
  it('"no imaging ordered by me today" beside a study done elsewhere is still no order', () => {
    assert.equal(orderOf2('12 yo girl, back pain 6 wk. XR L-spine at urgent care yesterday was normal.', 'No imaging ordered by me today.'), 'none');
  });
});
