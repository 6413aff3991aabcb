/**
 * Round 54 (fix54h): possible harms on main found in earlier reviews. An Order line whose one study is cancelled, named
 * region first and declined, declined in a bracket or after the talk that led to it ("Request: MRI L-spine - cancelled,
 * pain resolved", "Order: spinal US - declined by parents after discussion", "Imaging: XR L-spine (not needed per
 * consultant)"); a trauma checklist's question answered not applicable ("Trauma checklist - MOI high energy? N/A"). Each reading with the near misses it must leave as main reads them.
 */
import * as assert from 'node:assert/strict';
import { orderOf, readNote } from '../helpers';

const traumaOf = (...lines: string[]) => readNote(...lines).facts.trauma?.significance ?? 'none';

describe('an Order line whose one study is cancelled, or declined region first or in a bracket (r54 fix54h)', () => {
  const lbp = ['Age: 10 y', 'LBP 1 wk, no injury, no red flags, neuro normal.'];
  const tuft = ['Age: 3 mo', 'Skin: hair tuft over the sacrum', 'Neuro: normal'];
  it('orders nothing, and the note has no order', () => {
    for (const [ctx, line] of [
      [lbp, 'Request: MRI L-spine - cancelled, pain resolved'],
      [lbp, 'Order: XR lumbar spine - canceled by family'],
      [lbp, 'Imaging: XR L-spine (not needed per consultant)'],
      [lbp, 'Order: L-spine MRI (cancelled)'],
      [lbp, 'Order: XR L-spine (not indicated)'],
      [tuft, 'Order: spinal US - declined by parents after discussion'],
      [tuft, 'Order: spinal US - declined by radiology'],
      [tuft, 'Order: US spine (declined by parents)'],
      [tuft, 'Order: MRI lumbar spine w/o\n  cancelled by parents, would rather wait'],
    ] as const) {
      const r = readNote(...ctx, line);
      assert.equal(r.facts.order?.reading.procedure?.id ?? 'none', 'none', line);
      assert.ok(r.rules.includes('missing-order'), line);
    }
  });
  it('keeps a study booked again, cancelled only in part, on a condition, asked, or with another study named after (near misses)', () => {
    assert.equal(orderOf(...tuft, 'Order: spinal US - declined by parents; MRI L-spine w/o instead'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine (cancelled sedation - will scan awake)'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine (not needed urgently)'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine - cancelled today, rebooked for Friday'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine - cancelled, rescheduled for next week'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: XR L-spine (not needed per consultant but parents insist - ordered)'), 'xr-area');
    assert.equal(orderOf(...tuft, 'Order: spinal US - cancelled? awaiting callback'), 'us-area');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine - GA cancelled, scan awake'), 'mri-area-without');
    assert.equal(orderOf(...tuft, 'Order: spinal US (if not cancelled by parents)'), 'us-area');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine w/o - not cancelled, proceed'), 'mri-area-without');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine - cancelled by radiology, discussed with consultant, now approved'), 'mri-area-without');
    assert.equal(orderOf(...tuft, 'Order: spinal US (declined last time, parents now agree)'), 'us-area');
    assert.equal(orderOf(...lbp, 'Order: XR L-spine (cancelled last visit)'), 'xr-area');
    assert.equal(orderOf(...lbp, 'Order: XR L-spine (cancelled - contrast not needed)'), 'xr-area');
    assert.equal(orderOf(...lbp, 'Order: MRI L-spine (GA not needed)'), 'mri-area-without');
  });
});

describe('a trauma checklist question answered not applicable (r54 fix54h)', () => {
  const lbp = (line: string) => traumaOf('Age: 9 y', 'C/o: low back pain 10 days, no injury', line, 'Neuro: normal', 'Order: XR lumbar spine');
  const pain = (line: string) => traumaOf('Age: 9 y', line, 'Back pain. Neuro normal.', 'Order: XR L-spine');
  it('tells no injury', () => {
    assert.equal(lbp('Trauma checklist - MOI high energy? N/A'), 'none');
    assert.equal(lbp('MOI high energy? N/A'), 'none');
    assert.equal(lbp('Spinal injury screen: Fall > 3 m? N/A  RTC? N/A'), 'none');
    assert.equal(lbp('Trauma checklist - MOI high energy? N/A   Focal tenderness? N/A'), 'none');
    assert.equal(lbp('High-energy mechanism (fall > 3 m / RTC)? N/A'), 'none');
    assert.equal(lbp('Fall from height? not applicable'), 'none');
  });
  it('keeps an injury answered yes or unsure, told after the answer, or told in a sentence of its own (near misses)', () => {
    assert.equal(pain('Trauma checklist - MOI high energy? Y - fell 3 m off a wall'), 'significant');
    assert.equal(pain('MOI high energy? yes'), 'significant');
    assert.equal(pain('MOI high energy? unsure'), 'significant');
    assert.equal(pain('Fall from height? N/A - fell off the top bunk 1.8 m'), 'significant');
    assert.equal(pain('Fell from a 3 m wall today. High energy? N/A'), 'significant');
    assert.equal(pain('RTC? N/A but fell off trampoline yesterday, landed on back'), 'significant');
    assert.equal(pain('MOI high energy? N/A - fell 3 m from a wall'), 'significant');
    assert.equal(pain('Fell off the trampoline. Head injury? N/A'), 'significant');
  });
});

