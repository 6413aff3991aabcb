/**
 * Scoring for `npm run eval`: maps the engine's `--format json` reading of a note onto the gold
 * facts of test/corpus/README.md and tallies true/false positives per fact type and per rule. Pure
 * functions of (records, run), so a test can drive them with a scratch corpus.
 */

export const SPLITS = ['test', 'dev'];

export const MARKERS = [
  'lipoma',
  'hair-tuft',
  'dermal-sinus',
  'large-hemangioma',
  'hemangioma',
  'skin-appendage',
  'aplasia-cutis',
  'discoloration',
  'deviated-cleft',
  'sacral-dimple',
];
export const RED_FLAGS = ['fever', 'night-sweats', 'weight-loss', 'constant-pain', 'night-pain', 'radicular-pain'];
const SYMPTOM_GROUPS = ['neurologic', 'urologic', 'orthopedic'];

/** The clinical rules the corpus README table scores; any other rule is not scored. */
export const CLINICAL_RULES = [
  'inappropriate-initial-study',
  'ultrasound-window-closed',
  'ultrasound-window-closing',
  'mri-first-in-young-infant',
  'initial-mri-contrast',
  'simple-dimple',
  'dimple-undescribed',
  'next-study-after-ultrasound',
  'imaging-after-normal-ultrasound',
  'referral-after-abnormal-ultrasound',
  'escalation-referral',
  'not-appropriate-for-scenario',
  'no-criteria-apply',
  'missing-age',
  'missing-order',
  'trauma-mechanism-unclear',
];

/** Gold ages are to two decimals of a month; the engine's may differ by rounding of weeks or days. */
const AGE_TOLERANCE = 0.5;

/** What the engine read, in the gold's terms. A note the engine did not see reads as all defaults. */
export function predicted(note, findings) {
  const r = note?.reading;
  const facts = r?.facts ?? [];
  const counted = (pred) => facts.some((f) => f.counts && pred(f));
  const present = (ids) => new Set(ids.filter((id) => counted((f) => f.finding === id)));
  const absent = (ids) => new Set(ids.filter((id) => !counted((f) => f.finding === id) && facts.some((f) => f.finding === id && f.context?.negated)));
  return {
    ageMonths: r && typeof r.ageMonths === 'number' ? r.ageMonths : null,
    markers: present(MARKERS),
    markersAbsent: absent(MARKERS),
    redFlags: present(RED_FLAGS),
    redFlagsAbsent: absent(RED_FLAGS),
    malignancy: counted((f) => f.finding === 'malignancy'),
    trauma: r?.trauma ?? 'none',
    backPain: counted((f) => f.category === 'back-pain'),
    symptoms: Object.fromEntries(SYMPTOM_GROUPS.map((g) => [g, counted((f) => f.category === `${g}-symptom`)])),
    neuroExam: r?.neuroExam ?? 'unknown',
    priorUltrasound: r?.priorUltrasound ?? 'none',
    referralNeurosurgery: r?.referralNeurosurgery ?? false,
    order: note?.order?.procedure?.id ?? null,
    scenario: note?.scenario?.id ?? 'no-criteria',
    rules: new Set(findings.map((f) => f.ruleId).filter((id) => CLINICAL_RULES.includes(id))),
  };
}

function goldSet(map, value) {
  return new Set(
    Object.entries(map ?? {})
      .filter(([, v]) => v === value)
      .map(([k]) => k),
  );
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  n = 0;
  correct = 0;
  /** A set-valued fact: each gold and each predicted member is one decision. */
  sets(gold, pred) {
    for (const x of pred) {
      if (gold.has(x)) this.tp++;
      else this.fp++;
    }
    for (const x of gold) if (!pred.has(x)) this.fn++;
    this.n++;
    if (gold.size === pred.size && [...gold].every((x) => pred.has(x))) this.correct++;
  }
  /** A value with a "nothing to report" default: only non-default values are positives. */
  value(gold, pred, fallback, same = (a, b) => a === b) {
    const ok = same(gold, pred);
    if (ok && gold !== fallback) this.tp++;
    if (!ok && pred !== fallback) this.fp++;
    if (!ok && gold !== fallback) this.fn++;
    this.n++;
    if (ok) this.correct++;
  }
  figures(categorical) {
    const out = {};
    const p = this.tp + this.fp ? this.tp / (this.tp + this.fp) : undefined;
    const r = this.tp + this.fn ? this.tp / (this.tp + this.fn) : undefined;
    if (p !== undefined) out.precision = p;
    if (r !== undefined) out.recall = r;
    if (p !== undefined && r !== undefined) out.f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (categorical && this.n) out.accuracy = this.correct / this.n;
    return out;
  }
}

const sameAge = (g, p) => (g === null || p === null ? g === p : Math.abs(g - p) <= AGE_TOLERANCE);

