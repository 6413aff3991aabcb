// Writes docs/rules/<id>.md from each rule's metadata plus the short hand-written text below.
// Run after `tsc -b` (it reads the compiled rules): node scripts/gen-rule-docs.mjs
import { createRequire } from 'node:module';
import fs from 'node:fs';
const require = createRequire(import.meta.url);
const { RULES } = require('../out/server/src/rules/index.js');

const BODY = {
  'inappropriate-initial-study': 'For an infant or child with a cutaneous marker of occult spinal dysraphism (scenario S1), radiographs and CT show bone, not the spinal cord, and CT adds ionizing radiation. The quick fixes change the order to ultrasound (while the acoustic window is open, 6 months or younger by default) and to MRI of the spine area of interest without IV contrast. Ratings for S1 carry provenance `reported`: the starting clinical article reports them as ACR\'s and the ACR portal copy available to us cannot yet confirm them.',
  'ultrasound-window-closed': 'Spinal ultrasound needs the acoustic window left by the unossified posterior elements. Past the window (older than 6 months by default; setting `imagingOrderLint.ultrasoundWindow.warnAfterMonths`) the cord is usually not seen well; the quick fix orders MRI without IV contrast. Sources disagree on when the window closes (about 3 to about 6 months), so the limit is a setting.',
  'ultrasound-window-closing': 'Between 4 and 6 months inclusive (settings `infoFromMonths` and `warnAfterMonths`) ultrasound can still work but may be limited: schedule it promptly. Under 4 months nothing is said.',
  'mri-first-in-young-infant': 'MRI without contrast is also rated Usually Appropriate in S1, so this is only a hint: in a young infant MRI usually needs sedation, while ultrasound screens first without sedation or radiation.',
  'initial-mri-contrast': 'A first MRI for a skin marker looks for a malformation; IV contrast adds an injection but no answer. Not reported when the note gives a reason for contrast (suspected tumor, vascular malformation, post-operative change, infection).',
  'simple-dimple': 'A single dimple under 5 mm, within the gluteal cleft and under 2.5 cm from the anus, with a normal neurologic exam and no other skin marker, is low risk: imaging is usually not required.',
  'dimple-undescribed': 'Without size, position and distance from the anus a simple dimple cannot be told from an atypical one. Use the `Dimple:` key, e.g. `Dimple: 4 mm, within gluteal cleft, 1.5 cm from anus`.',
  'next-study-after-ultrasound': 'After an abnormal spinal ultrasound (conus below the L2-L3 disc, filum 2 mm or thicker, lipoma, sinus tract, mass) the next study is MRI of the spine area of interest without IV contrast; after an indeterminate or limited one (conus at L2-L3, motion, ossification, habitus, equivocal) it is MRI. Any other order is reported. Numbers are read: `conus at L3` is low-lying, `filum 2.5 mm` is thickened.',
  'imaging-after-normal-ultrasound': 'After a normal spinal ultrasound, when every skin marker is low risk, further imaging is usually not required. With a high-risk marker (large hemangioma, lipoma or mass, hair tuft, dermal sinus, two or more markers) MRI is reasonable and nothing is said.',
  'referral-after-abnormal-ultrasound': 'An abnormal spinal ultrasound calls for referral to pediatric neurosurgery as well as MRI. The quick fix adds `Referral: pediatric neurosurgery`.',
  'escalation-referral': 'New neurologic (weakness, gait change, numbness), urologic (abnormal voiding, incontinence, retention) or orthopedic (foot deformity) symptoms in a child with a skin marker call for pediatric neurosurgery whatever earlier imaging showed. The quick fix adds the referral.',
  'not-appropriate-for-scenario': 'Outside S1 the order is checked against the note\'s own scenario: back pain without red flags (ACR portal, Variant 1: every study Usually Not Appropriate), back pain with red flags (Variant 2 and the 2017 tables), infection or tumor, overuse, thoracolumbar trauma (2019 Spine Trauma-Child tables). The message names the provenance of the rating. A radiograph after significant trauma is Usually Appropriate and is not reported.',
  'no-criteria-apply': 'When no covered scenario matches (no skin marker, back pain or trauma; an adult; a neurologic deficit without skin marker or back pain), the order is not rated and a hint says why. The tool never guesses a rating.',
  'trauma-mechanism-unclear': 'An injury is mentioned ("injured at practice", "an incident at daycare") but not how it happened. Significant trauma (a fall from a height, a vehicle collision, a high-energy sports injury, focal tenderness or a deficit after the injury) would move the note to the Spine Trauma-Child criteria and a trivial bump would not, so the note keeps its non-trauma scenario and the finding asks for the mechanism rather than guessing.',
  'missing-age': 'Without an age (Age, DOB, or an age in Patient) the acoustic-window check cannot run and ultrasound cannot be told from MRI. The quick fix inserts an `Age:` line.',
  'unreadable-age': 'An Age, DOB or Date that is present but cannot be read, is empty, or puts the birth after the order. Accepted forms: `3 months`, `3 mo`, `10 wk`, `21 days`, `2y 3m`, `newborn`; dates in ISO form `2026-08-20`.',
  'missing-order': 'A note without an Order gets the studies rated Usually Appropriate for this patient (ultrasound is left out past the acoustic window), each offered as a quick fix that inserts the order.',
  'unknown-key': 'A key outside the note language is not read. When a known key is close, the quick fix replaces it ("did you mean").',
  'duplicate-key': 'Only the first occurrence of a repeated key is read; merge the lines.',
  'malformed-line': 'A line that is not `Key: value`, a `#` comment, a `---` separator or an indented continuation is not read at all, so it could hide a finding. Reported as an error.',
  'indented-key': 'An indented line continues the value above it, but a line such as `  Neuro: intact` that starts with a known key and a colon is a layout slip: it is read as that key, and the quick fix removes the indent.',
  'free-text-note': 'A note written as a paragraph with no keys ("3 mo M w/ deep sacral dimple + hair tuft, neuro intact. Plan: XR L-spine") is read as history: the age, findings and their context, and the order (after `Plan:`, `Order:` or a sentence such as "ordered spinal US") are found in it, and every clinical rule runs. A hint offers to rewrite it with keys; that edit is a suggestion, never applied by `--fix` or fix-all, because it writes the reading into the note.',
  'unrecognized-order': 'The Order is not recognised as a known procedure (ACR name, shorthand such as `MRI L-spine w/o`, or CPT code). The closest known procedures are offered as quick fixes.',
  'order-not-covered': 'The Order names a study outside the spine (e.g. head, abdomen); the knowledge base rates spine imaging only.',
  'invalid-acknowledgement': 'An acknowledgement comment `# acknowledge <rule-id>: <reason>` silences that rule in its note and is counted in the report. Reasons: guideline-does-not-apply, clinician-judgement, radiology-recommended, patient-factors, other. One with an unknown rule or reason is ignored and reported.',
  'value-too-long': 'Values longer than the documented limit (20,000 characters) are not read for clinical facts; the limit is reported rather than applied silently.',
  'document-too-large': 'Documents longer than the documented limit (64 Mi characters) are not analyzed; the limit is reported rather than applied silently.',
};

fs.mkdirSync('docs/rules', { recursive: true });
for (const r of RULES) {
  const body = BODY[r.id];
  if (!body) throw new Error(`no documentation text for rule ${r.id} in scripts/gen-rule-docs.mjs`);
  const md = `# ${r.id}

${r.description}.

| | |
|---|---|
| default severity | ${r.defaultSeverity} |
| kind | ${r.kind} |
| specification | order-notes ${r.spec} |

## What it checks

${body}

## Configure

- Change the severity or turn it off: setting \`imagingOrderLint.rules\` → \`{ "${r.id}": "off" | "hint" | "information" | "warning" | "error" }\`, or \`"rules"\` in a rule pack (\`--config\`).
- Keep the order and record why: \`# acknowledge ${r.id}: clinician-judgement\` in the note (the finding is then counted in the report, not shown).

<!-- generated by scripts/gen-rule-docs.mjs from the rule's metadata -->
`;
  fs.writeFileSync(`docs/rules/${r.id}.md`, md);
}
console.log(`wrote ${RULES.length} rule pages to docs/rules/`);
