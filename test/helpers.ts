import { Engine, analyzeDocument, DocumentAnalysis } from '../server/src/analyze';
import { defaultKnowledge } from '../server/src/knowledge/loader';
import { LineIndex } from '../server/src/notes/text';
import { DEFAULT_SETTINGS, Settings } from '../server/src/settings';

/** A fixed "today" so DOB-only ages do not drift with the calendar. */
export const TODAY = { y: 2026, m: 11, d: 26 };

export function engine(settings: Partial<Settings> = {}): Engine {
  return { knowledge: defaultKnowledge(), settings: { ...DEFAULT_SETTINGS, today: TODAY, ...settings } };
}

export function lint(text: string, settings: Partial<Settings> = {}): DocumentAnalysis {
  return analyzeDocument(text, engine(settings));
}

export function ids(text: string, settings: Partial<Settings> = {}): string[] {
  return lint(text, settings).findings.map((f) => f.ruleId);
}

/** "ruleId@line:col" (1-based) for compact assertions. */
export function located(text: string, settings: Partial<Settings> = {}): string[] {
  const lines = new LineIndex(text);
  return lint(text, settings).findings.map((f) => {
    const p = lines.positionAt(f.span.start);
    return `${f.ruleId}@${p.line + 1}:${p.character + 1}`;
  });
}

export function note(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
