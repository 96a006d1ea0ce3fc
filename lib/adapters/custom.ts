// A team's own helpdesk (osTicket, Zammad, Jira Service Management, an in-house tool), read
// through CSS selectors from the settings instead of a built-in adapter. Settings are written by
// people, so every selector and pattern is checked and a bad one is named in the reason.

import * as v from 'valibot';
import type { Channel } from '../ticket.ts';
import { fieldText, messageText, isoInstant, labelsOf, lineText, timeIn } from './dom.ts';
import { compileMatchPattern } from './location.ts';
import { compilePattern, type PatternProblem, type SafePattern } from '../pattern.ts';
import { assembleTicket, mapChannel, noTicketOpen, type ThreadItem } from './read.ts';
import type { EditorTarget, HelpdeskAdapter, ReadResult } from './types.ts';
import type { SelectorCheckProblem, SelectorProblem } from '../problems.ts';
import { id, nonEmpty, safePattern, text, uniqueById } from '../policy/schema.ts';

/** Limits of a custom helpdesk's settings. */
export const MAX_SELECTOR_CHARS = 500;
export const MAX_HELPDESK_NAME_CHARS = 100;
export const MAX_CUSTOM_HELPDESKS = 50;

/** A match pattern the browser accepts, e.g. `https://help.example.com/*`. */
const matchPattern = v.pipe(
  v.string(),
  v.maxLength(MAX_SELECTOR_CHARS),
  v.check((p) => compileMatchPattern(p) !== null, 'notMatchPattern'),
);
const optionalSelector = v.optional(text(MAX_SELECTOR_CHARS));

/** Every selector field of the settings, in reading order (their words: lib/i18n/problems.ts). */
export const SELECTOR_FIELDS = [
  'ticketId',
  'subject',
  'messages',
  'messageText',
  'customerMessage',
  'createdAt',
  'channel',
  'requesterName',
  'requesterEmail',
  'tags',
  'organization',
  'editor',
] as const;
export type SelectorField = (typeof SELECTOR_FIELDS)[number];

// The fields are listed once more here, checked against SELECTOR_FIELDS by `satisfies`: the
// adapter reads pages with the list alone, so the helpdesk tab's script carries no schema code.
const selectors = v.strictObject({
  ticketId: optionalSelector,
  subject: text(MAX_SELECTOR_CHARS),
  /**
   * The public messages of the conversation: the customer's and the agents' replies, not internal
   * notes (without `customerMessage`, every match counts as the customer's).
   */
  messages: text(MAX_SELECTOR_CHARS),
  /** Optional: within a message, the element holding its text (default: the whole message). */
  messageText: optionalSelector,
  /** Optional filter: a message that `matches()` it is from the customer; the others are agents'. */
  customerMessage: optionalSelector,
  /** An element with a `datetime` (or holding a `time[datetime]`, or an ISO instant as text). */
  createdAt: optionalSelector,
  channel: optionalSelector,
  requesterName: optionalSelector,
  requesterEmail: optionalSelector,
  /** Optional: every element it matches is one tag or label of the ticket or its customer. */
  tags: optionalSelector,
  organization: optionalSelector,
  editor: text(MAX_SELECTOR_CHARS),
} satisfies Record<SelectorField, v.GenericSchema<unknown, string | undefined>>);

/** A team's own helpdesk as the settings hold it (checked like the rest: lib/policy/schema.ts). */
export const CustomHelpdeskSchema = v.strictObject({
  id,
  name: nonEmpty(MAX_HELPDESK_NAME_CHARS),
  hostPattern: matchPattern,
  ticketIdFrom: v.picklist(['url', 'selector']),
  /**
   * A regular expression with one capture group. With `url`, it is applied to the URL's path
   * (then to path + query + hash); default: the last number in the path. With `selector`, it is
   * applied to the ticket id element's text (default: the text without a leading `#`).
   */
  ticketIdPattern: v.optional(safePattern(MAX_SELECTOR_CHARS)),
  selectors,
});

export const CustomHelpdesksSchema = uniqueById(CustomHelpdeskSchema, MAX_CUSTOM_HELPDESKS);

export type CustomHelpdeskSelectors = v.InferOutput<typeof selectors>;
export type CustomHelpdeskConfig = v.InferOutput<typeof CustomHelpdeskSchema>;

const REQUIRED = new Set<SelectorField>(['subject', 'messages', 'editor']);

// A custom helpdesk's channel words are unknown in advance: the common ones.
const CHANNELS: Record<string, Channel> = {
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  web: 'web',
  'web form': 'web',
  form: 'web',
  portal: 'web',
  widget: 'web',
  phone: 'phone',
  'phone call': 'phone',
  call: 'phone',
  chat: 'chat',
  'live chat': 'chat',
  messaging: 'chat',
  whatsapp: 'chat',
};

type Selected = { ok: true; elements: Element[] } | { ok: false; problem: SelectorProblem };