describe('a vehicle that went head-on into another or into something (r54 fix54h)', () => {
  const crash = (line: string) => traumaOf('Age: 10 y', line, 'Mid back pain since.', 'Neuro normal.', 'Order: XR L-spine');
  it('is a vehicle collision: significant', () => {
    assert.equal(crash('Rear-seat passenger. Car went head-on into a lorry.'), 'significant');
    assert.equal(crash('Passenger. Car head-on with a lorry on the motorway.'), 'significant');
    assert.equal(crash('Their car was hit head-on by a van this morning.'), 'significant');
    assert.equal(crash('Head-on RTC, restrained passenger.'), 'significant');
    assert.equal(crash('Front-seat passenger in a head-on collision, belted.'), 'significant');
  });
  it('leaves a head on something, a child running into a wall, a crash he was not in, another’s and a supposed one as before (near misses)', () => {
    assert.equal(crash('Asleep in the car, head on mum’s lap.'), 'none');
    assert.equal(crash('Bumped head on the car door.'), 'trivial');
    assert.equal(crash('Ran head-on into a wall at school.'), 'unclear');
    assert.equal(crash('Collided head-on with a teammate at rugby.'), 'unclear');
    assert.equal(crash('He was not in the car that went head-on into a lorry.'), 'none');
    assert.equal(crash('Dad’s car went head on into a van last week; pt not in the car.'), 'none');
    assert.equal(crash('If the car had gone head-on into the lorry it would have been worse.'), 'none');
  });
});

describe('a worry of a cancer told settled or excluded right after its name (r54 fix54h)', () => {
  const read = (line: string, order = 'Order: XR lumbar spine') => {
    const r = readNote('Age: 9 y', 'LBP 3 wk, no injury, neuro normal.', line, order);
    const present = (id: string) => r.facts.hits.some((h) => h.present && h.finding.id === id);
    return { cancer: present('malignancy'), suspected: present('suspected-infection-tumor') };
  };
  it('is neither a cancer nor a suspicion', () => {
    assert.deepEqual(read('Concern lymphoma/leukaemia raised by GP - now settled, FBC and film normal.'), { cancer: false, suspected: false });
    assert.deepEqual(read('Concern leukaemia/lymphoma - excluded by haematology, film normal.'), { cancer: false, suspected: false });
    assert.deepEqual(read('Concerned about leukaemia - excluded by haematology, film normal.'), { cancer: false, suspected: false });
    assert.deepEqual(read('Worried about lymphoma, since ruled out (LDH and film normal).'), { cancer: false, suspected: false });
  });
  it('keeps a worry not excluded, asked, to be excluded, raised alone, or with another finding dismissed (near misses)', () => {
    assert.deepEqual(read('Concern lymphoma/leukaemia raised by GP.', 'Order: MRI whole spine w/wo'), { cancer: false, suspected: true });
    assert.deepEqual(read('Concerned about leukaemia - not excluded, FBC pending.'), { cancer: false, suspected: true });
    assert.deepEqual(read('Concerned about leukaemia; cannot be excluded yet, film today.'), { cancer: false, suspected: true });
    // The context's own backward "excluded" reads these as main does (no cancer); the settling reading adds nothing here.
    assert.equal(read('Concerned about leukaemia until excluded.').cancer, false);
    assert.equal(read('Concerned about leukaemia - has the GP excluded it?').cancer, false);
    assert.deepEqual(read('Concerned about leukaemia, but discitis has been excluded.'), { cancer: false, suspected: true });
    assert.deepEqual(read('Hx ALL, in remission. Concern relapse - excluded, marrow normal.', 'Order: MRI whole spine w/wo').cancer, true);
  });
});
