import * as assert from 'node:assert/strict';
import { ids, note, readNote } from '../helpers';

describe('review fixes (a): facts.ts', () => {
  describe('1. a closing prose sentence that decides not to image is not the order', () => {
    const lead = '12 yo M with 10 days of low back pain, exam benign, neuro intact.';
    const NOT_ORDERS = [
      'MRI lumbar spine not indicated at this time.',
      'MRI L-spine if pain persists beyond 6 weeks.',
      'US spine declined by parents.',
      'US spine not needed.',
      'XR spine deferred to PCP.',
      'XR L-spine obtained in ED.',
      'CT L-spine not recommended, XR instead.',
    ];
    for (const key of ['ED note', 'Seen today'])
      for (const s of NOT_ORDERS)
        it(`${key}: "… ${s}"`, () => {
          const text = note(`${key}: ${lead} ${s}`);
          assert.equal(readNote(`${key}: ${lead} ${s}`).facts.order, undefined);
          assert.ok(ids(text).includes('missing-order'));
        });
    it('a closing sentence that names the study alone, or says it will be got, still orders it', () => {
      assert.equal(readNote(`Seen today: ${lead} US spine.`).facts.order?.reading.procedure?.id, 'us-area');
      assert.equal(readNote(`ED note: ${lead} XR L-spine.`).facts.order?.reading.procedure?.id, 'xr-area');
      assert.ok(readNote(`Seen today: ${lead} Will get XR scoliosis series.`).facts.order);
    });
  });

  describe('2. a study told with its result is a prior spine study only when it names the spine and tells a result', () => {
    it('"XR chest negative" is not a prior spine radiograph', () => {
      const r = readNote('Pt: 12 yo M', 'Presentation: back pain and fever x 1 wk, XR chest negative', 'Order: MRI L-spine');
      assert.deepEqual(r.facts.prior, []);
      assert.equal(r.scenario, 'back-pain-red-flags');
    });
    it('"CT head negative" is not a prior spine CT', () =>
      assert.deepEqual(readNote('Pt: 12 yo M', 'Presentation: back pain, fever 2 wk. CT head negative', 'Order: MRI L-spine').facts.prior, []));
    it('"XR L-spine: r/o spondylolysis" is a question, not a result', () =>
      assert.deepEqual(readNote('Pt: 14 yo F', 'Presentation: gymnast, LBP x 3 wk; XR L-spine: r/o spondylolysis').facts.prior, []));
    it('results still read as prior radiographs', () => {
      const prior = (t: string) => readNote(t).facts.prior.map((p) => [p.modality, p.result]);
      assert.deepEqual(prior('13 y M, back pain + wt loss; XR L-spine unremarkable'), [['XR', 'normal']]);
      assert.deepEqual(prior('11 yo M, radicular back pain. XR L-spine: grade 1 spondylolisthesis L5-S1. MRI ordered.'), [['XR', 'abnormal']]);
    });
  });

  describe('3. pain duration is read from back-pain words in the same clause, not from PMH', () => {
    const weeks = (...lines: string[]) => readNote(...lines).facts.painWeeks?.weeks;
    it('"15 months post ACL repair" is not 65 weeks of pain', () => assert.equal(weeks('Patient: Rachel, 14 yo F, 15 months post ACL repair'), undefined));
    it('"headaches x 3 months" is not back pain of 13 weeks', () => assert.equal(weeks('Patient: 14 yo F with headaches x 3 months, new low back pain'), undefined));
    it('"ex-32 weeks preemie" in PMH is not 32 weeks of pain', () => assert.equal(weeks('PMH: ex-32 weeks preemie, back pain last year resolved'), undefined));
    it('back pain with its duration still reads', () => {
      assert.equal(weeks('Presentation: LBP x 3 wk'), 3);
      assert.equal(weeks('Presentation: low back pain for 6 weeks'), 6);
      assert.equal(weeks('Symptoms: backache x 2 wk'), 2);
      assert.ok((weeks('Pt: 15 yo F gymnast, LBP x 2 months w/ extension') ?? 0) > 4);
    });
  });

  describe('4. a date is not a strength grade', () => {
    it('"nonfocal per neurology visit 4/5/26" is a normal exam', () => assert.equal(readNote('Neuro: nonfocal per neurology visit 4/5/26').facts.neuro.state, 'normal'));
    it('"seen by neurology 5/5/26" is not a normal strength grade', () => assert.equal(readNote('Neuro: seen by neurology 5/5/26').facts.neuro.state, 'unknown'));
    it('strength grades still read', () => {
      assert.equal(readNote('Neuro: hip flexion 4/5 on the left').facts.neuro.state, 'abnormal');
      assert.equal(readNote('Neuro: strength 5/5 throughout').facts.neuro.state, 'normal');
      assert.equal(readNote('Neuro: EHL 3+/5').facts.neuro.state, 'abnormal');
    });
  });
});