/** All elements matching `selector`, or the browser's complaint when it is not valid CSS. */
function select(root: ParentNode, selector: string): Selected {
  try {
    if (selector.trim() === '') return { ok: false, problem: { code: 'selector-empty' } };
    return { ok: true, elements: Array.from(root.querySelectorAll(selector)) };
  } catch (e) {
    return { ok: false, problem: { code: 'selector-invalid', detail: e instanceof Error ? e.message : String(e) } };
  }
}

/** The default: the last number in the address. */
const LAST_NUMBER = compileTicketIdPattern('(\\d+)\\D*$') as SafePattern;
/** A ticket id is short; the text it is looked for in is cut to this much. */
const MAX_ID_TEXT = 2000;

function compileTicketIdPattern(pattern: string): SafePattern | PatternProblem {
  const r = compilePattern(pattern);
  return r.ok ? r.pattern : r.problem;
}

function captured(re: SafePattern, text: string): string | null {
  const haystack = text.slice(0, MAX_ID_TEXT);
  const m = re.exec(haystack);
  const id = m ? (m.groups[0] ?? haystack.slice(m.start, m.end)).trim() : '';
  return id ? id : null;
}

function editorTarget(el: Element | null | undefined, depth = 0): EditorTarget | null {
  if (!el) return null;
  const tag = el.tagName.toUpperCase();
  const element = el as HTMLElement;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return { kind: 'textarea', element };
  if (tag === 'IFRAME') {
    // A same-origin iframe editor (TinyMCE, Zoho-style): insertion goes through its document body.
    let body: HTMLElement | null | undefined;
    try {
      body = (el as HTMLIFrameElement).contentDocument?.body;
    } catch {
      body = null;
    }
    return body ? { kind: 'contenteditable', element: body } : null;
  }
  if (el.classList.contains('ck-editor__editable')) return { kind: 'ckeditor5', element };
  if (el.classList.contains('fr-element')) return { kind: 'froala', element };
  if (el.hasAttribute('data-slate-editor')) return { kind: 'slate', element };
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return { kind: 'contenteditable', element };
  // The selector named a wrapper: take the editor inside it.
  if (depth === 0) {
    return editorTarget(el.querySelector('textarea, iframe, [contenteditable]:not([contenteditable="false"])'), 1);
  }
  return null;
}

