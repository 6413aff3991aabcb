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
      [tuft, 'Order: spinal US - cancelled (machine down)'],
      [tuft, 'Order: spinal US - cancelled by parents'],
      [lbp, 'Order: XR lumbar spine - canceled by family'],
      [lbp, 'Imaging: XR L-spine (not needed per consultant)'],
      [lbp, 'Order: L-spine MRI (cancelled)'],
      [lbp, 'Order: XR L-spine (not indicated)'],
      [tuft, 'Order: spinal US - declined by parents after discussion'],
      [tuft, 'Order: spinal US - declined by radiology'],
      [tuft, 'Order: US spine (declined by parents)'],
      [tuft, 'Order: MRI lumbar spine w/o\n  cancelled'],
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
    // "Trauma checklist" as a heading reads as on main (its notMechanism words reverted after review r54).
    assert.equal(lbp('MOI high energy? N/A'), 'none');
    assert.equal(lbp('Fall > 3 m? N/A  RTC? N/A'), 'none');
    assert.equal(lbp('MOI high energy? N/A   Focal tenderness? N/A'), 'none');
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

// Taken out after review r54: the vehicle phrases ('Car went head-on into a lorry' …); only 'head-on RTC/RTA/MVC/MVA' stays.
describe('a head-on RTC/RTA/MVC/MVA (r54 fix54h)', () => {
  const crash = (line: string) => traumaOf('Age: 10 y', line, 'Mid back pain since.', 'Neuro normal.', 'Order: XR L-spine');
  it('is a vehicle collision: significant', () => {
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

describe('review r54 harms, read as main reads them (near misses, r54 mend)', () => {
  it("keeps an Order line's study cancelled with a further clause, a bracket going on, or an indented line that goes on", () => {
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled by radiology (machine down), will rebook'), 'us-area', 'rfix54h-012');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled, needs rebooking'), 'us-area', 'rfix54h-014');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled, please reschedule'), 'us-area', 'rfix54h-015');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled, new appointment sent'), 'us-area', 'rfix54h-016');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled, new date 14/5'), 'us-area', 'rfix54h-017');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled by parents, now consenting'), 'us-area', 'rfix54h-021');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled, resent to radiology'), 'us-area', 'rfix54h-022');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled, re-sent'), 'us-area', 'rfix54h-023');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US\n  cancelled by parents, rebooking for next week'), 'us-area', 'rfix54h-168');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled (DNA), new appt sent'), 'us-area', 'rfix54h-169');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US - cancelled (wrong site), re-sent correctly'), 'us-area', 'rfix54h-173');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: L-spine US - cancelled by mistake, still needed'), 'us-area', 'rfix54h-174');
    assert.equal(orderOf('Age: 2 mo\nSkin: hair tuft over sacrum\nNeuro: normal\nOrder: spinal US (cancelled, awaiting new date)'), 'us-area', 'rfix54h-176');
  });
  it("reads an injury told before a checklist question's own clause, and a checklist heading as main", () => {
    assert.equal(traumaOf('Age: 10 y\nMOI: fell from 3 m wall, LOC? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-067');
    assert.equal(traumaOf('Age: 10 y\nFell from a 3 m wall, LOC? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-068');
    assert.equal(traumaOf('Age: 10 y\nFell 3 m from balcony, any LOC? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-069');
    assert.equal(traumaOf('Age: 10 y\nFell off climbing frame 2.5 m, head injury? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-070');
    assert.equal(
      traumaOf('Age: 10 y\nFell off climbing frame approx 3 m, neck pain? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-071',
    );
    assert.equal(traumaOf('Age: 10 y\nCar crash yesterday, seatbelt? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-073');
    assert.equal(traumaOf('Age: 10 y\nThrown from horse, helmet? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-083');
    assert.equal(traumaOf('Age: 10 y\nTackled in rugby, LOC? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-084');
    assert.equal(traumaOf('Age: 10 y\nFell from trampoline 2 m, any neuro sx? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-085');
    assert.equal(traumaOf('Age: 10 y\nHit by car at 30 mph, LOC? n/a\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-086');
    assert.equal(traumaOf('Age: 10 y\nMVC, restrained? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-184');
    assert.equal(traumaOf('Age: 10 y\nKnocked off bike by car, helmet? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-187');
    assert.equal(traumaOf('Age: 10 y\nDiving into shallow pool, LOC? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-188');
    assert.equal(traumaOf('Age: 10 y\nFell 2 m off monkey bars, LOC? N/A\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-189');
    assert.equal(
      traumaOf('Age: 10 y\nTrauma checklist: RTC? Y - passenger, high speed\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-089',
    );
    assert.equal(traumaOf('Age: 10 y\nTrauma screen: RTC? yes - passenger, high speed\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-179');
  });
  it('reads a toy, ride-on, pedal or screen vehicle going head-on as main (the vehicle phrases taken out)', () => {
    assert.notEqual(traumaOf('Age: 10 y\nToy car went head-on into his foot\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-104');
    assert.notEqual(traumaOf('Age: 10 y\nRide-on toy car went head on into the sofa\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-105');
    assert.notEqual(
      traumaOf('Age: 10 y\nPedal car went head-on into the fence at walking pace\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-108',
    );
    assert.notEqual(
      traumaOf('Age: 10 y\nToy truck went head-on into the wall with him on it\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-190',
    );
    assert.notEqual(traumaOf('Age: 10 y\nToy bus went head on into his back\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'), 'significant', 'rfix54h-191');
    assert.notEqual(
      traumaOf('Age: 10 y\nRide-on jeep went head-on into the garden wall\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-192',
    );
    assert.notEqual(
      traumaOf('Age: 10 y\nElectric toy car went head-on into the gate, 3 mph\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-193',
    );
    assert.notEqual(
      traumaOf('Age: 10 y\nFilm last night: a car went head-on into a bus; since then nightmares\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-194',
    );
    assert.notEqual(
      traumaOf('Age: 10 y\nCar went head-on into a lorry on TV, he is scared\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-111',
    );
    assert.notEqual(
      traumaOf('Age: 10 y\nPlaying video game where car went head-on, no injury\nLow back pain 3 days, neuro normal.\nOrder: XR lumbar spine'),
      'significant',
      'rfix54h-123',
    );
  });
});

describe('a study named region first is declined only by a denial ending its Order line (round 54 merge; review r53h probes)', () => {
  const tuft = ['Age: 2 mo', 'Skin: hair tuft over sacrum', 'Neuro: normal'];
  it('keeps the order when the line goes on, or tells the study done before', () => {
    for (const line of [
      'Request: spinal US - done last week? no, not yet done',
      'Order: spinal US - completed consent form earlier',
      'Order: spinal US - declined by parents before, happy now',
      'Order: spinal US - done at birth hospital last month, report lost; please redo',
      'Order: spinal US - done previously but poor views, please rescan',
      'Order: spinal US - performed last week, limited study; needs repeating',
      'Order: spinal US, done before at 1 wk - now for follow up scan',
      'Order: spinal US - done previously (2 wk ago) - please compare',
    ]) {
      assert.equal(orderOf(...tuft, line), 'us-area', line);
    }
  });
  it('still reads a bare denial ending the line', () => {
    for (const line of ['Order: spinal US - declined by parents', 'Order: spinal US - declined by parents after discussion', 'Order: L-spine MRI (cancelled)']) {
      assert.equal(readNote(...tuft, line).facts.order?.reading.procedure?.id ?? 'none', 'none', line);
    }
  });
});
