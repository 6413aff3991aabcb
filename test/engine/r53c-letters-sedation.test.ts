/**
 * Round 53 (fix53c), orders in surgeons' letters: the writer's request put in after a clause naming the study ("…; I have put
 * the request in"), with the look-alikes that must stay unread. The writer agreeing to a study, the study cancelled by its name,
 * "MDT:", the reason keys ("Given the history:"), a sedation note's "For:" and an anaesthetic preop heading were taken out after
 * review r53; the check that the clause before tells the study plainly now guards only the new joins (past a semicolon, or "I
 * have put the request in"), not main's "…, I ordered it" (it dropped main's orders after a doubted diagnosis).
 */
import * as assert from 'node:assert/strict';
import { orderOf } from '../helpers';

const LUMP = 'Boy, 4 yrs, soft lump over the lumbosacral junction, no dimple, neuro intact.';
describe("r53c: the writer's request put in, after a clause that names the study", () => {
  it('"… he needs an MRI of the lumbosacral spine without contrast to exclude …; I have put the request in" orders it', () =>
    assert.equal(
      orderOf(LUMP, 'Before any excision he needs an MRI of the lumbosacral spine without contrast to exclude an intraspinal component; I have put the request in.'),
      'mri-area-without',
    ));
  it('"She needs an MRI L-spine, I\'ve put in a request." orders it', () => assert.equal(orderOf(LUMP, "She needs an MRI L-spine, I've put in a request."), 'mri-area-without'));
  it('"He needs an ultrasound of the lumbar spine; we have put in a request." orders it', () =>
    assert.equal(orderOf('3 mo boy, deep sacral dimple, base not seen.', 'He needs an ultrasound of the lumbar spine; we have put in a request.'), 'us-area'));
  it('a study denied before it stays unread', () => assert.equal(orderOf(LUMP, 'He does not need an MRI of the lumbar spine; I have put the request in.'), 'none'));
  it("a brother's study stays unread", () => assert.equal(orderOf(LUMP, 'His brother needs an MRI of the lumbar spine; I have put the request in.'), 'none'));
  it('a study maybe needed later stays unread', () => assert.equal(orderOf(LUMP, 'He may need an MRI of the lumbar spine when older; I have put the request in.'), 'none'));
  it('a study done before stays unread', () => assert.equal(orderOf(LUMP, 'He had an MRI of the lumbar spine in 2023; I have put the request in.'), 'none'));
  it('another part stays unread', () => assert.equal(orderOf(LUMP, 'He needs an MRI of the brain; I have put the request in.'), 'none'));
  it('a request put in for something else stays unread', () => assert.equal(orderOf(LUMP, 'He needs an MRI of the lumbar spine; I have put the request in for physio.'), 'none'));
  it('an asked request stays unread', () => assert.equal(orderOf(LUMP, 'He needs an MRI of the lumbar spine; I have put the request in?'), 'none'));
});