export function createCustomAdapter(config: CustomHelpdeskConfig): HelpdeskAdapter {
  const name = config.name.trim() || 'your helpdesk';
  const matchesUrl = compileMatchPattern(config.hostPattern);
  const pattern = config.ticketIdPattern?.trim() ? compileTicketIdPattern(config.ticketIdPattern) : null;
  const selectors = config.selectors;

  const selectorProblem = (field: SelectorField, problem: SelectorProblem, id?: string): ReadResult => ({
    ok: false,
    ...(id ? { ticketId: id } : {}),
    missing: [field],
    reason:
      problem.code === 'selector-empty'
        ? { code: 'selector-empty', helpdesk: name, field }
        : { code: 'selector-invalid', helpdesk: name, field, selector: selectors[field] ?? '', detail: problem.detail },
  });
  const notFound = (field: SelectorField, id: string): ReadResult => ({
    ok: false,
    ticketId: id,
    missing: [field],
    reason: { code: 'selector-found-nothing', helpdesk: name, field, selector: selectors[field] ?? '' },
  });

  /** The ticket id, or the reason it cannot be had because of the settings. */
  function resolveId(url: URL, doc: Document): { id: string | null } | { problem: ReadResult } {
    if (typeof pattern === 'string') {
      return {
        problem: {
          ok: false,
          missing: ['ticketIdPattern'],
          reason: { code: 'id-pattern-unusable', helpdesk: name, pattern: config.ticketIdPattern ?? '', problem: pattern },
        },
      };
    }
    if (config.ticketIdFrom === 'selector') {
      if (!selectors.ticketId?.trim()) return { problem: selectorProblem('ticketId', { code: 'selector-empty' }) };
      const found = select(doc, selectors.ticketId);
      if (!found.ok) return { problem: selectorProblem('ticketId', found.problem) };
      const text = lineText(found.elements[0]);
      return { id: pattern ? captured(pattern, text) : text.replace(/^#\s*/, '') || null };
    }
    const re = pattern ?? LAST_NUMBER;
    return { id: captured(re, url.pathname) ?? captured(re, url.pathname + url.search + url.hash) };
  }

  return {
    id: 'custom',
    customId: config.id,
    name,

    matches: (url) => matchesUrl?.(url) ?? false,

    ticketId(url, doc) {
      if (!matchesUrl?.(url)) return null;
      const r = resolveId(url, doc);
      return 'id' in r ? r.id : null;
    },

    readTicket(url, doc, _related, bodyChars) {
      if (!matchesUrl?.(url)) return noTicketOpen(name);
      const r = resolveId(url, doc);
      if ('problem' in r) return r.problem;
      const id = r.id;
      if (!id) return noTicketOpen(name);

      // Check every selector used for reading before trusting any of them.
      const found: Partial<Record<SelectorField, Element[]>> = {};
      for (const field of SELECTOR_FIELDS) {
        const selector = selectors[field];
        if (field === 'editor' || field === 'ticketId') continue;
        if (selector === undefined || (!REQUIRED.has(field) && selector.trim() === '')) continue;
        const s = select(doc, selector);
        if (!s.ok) return selectorProblem(field, s.problem, id);
        found[field] = s.elements;
      }
      const subject = found.subject?.[0];
      if (!subject) return notFound('subject', id);
      const messages = found.messages ?? [];
      if (messages.length === 0) return notFound('messages', id);
      const customerSelector = found.customerMessage ? selectors.customerMessage : undefined;
      const textSelector = found.messageText ? selectors.messageText : undefined;
      const items: ThreadItem[] = messages.map((el) => {
        const at = timeIn(el);
        const textEl = textSelector ? el.querySelector(textSelector) : el;
        return {
          author: !customerSelector || el.matches(customerSelector) ? 'customer' : 'agent',
          text: messageText(textEl),
          ...(at ? { at } : {}),
        };
      });
      const customer = items.filter((i) => i.author === 'customer');
      if (customer.length === 0) return notFound('customerMessage', id);
      if (customer.every((i) => i.text === null)) return notFound('messageText', id);

      const createdEl = found.createdAt?.[0];
      const createdAt = timeIn(createdEl) ?? isoInstant(lineText(createdEl));
      const channel = found.channel?.[0] ? mapChannel(lineText(found.channel[0]), CHANNELS) : undefined;
      return assembleTicket({
        bodyChars,
        helpdesk: name,
        id,
        subject: fieldText(subject),
        items,
        ...(channel ? { channel } : {}),
        ...(createdAt ? { createdAt } : {}),
        requester: {
          name: fieldText(found.requesterName?.[0]),
          email: fieldText(found.requesterEmail?.[0]),
        },
        tags: labelsOf(found.tags ?? []),
        organization: fieldText(found.organization?.[0]),
      });
    },

    findEditor(url, doc) {
      if (!matchesUrl?.(url)) return null;
      const found = select(doc, selectors.editor);
      return found.ok ? editorTarget(found.elements[0]) : null;
    },
  };
}

export interface SelectorCheck {
  /** The settings field (`subject`, `messages`, ... or `ticketIdPattern`). */
  field: string;
  selector: string;
  found: number;
  /** The first match's text, shortened. */
  sample?: string;
  /** Why the selector (or the ticket id pattern) cannot be used. */
  problem?: SelectorCheckProblem;
}

function sample(el: Element | undefined): string | undefined {
  const text = fieldText(el);
  if (!text) return undefined;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * What each selector of `config` finds on `doc`, for the options page's "test on the open tab".
 * With `url`, the ticket id pattern is tried on it too. Never throws.
 */
export function testCustomSelectors(config: CustomHelpdeskConfig, doc: Document, url?: URL): SelectorCheck[] {
  const rows: SelectorCheck[] = [];
  const s = config.selectors;
  for (const field of SELECTOR_FIELDS) {
    const selector = s[field];
    // An optional selector left empty is not used, so there is nothing to test.
    const required = REQUIRED.has(field) || (field === 'ticketId' && config.ticketIdFrom === 'selector');
    if (selector === undefined || (!required && selector.trim() === '')) continue;
    const found = select(doc, selector);
    if (!found.ok) {
      rows.push({ field, selector, found: 0, problem: found.problem });
      continue;
    }
    let elements = found.elements;
    if (field === 'customerMessage' || field === 'messageText') {
      // Counted within the messages, as reading uses them.
      const messages = select(doc, s.messages);
      const within = messages.ok ? messages.elements : [];
      elements =
        field === 'customerMessage'
          ? within.filter((el) => el.matches(selector))
          : within.flatMap((el) => Array.from(el.querySelectorAll(selector)).slice(0, 1));
    }
    const text = sample(elements[0]);
    rows.push({ field, selector, found: elements.length, ...(text ? { sample: text } : {}) });
  }
  const patternText = config.ticketIdPattern?.trim();
  if (patternText || (url && config.ticketIdFrom === 'url')) {
    const re = patternText ? compileTicketIdPattern(patternText) : LAST_NUMBER;
    if (typeof re === 'string') {
      rows.push({ field: 'ticketIdPattern', selector: patternText ?? '', found: 0, problem: { code: 'pattern-unusable', problem: re } });
    } else if (url && config.ticketIdFrom === 'url') {
      const id = captured(re, url.pathname) ?? captured(re, url.pathname + url.search + url.hash);
      rows.push({ field: 'ticketIdPattern', selector: patternText ?? re.source, found: id ? 1 : 0, ...(id ? { sample: id } : {}) });
    }
  }
  return rows;
}
