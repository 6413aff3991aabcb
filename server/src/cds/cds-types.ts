/** CDS Hooks 2.0.1 response objects, as this service writes them. */
import type { ServiceRequest } from 'fhir/r4';

export interface Coding {
  system?: string;
  code: string;
  display?: string;
}

export interface Action {
  type: 'create' | 'update' | 'delete';
  description: string;
  resource?: ServiceRequest;
  resourceId?: string;
}

export interface Suggestion {
  label: string;
  uuid?: string;
  isRecommended?: boolean;
  actions?: Action[];
}

export interface Link {
  label: string;
  url: string;
  type: 'absolute' | 'smart';
  appContext?: string;
}

export interface Card {
  uuid?: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string; icon?: string; topic?: Coding };
  suggestions?: Suggestion[];
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: Coding[];
  links?: Link[];
}

export interface HookResponse {
  cards: Card[];
  systemActions?: Action[];
  extension?: { systemActions?: Action[] };
}
