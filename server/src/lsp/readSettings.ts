import { RuleIdSchema, SeveritySettingSchema, WindowMonthsSchema, DEFAULT_SETTINGS, type SeveritySetting } from '../engine';
import type { LspSettings } from './settings';

// Apart from settings.ts because it needs zod, which the initialize answer must not wait for: this
// module is reached through features.ts, loaded after initialize.

/** A month count valid for the shared schema (the rule pack's), else the default. */
function months(v: unknown, fallback: number): number {
  const r = WindowMonthsSchema.safeParse(v);
  return r.success ? r.data : fallback;
}

/** Reads a raw `imagingOrderLint` settings object, ignoring anything malformed entry by entry. */
export function readLspSettings(raw: unknown, docsBaseUri?: string): LspSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const severity = SeveritySettingSchema.safeParse(v);
      if (severity.success && RuleIdSchema.safeParse(k).success) rules[k] = severity.data;
    }
  }
  const uw = (r.ultrasoundWindow && typeof r.ultrasoundWindow === 'object' ? r.ultrasoundWindow : {}) as Record<string, unknown>;
  // Flat dotted keys, as some clients send them.
  const warn = uw.warnAfterMonths ?? r['ultrasoundWindow.warnAfterMonths'];
  const info = uw.infoFromMonths ?? r['ultrasoundWindow.infoFromMonths'];
  const corrected = uw.useCorrectedAge ?? r['ultrasoundWindow.useCorrectedAge'];
  const warnAfterMonths = months(warn, DEFAULT_SETTINGS.ultrasoundWindow.warnAfterMonths);
  // infoFromMonths never exceeds warnAfterMonths (UltrasoundWindowSchema): the fields are set one at a
  // time (warnAfterMonths 3 alone against the default info 4), so info is clamped to warn.
  const infoFromMonths = Math.min(months(info, DEFAULT_SETTINGS.ultrasoundWindow.infoFromMonths), warnAfterMonths);
  return {
    enable: r.enable !== false,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    ultrasoundWindow: { warnAfterMonths, infoFromMonths, useCorrectedAge: corrected === true },
    rulePack: typeof r.rulePack === 'string' ? r.rulePack.trim() : '',
    docsBaseUri: typeof r.docsBaseUri === 'string' && r.docsBaseUri ? r.docsBaseUri : docsBaseUri,
  };
}
