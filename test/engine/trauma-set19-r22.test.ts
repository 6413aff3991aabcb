/**
 * Set-19 trauma readings (r22): a report's title that names an incident ("Childcare - Incident/Concern Report",
 * "Clinical incident review", "Patient Safety Incident Review") tells what kind of document it is, not that the
 * child was hurt: its body tells that. A fall from a tree or a roof written without an article ("fall from tree",
 * "W14 FALL FROM TREE") is a fall from height as "fell from a tree" is. Being struck against something ("struck the
 * base of a lift tower back first") is an injury as being struck by something is, but only when the child is the one
 * struck or thrown and a body part or a surface is hit ("struck his head on the bottom", "was slammed into the boards",
 * "landed back first", "struck the base of a lift tower back first"): "head first" or "back first" alone is a birth or a dive's manner, "struck the ball" a shot and
 * "the door slammed into the wall" a door.
 */
import * as assert from 'node:assert/strict';
import { traumaOf } from '../helpers';

function expectAll(cases: string[][], want: string, what: string): void {
  for (const lines of cases) it(`"${lines.join(' / ')}" ${what}`, () => assert.equal(traumaOf(...lines), want));
}

describe('trauma (set 19): an incident report is a document, not an injury', () => {
  expectAll(
    [
      [
        'Happy Days Childcare - Incident/Concern Report',
        'Concern: staff noticed a little hole at the top of her bottom crack.',
        'Doctor: sacral dimple ~6 mm, base not seen. Age: 14 months',
      ],
      ['Clinical incident review (oncology day unit) - no harm', '10 yo boy with 10 days of thoracic back pain. Neuro exam normal.', 'Order: XR complete spine'],
      [
        'Patient Safety Incident Review - Ref PSI-2024-0381',
        'A 3 month old girl with a soft midline lumbosacral lump had a spinal US at 6 weeks.',
        'Order: MRI lumbar spine without contrast',
      ],
      ['After-school club - incident / first-aid log', 'Child: 7y. Afterwards c/o lower back achy after backbends. No fall.', 'Order: XR L-spine'],
      ['Incident report filed by nursery: 2 yo with a hairy patch over the sacrum.', 'Order: US spine'],
      ['Serious incident summary: 6 wk old, sacral dimple 3 mm within the cleft, MRI booked before any ultrasound.', 'Order: MRI L-spine'],
    ],
    'none',
    'tells no injury',
  );
  // Near misses: an incident told as what happened to the child, or a report whose body tells an injury.
  expectAll(
    [
      ['HPI: 9 yo, LBP x 1 wk after an incident on the playground, teacher did not see what happened.', 'Order: XR L-spine'],
      ['Complaint: 12 yo with low back pain after an incident at cheer practice yesterday.', 'Order: XR L-spine'],
      ['Playground incident: 8 yo, back pain since, nobody saw how.', 'Order: XR L-spine'],
    ],
    'unclear',
    'is an injury whose mechanism is unclear',
  );
  expectAll(
    [
      ['SKATEPARK MEDICAL - INCIDENT RECORD', 'Age: 14 y', 'Incident: fell about 2 m off the deck of the vert ramp onto the flat. Midline tenderness L1.', 'Order: XR T-L spine'],
      ['Daycare incident report: 4 yo fell from the top of the climbing frame onto his back.', 'Order: XR L-spine'],
    ],
    'significant',
    'is significant trauma',
  );
});

describe('trauma (set 19): a fall from a tree or a roof without its article', () => {
  expectAll(
    [
      ['Age: 9 y', 'DX: S39.012A STRAIN LOWER BACK, INIT ; W14.XXXA FALL FROM TREE, INIT', 'Order: XR L-spine'],
      ['Age: 9 y', 'HPI: fell from tree this morning, lumbar pain.', 'Order: XR L-spine'],
      ['Age: 11 y', 'HPI: fell out of the tree in the garden, back pain since.', 'Order: XR L-spine'],
      ['Age: 13 y', 'HPI: fall from roof while fetching a ball, low back pain.', 'Order: XR L-spine'],
      ['Age: 10 y', 'HPI: tumbled off the tree house ladder... fell from the tree house onto grass, back pain.', 'Order: XR L-spine'],
    ],
    'significant',
    'is a fall from height',
  );
  // Near misses: a tree that is no fall, or a fall denied.
  expectAll(
    [
      ['Age: 9 y', 'HPI: back pain x 2 wk, no fall from tree or other injury.', 'Order: XR L-spine'],
      ['Age: 9 y', 'HPI: back pain after climbing trees all summer, no fall.', 'Order: XR L-spine'],
    ],
    'none',
    'tells no fall',
  );
});

describe('trauma (set 19): struck against something', () => {
  expectAll(
    [
      ['Age: 15 y', 'HPI: he slammed into the boards during hockey at full speed, back pain.', 'Order: XR L-spine'],
      ['Age: 15 y', 'HPI: was slammed into the boards from behind at full speed, back pain.', 'Order: XR L-spine'],
      ['Age: 13 y', 'HPI: dove into a shallow pool and struck his head on the bottom, neck pain.', 'Order: CT C-spine'],
      ['Age: 9 y', 'HPI: sled went off the track and he went back first into a tree, mid back pain.', 'Order: XR T-L spine'],
      ['PATROL INCIDENT REPORT - tubing hill', 'Tube left the lane at high speed and struck the base of a lift tower back first. C/o upper lumbar pain.', 'Order: XR T-L spine'],
      ['Age: 12 y', 'HPI: skidded on his bike and hit the wall head first, neck pain.', 'Order: XR C-spine'],
      ['Age: 12 y', 'HPI: thrown from the trampoline and landed head first on the grass, neck pain.', 'Order: XR C-spine'],
    ],
    'significant',
    'is significant trauma',
  );
  // Near misses: the words without the child struck or thrown onto something.
  expectAll(
    [
      ['Age: 2 wk', 'Birth: NVD, delivered head first, no complications', 'Sacral dimple 3 mm within the cleft.', 'Order: US spine'],
      ['Age: 2 wk', 'Birth: vaginal delivery, baby born headfirst, uneventful.', 'Sacral dimple 3 mm within the cleft.', 'Order: US spine'],
      ['Age: 12 y', 'HPI: back pain x 3 wk, struck the ball well in his match, no injury.', 'Order: XR L-spine'],
      ['Age: 12 y', 'HPI: back pain x 2 wk; at home the door slammed into the wall, no trauma.', 'Order: XR L-spine'],
      ['Age: 10 y', 'HPI: back pain x 4 wk, lies back first on the sofa to watch TV.', 'Order: XR L-spine'],
      ['Age: 15 y', 'HPI: back pain x 3 wk, never struck the back or fell.', 'Order: XR L-spine'],
    ],
    'none',
    'tells no injury',
  );
});
