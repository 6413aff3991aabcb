import type { IsoDate } from '../notes/age';
import type { RulePack } from '../knowledge/schema';
import type { SeveritySetting, UltrasoundWindow } from '../rules/types';

export interface Settings {
  /** Per-rule severity overrides; "off" silences a rule. */
  rules: Readonly<Record<string, SeveritySetting>>;
  ultrasoundWindow: UltrasoundWindow;
  /** The day DOB-only ages are computed for; today when absent. */
  today?: IsoDate;
}

/** Sources disagree on when the window closes (about 3 vs about 6 months): 6 is the default, 4 starts the caution. */
export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  ultrasoundWindow: { warnAfterMonths: 6, infoFromMonths: 4, useCorrectedAge: false },
};

export function mergeSettings(base: Settings, pack: RulePack | undefined): Settings {
  if (!pack) return base;
  return {
    ...base,
    rules: { ...base.rules, ...(pack.rules ?? {}) },
    ultrasoundWindow: pack.ultrasoundWindow ?? base.ultrasoundWindow,
  };
}

/** Stable text for settings, so cached note results are only reused under the same settings. */
export function settingsKey(s: Settings): string {
  const rules = Object.keys(s.rules)
    .sort()
    .map((k) => `${k}=${s.rules[k]}`)
    .join(',');
  const t = s.today ? `${s.today.y}-${s.today.m}-${s.today.d}` : '';
  return `${rules}|${s.ultrasoundWindow.warnAfterMonths}|${s.ultrasoundWindow.infoFromMonths}|${s.ultrasoundWindow.useCorrectedAge ? 1 : 0}|${t}`;
}
