/**
 * Set-20 trauma readings (r23): a road traffic accident written "RTA" and a vehicle that overturned are
 * high-energy injuries; a renal tubular acidosis ("distal RTA", "type 1 RTA", "RTA on citrate") is no injury.
 * A fall from a named kind of tree ("off a mango tree") is a fall from a tree, in French and Spanish too
 * ("chute d'un manguier", "caída de un árbol"), and a height hedged ("approx. 4 m", "env. 4 m") decides by its
 * number as a plain one does.
 */
import * as assert from 'node:assert/strict';
import { traumaOf } from '../helpers';

function expectAll(cases: string[][], want: string, what: string): void {
  for (const lines of cases) it(`"${lines.join(' / ')}" ${what}`, () => assert.equal(traumaOf(...lines), want));
}

describe('trauma (set 20): RTA, overturned vehicles, falls from trees, hedged heights', () => {
  expectAll(
    [
      ['16 y M, RTA - passenger in kombi which overturned. C/O severe low back pain.', 'Plan: CT L-spine'],
      ['16 y M, was in an RTA yesterday, back pain since.', 'Plan: XR L-spine'],
      ['12 yo, passenger in a car which overturned on the highway. Back pain.', 'Plan: XR L-spine'],
      ['12 yo, minibus overturned on the way to school. Lower back pain.', 'Plan: XR L-spine'],
      ['14 yo, fell off a mango tree this morning, back pain.', 'Plan: XR L-spine'],
      ['14 yo, fell from the coconut tree, landed on his back.', 'Plan: XR T-L spine'],
      ['14 yo, fell off a ladder approx. 4 m, back pain.', 'Plan: XR L-spine'],
      ['14 yo, fell from a wall about 2 m high, back pain.', 'Plan: XR L-spine'],
      ["Adolescent 14 ans, chute d'un manguier d'env. 4 m ce matin, réception sur le dos. Douleur dorso-lombaire intense.", 'Rx rachis dorso-lombaire face + profil.'],
      ['Niño de 12 años, caída de un árbol hace 2 horas. Dolor lumbar.', 'Plan: Rx columna lumbar'],
      ['Niño de 12 años, se cayó de un árbol ayer. Dolor lumbar.', 'Plan: Rx columna lumbar'],
    ],
    'significant',
    'is a significant injury',
  );
  // Near misses: a kidney's RTA is no accident, someone else's accident is not the child's, and a low fall hedged stays low.
  expectAll(
    [
      ['16 y M, known distal RTA on citrate. C/O low back pain.', 'Plan: XR L-spine'],
      ['16 y M, hx type 1 RTA, nephrocalcinosis. C/O low back pain.', 'Plan: XR L-spine'],
      ['10 yo F, renal tubular acidosis (RTA type 4). Back pain 3 weeks.', 'Plan: XR L-spine'],
    ],
    'none',
    'tells no injury',
  );
  expectAll([['14 yo, fell off a chair approx. 0.5 m, back pain.', 'Plan: XR L-spine']], 'trivial', 'is a trivial fall');
  it('"fell off the swing under the tree" is no fall from the tree', () =>
    assert.notEqual(traumaOf('14 yo, fell off the swing under the tree, got up and played normally. Back pain.', 'Plan: XR L-spine'), 'significant'));
  it('"RTA - mother only, child not in the car" is not the child\'s accident', () =>
    assert.notEqual(traumaOf('16 y M, RTA - mother only, child not in the car. C/O low back pain.', 'Plan: XR L-spine'), 'significant'));
});
