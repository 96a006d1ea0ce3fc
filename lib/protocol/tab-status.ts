// What the popup asks the helpdesk tab's content script, and what it answers: whether Gvul
// recognised the helpdesk and read a ticket (and if not, why), and the verdict in brief. The
// answer carries no ticket text: the verdict's labels and the reason only.
import type { Certainty, Owner, Party, Queue } from '../policy/labels';
import type { ReadReason } from '../problems';

export const TAB_STATUS_REQUEST = 'gvul:tab-status';

export interface TabStatusRequest {
  type: typeof TAB_STATUS_REQUEST;
}

export type TabStatus =
  | { kind: 'off'; site: string }
  | { kind: 'not-helpdesk'; site: string }
  | { kind: 'no-ticket'; site: string; helpdesk: string }
  | { kind: 'unreadable'; site: string; helpdesk: string; ticketId?: string; reason: ReadReason; missing: string[] }
  | {
      kind: 'ticket';
      site: string;
      helpdesk: string;
      ticketId: string;
      /** The sidebar's verdict in brief: `confidence` only where the sidebar shows one. */
      verdict: {
        owner: Owner;
        party: Party;
        queue: Queue;
        urgent: boolean;
        certainty: Certainty;
        confidence?: number;
        overridden: boolean;
      };
      /** The customer has an extended service contract (the sidebar says "covered by extended support"). */
      contract: boolean;
    };

export const isTabStatusRequest = (message: unknown): message is TabStatusRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TAB_STATUS_REQUEST;
