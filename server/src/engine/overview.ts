import { noteTitle, orderBadge } from '../clinical/explain';
import type { Scenario } from '../knowledge/schema';
import type { ParsedNote } from '../notes/parser';
import type { Span } from '../notes/text';
import type { NoteAnalysis, NoteResult } from './analyze';

/**
 * What outline views (symbols, folding, code lens) show of a note. An open document keeps its notes
 * lean (incremental.ts), and VS Code asks for the outline right after a document opens: were these
 * read from the full result, the first outline of a 5,000-note document would re-analyse every note
 * (0.6–0.8 s, in the way of the first diagnostics). So the few facts it shows are taken while the full
 * result is in hand, and the rest is the parse alone, which is cheap.
 */
export interface Overview {
  /** "3 months · US spine area of interest". */
  title: string;
  scenario: Scenario;
  /** The order's rating badge (code lens), when there is an order. */
  badge?: string;
  /** Where the order is written, note-relative. */
  order?: { keySpan: Span; valueSpan: Span };
}

export interface NoteOverview extends Overview {
  parsed: ParsedNote;
}

/** The overview of a full result (a few hundred bytes: kept with every lean note). */
export function overviewOf(r: NoteResult): Overview {
  const order = r.facts.order?.field;
  const o: Overview = { title: noteTitle(r), scenario: r.classification.scenario };
  const badge = orderBadge(r);
  if (badge !== undefined) o.badge = badge;
  if (order) o.order = { keySpan: order.keySpan, valueSpan: order.valueSpan };
  return o;
}

/** A note that keeps its overview and its own text, and can give its parse without analysing. */
export interface Overviewed {
  readonly overview: Overview;
  parse(): ParsedNote;
}

function isOverviewed(n: NoteAnalysis): n is NoteAnalysis & Overviewed {
  return 'overview' in n && typeof (n as Partial<Overviewed>).parse === 'function';
}

/** A note's outline facts and parse tree: from a lean note without re-analysing it, else from its result. */
export function noteOverview(n: NoteAnalysis): NoteOverview {
  if (isOverviewed(n)) return { ...n.overview, parsed: n.parse() };
  return { ...overviewOf(n), parsed: n.parsed };
}
