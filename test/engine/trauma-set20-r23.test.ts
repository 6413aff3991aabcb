/**
 * Set-20 trauma readings (r23): a fall from a tree in French and Spanish ("chute d'un manguier", "caída de un
 * árbol") is a fall from a tree, and a height hedged ("approx. 4 m", "env. 4 m") decides by its number as a plain
 * one does. "RTA" alone is not read (it is as often a renal tubular acidosis), nor an English tree named by its
 * kind: each reads as on main.
 */
import * as assert from 'node:assert/strict';
import { traumaOf } from '../helpers';

function expectAll(cases: string[][], want: string, what: string): void {
  for (const lines of cases) it(`"${lines.join(' / ')}" ${what}`, () => assert.equal(traumaOf(...lines), want));
}

describe('trauma (set 20): falls from trees, hedged heights, RTA not read', () => {
  expectAll(
    [
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
      ['12 yo, PMH distal renal tubular acidosis (RTA). Back pain 2 wk. Neuro normal.', 'Plan: XR L-spine'],
      ['9 yo girl with RTA and nephrocalcinosis, flank/back pain 1 wk. Neuro normal.', 'Plan: XR L-spine'],
      ['9 yo girl, known case of RTA, back pain 1 wk, neuro normal.', 'Plan: XR L-spine'],
      ['10 yo, nephrology f/u for RTA. Back pain 1 wk, no trauma. Neuro normal.', 'Plan: XR L-spine'],
      ['9 yo, back pain 2 wk. Known to nephrology with RTA and rickets. Neuro normal.', 'Plan: XR L-spine'],
    ],
    'none',
    'tells no injury',
  );
  expectAll([['14 yo, fell off a chair approx. 0.5 m, back pain.', 'Plan: XR L-spine']], 'trivial', 'is a trivial fall');
  // As on main: an old RTA and a low fall from a tree named by its kind ask for the mechanism.
  expectAll(
    [
      ['9 yo, back pain. Hx RTA 2019 with femur fracture, healed. Neuro normal.', 'Plan: XR L-spine'],
      ['10 yo, back pain 2 wk. Fell off a mango tree approx. 40 cm, landed on feet, played on. Neuro normal.', 'Plan: XR L-spine'],
    ],
    'unclear',
    'asks for the mechanism',
  );
  it('"fell off the swing under the tree" is no fall from the tree', () =>
    assert.notEqual(traumaOf('14 yo, fell off the swing under the tree, got up and played normally. Back pain.', 'Plan: XR L-spine'), 'significant'));
  it('"RTA - mother only, child not in the car" is not the child\'s accident', () =>
    assert.notEqual(traumaOf('16 y M, RTA - mother only, child not in the car. C/O low back pain.', 'Plan: XR L-spine'), 'significant'));
});