/** Fact types: [name, categorical?, score(gold, pred, tally)]. */
const FACT_TYPES = [
  ['age', true, (g, p, t) => t.value(g.ageMonths ?? null, p.ageMonths, null, sameAge)],
  ['markers', false, (g, p, t) => t.sets(goldSet(g.markers, true), p.markers)],
  ['markers-absent', false, (g, p, t) => t.sets(goldSet(g.markers, false), p.markersAbsent)],
  ['red-flags', false, (g, p, t) => t.sets(goldSet(g.redFlags, true), p.redFlags)],
  ['red-flags-absent', false, (g, p, t) => t.sets(goldSet(g.redFlags, false), p.redFlagsAbsent)],
  ['malignancy', true, (g, p, t) => t.value(!!g.malignancy, p.malignancy, false)],
  ['trauma', true, (g, p, t) => t.value(g.trauma ?? 'none', p.trauma, 'none')],
  ['back-pain', true, (g, p, t) => t.value(!!g.backPain, p.backPain, false)],
  ...SYMPTOM_GROUPS.map((s) => [`symptoms-${s}`, true, (g, p, t) => t.value(!!g.symptoms?.[s], p.symptoms[s], false)]),
  ['neuro-exam', true, (g, p, t) => t.value(g.neuroExam ?? 'unknown', p.neuroExam, 'unknown')],
  ['prior-ultrasound', true, (g, p, t) => t.value(g.priorUltrasound ?? 'none', p.priorUltrasound, 'none')],
  ['referral', true, (g, p, t) => t.value(!!g.referralNeurosurgery, p.referralNeurosurgery, false)],
  ['order', true, (g, p, t) => t.value(g.order ?? null, p.order, null)],
  ['scenario', true, (g, p, t) => t.value(g.scenario, p.scenario, 'no-criteria')],
];

/**
 * Scores one split. `run(noteText)` returns { note, findings } as `--format json` writes them.
 * Returns flat figures ("facts.markers.f1", "rules.simple-dimple.recall", "vignettes.exact"), the
 * tallies for printing, the scenario confusion table and the ids of notes not fully right.
 */
export function scoreSplit(records, run) {
  const facts = Object.fromEntries(FACT_TYPES.map(([name]) => [name, new Tally()]));
  const rules = Object.fromEntries(CLINICAL_RULES.map((id) => [id, new Tally()]));
  const micro = new Tally();
  const confusion = {};
  const misses = [];
  let exact = 0;
  for (const rec of records) {
    const { note, findings } = run(rec.note);
    const p = predicted(note, findings);
    const g = rec.gold;
    for (const [name, , score] of FACT_TYPES) score(g, p, facts[name]);
    const want = new Set(rec.findings.filter((id) => CLINICAL_RULES.includes(id)));
    for (const id of CLINICAL_RULES) {
      const w = want.has(id);
      const got = p.rules.has(id);
      if (w && got) rules[id].tp++;
      if (!w && got) rules[id].fp++;
      if (w && !got) rules[id].fn++;
    }
    micro.sets(want, p.rules);
    const row = (confusion[g.scenario] ??= {});
    row[p.scenario] = (row[p.scenario] ?? 0) + 1;
    const right = g.scenario === p.scenario && want.size === p.rules.size && [...want].every((id) => p.rules.has(id));
    if (right) exact++;
    else misses.push({ id: rec.id, scenario: [g.scenario, p.scenario], missing: [...want].filter((id) => !p.rules.has(id)), extra: [...p.rules].filter((id) => !want.has(id)) });
  }
  const figures = {};
  const put = (prefix, obj) => {
    for (const [k, v] of Object.entries(obj)) figures[`${prefix}.${k}`] = v;
  };
  for (const [name, categorical] of FACT_TYPES) put(`facts.${name}`, facts[name].figures(categorical));
  for (const id of CLINICAL_RULES) put(`rules.${id}`, rules[id].figures(false));
  put('rules.micro', micro.figures(false));
  if (records.length) figures['vignettes.exact'] = exact / records.length;
  return { figures, facts, rules, micro, confusion, misses, notes: records.length };
}

const EPSILON = 1e-9;

/** Every recorded floor of a split that was measured must still be met. */
export function checkFloors(floors, figures) {
  const failures = [];
  for (const split of Object.keys(floors)) {
    if (split.startsWith('_') || !figures[split]) continue;
    for (const [key, floor] of Object.entries(floors[split])) {
      const v = figures[split][key];
      if (v === undefined) failures.push(`${split} ${key}: floor ${floor}, no longer measured`);
      else if (v < floor - EPSILON) failures.push(`${split} ${key}: ${v.toFixed(3)} < floor ${floor}`);
    }
  }
  return failures;
}

/** The ratchet: each floor becomes max(old, today rounded down to 3 decimals); none is ever lowered or removed. */
export function raiseFloors(floors, figures) {
  const next = JSON.parse(JSON.stringify(floors));
  let changed = 0;
  for (const [split, figs] of Object.entries(figures)) {
    const old = next[split] ?? {};
    const merged = { ...old };
    for (const [key, v] of Object.entries(figs)) {
      const down = Math.floor(v * 1000 + EPSILON) / 1000;
      if (old[key] === undefined || down > old[key]) {
        merged[key] = down;
        changed++;
      }
    }
    next[split] = Object.fromEntries(
      Object.keys(merged)
        .sort()
        .map((k) => [k, merged[k]]),
    );
  }
  return { floors: next, changed };
}