// Review r53's harms on this branch (the "?" in a heading, the writer "agreed to", the reason keys and "For:", the anaesthetic
// preop heading, the plain-study check on main's "…, I ordered it") and the look-alikes of the request put in: each read as main reads it.
const REVIEW_R53: readonly (readonly [string, string, string])[] = [
  ['rfix53c-006', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. He does not need an MRI L-spine at present; I have put the request in.'],
  ['rfix53c-007', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. His brother needs an MRI L-spine; I have put the request in.'],
  ['rfix53c-008', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. He may need an MRI L-spine when he is older; I have put the request in.'],
  ['rfix53c-034', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, depending on the ultrasound result.'],
  ['rfix53c-043', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, but the parents have since declined it.'],
  ['rfix53c-044', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine; however mum has now decided against it.'],
  ['rfix53c-045', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine in principle, to be discussed at the MDT.'],
  ['rfix53c-057', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine with the family as a future option.'],
  ['rfix53c-062', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Given the history: MRI L-spine unlikely to add anything.'],
  ['rfix53c-071', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Given the history: MRI L-spine unnecessary.'],
  ['rfix53c-073', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Given the history: MRI L-spine would be ideal but mum declines.'],
  [
    'rfix53c-097',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Anaesthesia preop - MRI L-spine under GA - CANCELLED\nUS normal, MRI no longer needed.',
  ],
  [
    'rfix53c-098',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Anaesthetic assessment - MRI L-spine under GA\nProcedure cancelled by neurosurgery, clinical f/u only.',
  ],
  ['rfix53c-101', 'mri-area-without', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Requisition - MRI L-spine w/o - ?tethered cord'],
  ['rfix53c-102', 'mri-area-without', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Prior auth - MRI L-spine w/o for ?tethered cord'],
  [
    'rfix53c-103',
    'mri-area-without',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Protocol note - MRI lumbar spine without contrast (?occult dysraphism)',
  ],
  ['rfix53c-104', 'us-area', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Requisition - spinal US ? tethered cord'],
  [
    'rfix53c-112',
    'none',
    '12 yo girl with low back pain for 2 weeks, no trauma. No fever, no night pain, no weight loss. Neuro exam normal. Her mother needs an MRI lumbar spine; I have put the request in.',
  ],
  [
    'rfix53c-119',
    'mri-area-without',
    '12 yo girl with low back pain for 2 weeks, no trauma. No fever, no night pain, no weight loss. Neuro exam normal. UR RN review - MRI L-spine w/o, ?disc',
  ],
  ['rfix53c-201', 'mri-area-without', 'Requisition - MRI L-spine w/o - ?tethered cord\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.'],
  ['rfix53c-202', 'mri-area-without', 'Requisition - MRI lumbar spine without contrast ?TC\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.'],
  [
    'rfix53c-203',
    'mri-area-without',
    'Prior auth - MRI L-spine w/o, indication ?occult spinal dysraphism\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.',
  ],
  ['rfix53c-204', 'mri-area-without', 'Protocol note - MRI L-spine w/o (? tethered cord)\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.'],
  ['rfix53c-205', 'us-area', 'Scheduling - spinal US ?tethered cord\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.'],
  ['rfix53c-206', 'us-area', 'Booking - spinal US, ?low conus\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.'],
  [
    'rfix53c-212',
    'mri-area-without',
    'Prior auth - MRI L-spine w/o - ?disc prolapse\n12 yo girl with low back pain for 2 weeks, no trauma. No fever, no night pain, no weight loss. Neuro exam normal.',
  ],
  [
    'rfix53c-213',
    'none',
    'Anaesthesia preop - MRI L-spine under GA\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.\nSpinal US reviewed with radiology: normal. MRI cancelled, clinical f/u only.',
  ],
  [
    'rfix53c-214',
    'none',
    'Anaesthesia preop - MRI L-spine under GA\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.\nMRI no longer required - neurosurgery have cancelled it.',
  ],
  [
    'rfix53c-215',
    'none',
    'Anaesthesia preop - MRI L-spine under GA\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.\nSurgeon has cancelled the MRI; clinical follow-up only.',
  ],
  [
    'rfix53c-219',
    'none',
    'Pre anaesthetic assessment - MRI L-spine under GA\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.\nParents have declined the GA and the MRI.',
  ],
  [
    'rfix53c-227',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, to be arranged by the GP if still concerned.',
  ],
  [
    'rfix53c-231',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine. However, on reflection, this is not indicated and has not been requested.',
  ],
  [
    'rfix53c-236',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, but mum wants to wait until after Christmas.',
  ],
  [
    'rfix53c-237',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine. Mum will let us know if she wants to go ahead.',
  ],
  ['rfix53c-238', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Given the history: MRI L-spine, done last month, normal.'],
  ['rfix53c-240', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Given the history: MRI L-spine, already performed at the local hospital.'],
  ['rfix53c-244', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Given the history: MRI L-spine of little value.'],
  ['rfix53c-251', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. In view of the above: MRI L-spine reasonable but parents prefer to wait.'],
  [
    'rfix53c-252',
    'none',
    '12 yo girl with low back pain for 2 weeks, no trauma. No fever, no night pain, no weight loss. Neuro exam normal. Given the history: XR L-spine not helpful.',
  ],
  [
    'rfix53c-253',
    'none',
    '12 yo girl with low back pain for 2 weeks, no trauma. No fever, no night pain, no weight loss. Neuro exam normal. Given the history: XR L-spine, done 2 weeks ago, normal.',
  ],
  [
    'rfix53c-254',
    'none',
    '12 yo girl with low back pain for 2 weeks, no trauma. No fever, no night pain, no weight loss. Neuro exam normal. In view of the above: XR L-spine would be of no benefit.',
  ],
  ['rfix53c-256', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Pre-sedation assessment.\nFor: MRI L-spine, cancelled by surgeon.'],
  [
    'rfix53c-265',
    'mri-area-without',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Parents concerned he might have a tethered cord, keen on MRI L-spine, I ordered it.',
  ],
  ['rfix53c-304', 'mri-area-without', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Mum wondering whether he needs an MRI L-spine, I ordered it.'],
  [
    'rfix53c-306',
    'mri-area-without',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Concerned about possible tethered cord, MRI L-spine, I have requested it.',
  ],
  [
    'rfix53c-308',
    'mri-area-without',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Possibly a tethered cord, so MRI L-spine without contrast, I have ordered it.',
  ],
  [
    'rfix53c-310',
    'mri-area-without',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Probably a simple dimple but mum keen on MRI L-spine, I ordered it.',
  ],
  ['rfix53c-317', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, should the US be abnormal.'],
  ['rfix53c-319', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, which was done last week and was normal.'],
  ['rfix53c-320', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, for his sister rather than him.'],
  ['rfix53c-321', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, to be requested at his next visit.'],
  [
    'rfix53c-322',
    'none',
    '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. I have agreed to an MRI L-spine, though the request has not been made yet as mum is undecided.',
  ],
  ['rfix53c-323', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Pre-sedation assessment.\nFor: MRI L-spine, no longer needed as US normal.'],
  ['rfix53c-325', 'none', '3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal. Pre-sedation assessment.\nFor: MRI L-spine, done under GA yesterday.'],
  [
    'rfix53c-409',
    'none',
    'Anaesthesia preop - MRI L-spine under GA\n3 mo M. Deep sacral dimple 6 mm above the natal cleft. Neuro exam normal.\nNot fit for GA today. MRI cancelled; will not be rebooked as US normal.',
  ],
];
describe('r53c: review r53 near misses, read as main reads them', () => {
  for (const [id, order, note] of REVIEW_R53) it(`${id} orders ${order}`, () => assert.equal(orderOf(...note.split('\n')), order));
});
