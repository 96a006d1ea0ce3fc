// What went wrong, as codes with their parameters rather than sentences: lib/ reports, and each
// surface turns the code into words in the agent's language (lib/i18n/problems.ts).
import type { PatternProblem } from './pattern';

/** Why a helpdesk page gave no ticket. Every reason names the helpdesk. */
export type ReadReason =
  | { code: 'no-ticket'; helpdesk: string }
  | { code: 'still-loading'; helpdesk: string; ticketId: string; shown: string }
  | { code: 'no-customer-message'; helpdesk: string; ticketId?: string }
  | { code: 'parts-missing'; helpdesk: string; ticketId?: string; missing: string[] }
  | { code: 'adapter-failed'; helpdesk: string; detail: string }
  | { code: 'selector-invalid'; helpdesk: string; field: string; selector: string; detail: string }
  | { code: 'selector-empty'; helpdesk: string; field: string }
  | { code: 'selector-found-nothing'; helpdesk: string; field: string; selector: string }
  | { code: 'id-pattern-unusable'; helpdesk: string; pattern: string; problem: PatternProblem }
  | { code: 'ticket-not-loaded'; helpdesk: string; ticketId: string; detail: string }
  /** The helpdesk itself shows that it has no such ticket (its own "not found" view). */
  | { code: 'ticket-not-found'; helpdesk: string; ticketId: string }
  | { code: 'still-fetching'; helpdesk: string; ticketId: string; part: 'profile' | 'history' | 'ticket-page' }
  | { code: 'related-page-unavailable'; helpdesk: string; ticketId: string };

/** Why a reply did not go into the editor. */
export type InsertProblem =
  | { code: 'no-editor' }
  /** Refused before touching the editor: the page no longer shows the ticket the reply is for. */
  | { code: 'other-ticket' }
  | { code: 'editor-not-ready' }
  | { code: 'editor-not-taken' }
  | { code: 'editor-refused'; detail?: string }
  | { code: 'no-bridge' };

/** Why a custom helpdesk's selector cannot be used. */
export type SelectorProblem = { code: 'selector-empty' } | { code: 'selector-invalid'; detail: string };

/** What the options page's selector test says of a selector or the ticket id pattern. */
export type SelectorCheckProblem = SelectorProblem | { code: 'pattern-unusable'; problem: PatternProblem };
