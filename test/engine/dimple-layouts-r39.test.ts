/**
 * r39: a dimple described in the clinician's own layout (a checkbox form's sub-items, the line after the dimple, a chat
 * reply) reads as simple; look-alikes (unticked or other-way boxes, above the cleft, 5 mm or more, 2.5 cm or more, base
 * not seen, a relative's, a question left unanswered) never do.
 */
import * as assert from 'node:assert/strict';
import { readNote } from '../helpers';

describe("r39: a simple dimple described in the writer's own layout", () => {
  it('checkbox form with indented sub-items', () => {
    const r = readNote(
      'PEDIATRIC NEWBORN F/U (.PEDSNB)\nPt age: 3 wk\nSex: [x] M [ ] F\nSkin exam of back:\n Sacral dimple: [x] Yes [ ] No\n   Size: 3 mm\n   Location: [x] within gluteal cleft [ ] above cleft\n   Distance from anal verge: ~1.5 cm\n   Base visualized: [x] Yes [ ] No\n Hair tuft: [ ] Yes [x] No\n Hemangioma: [ ] Yes [x] No\nNeuro: moves all 4 ext symmetrically, nl tone, nl reflexes\nAssessment: sacral dimple\nPlan: US lumbosacral spine ordered per attending ***',
    );
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
  it('bare-measure line after the dimple', () => {
    const r = readNote(
      'dr k (nnu) -> radiology\n6/52 boy, sacral dimple noted at 6wk check\n~3mm, sits inside natal cleft, approx 1cm from anus, base seen\nlegs moving well, tone + reflexes nl, no hair tuft, no haemangioma\n-> u/s lumbosacral spine pls?\nrad: ok can book tues. fyi dimple like this usually doesnt need imaging\ndr k: know, parents v anxious + mum googled tethered cord. pls do anyway\nrad: np, booked',
    );
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
  it('chat reply to a question about the dimple', () => {
    const r = readNote(
      'ward reg 2310: can i get xray LS spine for bed 12, 3mo M w sacral dimple\nrad: xray not helpful at this age tbh, u/s better. what does dimple look like?\nward reg: ~4mm, in the cleft, 1.5cm from anus, can see base. nil else on skin. neuro exam nl, moving all 4\nrad: ok. change to u/s spine then\nward reg: done, xray cancelled -> US lumbar spine requested',
    );
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
  it('"no other skin lesion" after "inside the gluteal fold"', () => {
    const r = readNote(
      'Patient: Isabela, 10 months old, girl\nSacral dimple 3 mm, inside the gluteal fold, 1 cm from the anus, fundus visible, no other skin lesion.\nLumbosacral ultrasound at 2 months: normal.\nNow parents moved to our city and want to repeat exam. Neuro exam normal, sits alone, crawls.\nRequest: repeat ultrasound of lumbosacral spine.\nDr. Rafael Souza, Pediatria - Porto Alegre',
    );
    assert.ok(r.rules.includes('simple-dimple'), r.rules.join());
    assert.ok(!r.rules.includes('dimple-undescribed'), r.rules.join());
  });
});

describe('r39: look-alikes that stay not simple', () => {
  it('form: above cleft ticked', () => {
    const r = readNote(
      'PEDIATRIC NEWBORN F/U\nPt age: 3 wk\nSkin exam of back:\n Sacral dimple: [x] Yes [ ] No\n   Size: 3 mm\n   Location: [ ] within gluteal cleft [x] above cleft\n   Distance from anal verge: ~1.5 cm\n   Base visualized: [x] Yes [ ] No\n Hair tuft: [ ] Yes [x] No\nNeuro: nl\nPlan: US lumbosacral spine',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('form: base visualized answered no', () => {
    const r = readNote(
      'PEDIATRIC NEWBORN F/U (.PEDSNB)\nPt age: 3 wk\nSex: [x] M [ ] F\nSkin exam of back:\n Sacral dimple: [x] Yes [ ] No\n   Size: 3 mm\n   Location: [x] within gluteal cleft [ ] above cleft\n   Distance from anal verge: ~1.5 cm\n   Base visualized: [ ] Yes [x] No\n Hair tuft: [ ] Yes [x] No\n Hemangioma: [ ] Yes [x] No\nNeuro: moves all 4 ext symmetrically, nl tone, nl reflexes\nAssessment: sacral dimple\nPlan: US lumbosacral spine ordered per attending ***',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('form: neither place ticked', () => {
    const r = readNote(
      'PEDIATRIC NEWBORN F/U (.PEDSNB)\nPt age: 3 wk\nSex: [x] M [ ] F\nSkin exam of back:\n Sacral dimple: [x] Yes [ ] No\n   Size: 3 mm\n   Location: [ ] within gluteal cleft [ ] above cleft\n   Distance from anal verge: ~1.5 cm\n   Base visualized: [x] Yes [ ] No\n Hair tuft: [ ] Yes [x] No\n Hemangioma: [ ] Yes [x] No\nNeuro: moves all 4 ext symmetrically, nl tone, nl reflexes\nAssessment: sacral dimple\nPlan: US lumbosacral spine ordered per attending ***',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('form: 6 mm', () => {
    const r = readNote(
      'PEDIATRIC NEWBORN F/U (.PEDSNB)\nPt age: 3 wk\nSex: [x] M [ ] F\nSkin exam of back:\n Sacral dimple: [x] Yes [ ] No\n   Size: 6 mm\n   Location: [x] within gluteal cleft [ ] above cleft\n   Distance from anal verge: ~1.5 cm\n   Base visualized: [x] Yes [ ] No\n Hair tuft: [ ] Yes [x] No\n Hemangioma: [ ] Yes [x] No\nNeuro: moves all 4 ext symmetrically, nl tone, nl reflexes\nAssessment: sacral dimple\nPlan: US lumbosacral spine ordered per attending ***',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('form: 3 cm from the anal verge', () => {
    const r = readNote(
      'PEDIATRIC NEWBORN F/U (.PEDSNB)\nPt age: 3 wk\nSex: [x] M [ ] F\nSkin exam of back:\n Sacral dimple: [x] Yes [ ] No\n   Size: 3 mm\n   Location: [x] within gluteal cleft [ ] above cleft\n   Distance from anal verge: ~3 cm\n   Base visualized: [x] Yes [ ] No\n Hair tuft: [ ] Yes [x] No\n Hemangioma: [ ] Yes [x] No\nNeuro: moves all 4 ext symmetrically, nl tone, nl reflexes\nAssessment: sacral dimple\nPlan: US lumbosacral spine ordered per attending ***',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('next line: above the cleft', () => {
    const r = readNote(
      'dr k (nnu) -> radiology\n6/52 boy, sacral dimple noted at 6wk check\n~3mm, sits above natal cleft, approx 1cm from anus, base seen\nlegs moving well, tone + reflexes nl, no hair tuft, no haemangioma\n-> u/s lumbosacral spine pls?\nrad: ok can book tues. fyi dimple like this usually doesnt need imaging\ndr k: know, parents v anxious + mum googled tethered cord. pls do anyway\nrad: np, booked',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('next line: 7 mm', () => {
    const r = readNote(
      'dr k (nnu) -> radiology\n6/52 boy, sacral dimple noted at 6wk check\n~7mm, sits inside natal cleft, approx 1cm from anus, base seen\nlegs moving well, tone + reflexes nl, no hair tuft, no haemangioma\n-> u/s lumbosacral spine pls?\nrad: ok can book tues. fyi dimple like this usually doesnt need imaging\ndr k: know, parents v anxious + mum googled tethered cord. pls do anyway\nrad: np, booked',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('next line: 3 cm from anus', () => {
    const r = readNote(
      'dr k (nnu) -> radiology\n6/52 boy, sacral dimple noted at 6wk check\n~3mm, sits inside natal cleft, approx 3cm from anus, base seen\nlegs moving well, tone + reflexes nl, no hair tuft, no haemangioma\n-> u/s lumbosacral spine pls?\nrad: ok can book tues. fyi dimple like this usually doesnt need imaging\ndr k: know, parents v anxious + mum googled tethered cord. pls do anyway\nrad: np, booked',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('next line: base not seen', () => {
    const r = readNote(
      'dr k (nnu) -> radiology\n6/52 boy, sacral dimple noted at 6wk check\n~3mm, sits inside natal cleft, approx 1cm from anus, base not seen\nlegs moving well, tone + reflexes nl, no hair tuft, no haemangioma\n-> u/s lumbosacral spine pls?\nrad: ok can book tues. fyi dimple like this usually doesnt need imaging\ndr k: know, parents v anxious + mum googled tethered cord. pls do anyway\nrad: np, booked',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it("next line after a sibling's dimple", () => {
    const r = readNote(
      'dr k (nnu) -> radiology\n6/52 boy, older sibling had sacral dimple\n~3mm, sits inside natal cleft, approx 1cm from anus, base seen\nlegs moving well, tone + reflexes nl, no hair tuft, no haemangioma\n-> u/s lumbosacral spine pls?\nrad: ok can book tues. fyi dimple like this usually doesnt need imaging\ndr k: know, parents v anxious + mum googled tethered cord. pls do anyway\nrad: np, booked',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('reply by mum (no clinician speaker)', () => {
    const r = readNote(
      'ward reg 2310: can i get xray LS spine for bed 12, 3mo M w sacral dimple\nrad: xray not helpful at this age tbh, u/s better. what does dimple look like?\nmum: ~4mm, in the cleft, 1.5cm from anus, can see base. nil else on skin. neuro exam nl, moving all 4\nrad: ok. change to u/s spine then\nward reg: done, xray cancelled -> US lumbar spine requested',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('question left unanswered', () => {
    const r = readNote(
      'ward reg 2310: can i get xray LS spine for bed 12, 3mo M w sacral dimple\nrad: xray not helpful at this age tbh, u/s better. what does dimple look like?\nward reg: will check and get back. nil else on skin. nil else on skin. neuro exam nl, moving all 4\nrad: ok. change to u/s spine then\nward reg: done, xray cancelled -> US lumbar spine requested',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('reply: above the cleft', () => {
    const r = readNote(
      'ward reg 2310: can i get xray LS spine for bed 12, 3mo M w sacral dimple\nrad: xray not helpful at this age tbh, u/s better. what does dimple look like?\nward reg: ~4mm, above the cleft, 1.5cm from anus, can see base. nil else on skin. neuro exam nl, moving all 4\nrad: ok. change to u/s spine then\nward reg: done, xray cancelled -> US lumbar spine requested',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('reply: cant see the base', () => {
    const r = readNote(
      'ward reg 2310: can i get xray LS spine for bed 12, 3mo M w sacral dimple\nrad: xray not helpful at this age tbh, u/s better. what does dimple look like?\nward reg: ~4mm, in the cleft, 1.5cm from anus, cant see the base. nil else on skin. neuro exam nl, moving all 4\nrad: ok. change to u/s spine then\nward reg: done, xray cancelled -> US lumbar spine requested',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it("reply tells the sister's", () => {
    const r = readNote(
      'ward reg 2310: can i get xray LS spine for bed 12, 3mo M w sacral dimple\nrad: xray not helpful at this age tbh, u/s better. what does dimple look like?\nward reg: his sister: ~4mm, in the cleft, 1.5cm from anus, can see base. nil else on skin. neuro exam nl, moving all 4\nrad: ok. change to u/s spine then\nward reg: done, xray cancelled -> US lumbar spine requested',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('fundus not visible', () => {
    const r = readNote(
      'Patient: Isabela, 10 months old, girl\nSacral dimple 3 mm, inside the gluteal fold, 1 cm from the anus, fundus not visible, no other skin lesion.\nLumbosacral ultrasound at 2 months: normal.\nNow parents moved to our city and want to repeat exam. Neuro exam normal, sits alone, crawls.\nRequest: repeat ultrasound of lumbosacral spine.\nDr. Rafael Souza, Pediatria - Porto Alegre',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('above the gluteal fold', () => {
    const r = readNote(
      'Patient: Isabela, 10 months old, girl\nSacral dimple 3 mm, above the gluteal fold, 1 cm from the anus, fundus visible, no other skin lesion.\nLumbosacral ultrasound at 2 months: normal.\nNow parents moved to our city and want to repeat exam. Neuro exam normal, sits alone, crawls.\nRequest: repeat ultrasound of lumbosacral spine.\nDr. Rafael Souza, Pediatria - Porto Alegre',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('rash in the gluteal fold, dimple place not given', () => {
    const r = readNote(
      'Patient: Isabela, 10 months old, girl\nSacral dimple 3 mm, 1 cm from the anus, fundus visible, rash in the gluteal fold.\nLumbosacral ultrasound at 2 months: normal.\nNow parents moved to our city and want to repeat exam. Neuro exam normal, sits alone, crawls.\nRequest: repeat ultrasound of lumbosacral spine.\nDr. Rafael Souza, Pediatria - Porto Alegre',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it('skin tag inside the gluteal fold', () => {
    const r = readNote(
      'Patient: Isabela, 10 months old, girl\nSacral dimple 3 mm, skin tag inside the gluteal fold, 1 cm from the anus, fundus visible, no other skin lesion.\nLumbosacral ultrasound at 2 months: normal.\nNow parents moved to our city and want to repeat exam. Neuro exam normal, sits alone, crawls.\nRequest: repeat ultrasound of lumbosacral spine.\nDr. Rafael Souza, Pediatria - Porto Alegre',
    );
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it("line after ends on mum's dimple", () => {
    const r = readNote('Age: 2 mo\nHistory: sacral dimple noted at check. Mum has a dimple too:\n3 mm, in the cleft, 1 cm from anus\nPlan: US lumbar spine');
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
  it("a hair tuft's line after the dimple", () => {
    const r = readNote('Age: 2 mo\nHistory: sacral dimple noted at check\nhair tuft 3 cm, over L5, in the cleft, 1 cm from anus\nPlan: US lumbar spine');
    assert.ok(!r.rules.includes('simple-dimple'), r.rules.join());
  });
});
