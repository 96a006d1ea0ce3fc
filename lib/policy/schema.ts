// The shape of the policy data, written once: the valibot schema that checks whatever comes from
// outside the options page's own controls (an imported file, the administrator's managed
// configuration, what storage holds), the TypeScript types inferred from it, and the limits the
// options page's forms enforce. The Chrome managed-storage schema is generated from it too
// (lib/settings/managed-schema.ts). Ranges are the ones that keep the classifier and the SLA
// clock meaningful.
//
// A failed check carries a code as its message (a key of lib/i18n/validation.ts, or a pattern
// problem as `pattern:<problem>`): lib/settings/schema.ts turns it into the agent's language, so
// this module and the adapters that build on its pieces need no catalogue.
import * as v from 'valibot';
import { CHANNELS } from '../ticket';
import { compilePattern, type PatternProblem } from '../pattern';
import { PARTIES, QUEUES } from './labels';
import { FACT_KINDS } from './classification';
import { HOLIDAY_IDS, WEEKDAYS } from './sla';
import { VENDOR_KINDS } from './vendors';
import { isRequesterRule } from './contract';
import { MAX_PHRASE_EXPANSIONS, phraseExpansions } from './phrase-grammar';

// ---- Limits (the options page's forms show and enforce these same numbers) -----------------

/** What every id of the policy may be: signals, clauses, services, questions, vendors, helpdesks. */
export const MAX_ID_CHARS = 80;
/** The `-` is escaped so the same source is valid in an HTML `pattern` (the `v` flag) and in Chrome's RE2. */
export const ID_PATTERN = new RegExp(`^[a-z0-9.\\-]{1,${MAX_ID_CHARS}}$`);
/** A fact's value is a word of the code's (`whole_office`, `self_managed`). */
export const FACT_VALUE_PATTERN = new RegExp(`^[a-z0-9_]{1,${MAX_ID_CHARS}}$`);
/** A signal's weight is log-odds: beyond ±10 one phrase would decide every ticket alone. */
export const MAX_WEIGHT = 10;
/** Phrases of a signal or a service, per language. */
export const MAX_PHRASES = 1000;
export const MAX_PHRASE_CHARS = 2000;
export const MAX_SIGNALS = 500;
export const MAX_PASTED_OUTPUT = 100;
export const MAX_PATTERN_CHARS = 1000;
export const MAX_VENDORS = 1000;
export const MAX_VENDOR_NAMES = 50;
export const MAX_VENDOR_NAME_CHARS = 100;
export const MAX_NAME_CHARS = 100;
export const MAX_CLAUSE_CHARS = 2000;
export const MAX_DESCRIPTION_CHARS = 1000;
export const MAX_QUESTION_CHARS = 1000;
export const MIN_READ_CHARS = 200;
export const MAX_READ_CHARS = 100_000;
export const MAX_INTERVALS_A_DAY = 12;
export const MAX_CUSTOM_DATES = 1000;
export const MAX_NOTE_CHARS = 200;
export const MAX_TARGET = 1000;
export const MAX_MINUTES_LEFT = 1440;
export const MAX_CONTRACT_ENTRIES = 1000;
export const MAX_CONTRACT_ENTRY_CHARS = 200;
export const MAX_REQUESTER_RULE_CHARS = 320;
export const MAX_REPLY_TITLE_CHARS = 100;
export const MAX_REPLY_BODY_CHARS = 5000;

// ---- Pieces -------------------------------------------------------------------------------

/** A check's message: the code lib/settings/schema.ts puts into words. */
export type ProblemCode = string;

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nonEmpty = (max: number) =>
  v.pipe(v.string(), v.check((s) => s.trim() !== '', 'notEmpty'), v.maxLength(max));
export const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'idShape'));
const bilingual = (max: number) => v.strictObject({ he: text(max), en: text(max) });
const namedBilingual = (max: number) => v.strictObject({ he: nonEmpty(max), en: nonEmpty(max) });
const phrase = v.pipe(nonEmpty(MAX_PHRASE_CHARS), v.check((s) => phraseExpansions(s) <= MAX_PHRASE_EXPANSIONS, 'tooManyExpansions'));
const phraseList = v.pipe(v.array(phrase), v.maxLength(MAX_PHRASES));
const phrases = v.strictObject({ he: phraseList, en: phraseList });
const logOdds = v.pipe(v.number(), v.finite(), v.minValue(-MAX_WEIGHT), v.maxValue(MAX_WEIGHT));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const party = v.picklist(PARTIES);
const queue = v.picklist(QUEUES);

/** The code of a pattern problem, as a check's message. */
export const patternProblemCode = (problem: PatternProblem): ProblemCode => `pattern:${problem}`;

/** A settings pattern that Gvul's linear-time matcher runs and that is safe in any engine. */
export const safePattern = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const r = compilePattern(dataset.value);
      if (!r.ok) addIssue({ message: patternProblemCode(r.problem) });
    }),
  );

const idsUnique = (l: { id: string }[]) => new Set(l.map((x) => x.id)).size === l.length;

/** A list whose items' ids are unique, of at most `max` items. */
export const uniqueById = <T extends v.GenericSchema<unknown, { id: string }>>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max), v.check((l: v.InferOutput<T>[]) => idsUnique(l), 'duplicateIds'));

/** A list whose items' ids are unique, as long as the team likes (a handful by nature: clauses, parties). */
const uniqueIds = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.pipe(v.array(item), v.check((l: v.InferOutput<T>[]) => idsUnique(l), 'duplicateIds'));

// ---- The classification policy -------------------------------------------------------------

/** One sentence of the written policy that a verdict can cite. */
const clause = v.strictObject({ id, he: text(MAX_CLAUSE_CHARS), en: text(MAX_CLAUSE_CHARS) });

const partyDefinition = v.strictObject({
  id: party,
  name: namedBilingual(MAX_NAME_CHARS),
  description: bilingual(MAX_DESCRIPTION_CHARS),
  /** The clause cited when this party is chosen and no more specific signal is. */
  clause: id,
});

const factTag = v.strictObject({
  kind: v.picklist(FACT_KINDS),
  /** A stable word for the value: `whole_office`, `webmail`, `self_managed`, `how_to`... */
  value: v.pipe(v.string(), v.regex(FACT_VALUE_PATTERN, 'factValueShape')),
});

const signalFields = {
  /** Stable id: the learned model keys its weights on it. */
  id,
  /** Policy prior: log-odds added to each party's score per hit (capped at one hit per signal). */
  parties: v.optional(v.record(party, logOdds)),
  /** A request that belongs to another department: log-odds toward that queue. */
  queue: v.optional(v.strictObject({ queue, weight: logOdds })),
  /** Log-odds toward a 24/7 case (only used when the party is the provider). */
  urgent: v.optional(logOdds),
  clause: id,
  /** The fact a hit establishes, which the verdict reports with its span. */
  fact: v.optional(factTag),
};

/**
 * A group of phrases that mean the same thing for the decision.
 *
 * Phrase syntax (matched on normalised text: lower case, no niqqud, final letters mapped):
 * - Hebrew words match with glued prefixes (ו ה ב ל מ ש כ, up to three, optionally followed by
 *   a hyphen), so "אאוטלוק" also matches "באאוטלוק" and "DNS" also matches "ה-DNS".
 * - A trailing `*` matches any word ending ("crash*" matches "crashes", "crashing").
 * - `a ~ b` matches `a` followed by `b` within a few words of the same sentence
 *   ("webmail ~ works" matches "webmail still works").
 * A hit preceded by a negation ("not", "לא", "אין") in the same sentence counts for nothing.
 */
export const SignalSchema = v.strictObject({ ...signalFields, phrases });
const signals = uniqueById(SignalSchema, MAX_SIGNALS);

/** Pasted machine output recognised by a regular expression (linear: no nested quantifiers). */
const pastedOutput = v.strictObject({
  ...signalFields,
  pattern: safePattern(MAX_PATTERN_CHARS),
  description: bilingual(200),
});

const service = v.strictObject({ id, name: bilingual(MAX_NAME_CHARS), phrases });

const question = v.strictObject({
  id,
  /** The parties whose answer it tells apart: asked when they are the live candidates. */
  parties: v.array(party),
  he: text(MAX_QUESTION_CHARS),
  en: text(MAX_QUESTION_CHARS),
});

/** A vendor's name is matched literally; an empty one or a bare symbol would match nothing or everything. */
const vendorName = v.pipe(
  nonEmpty(MAX_VENDOR_NAME_CHARS),
  v.check((s) => /[\p{L}\p{N}]/u.test(s), 'letterOrDigit'),
);

export const VendorSchema = v.strictObject({
  id,
  /** The company's names and aliases, Hebrew and English, as customers write them. */
  names: v.pipe(v.array(vendorName), v.minLength(1, 'atLeastOneName'), v.maxLength(MAX_VENDOR_NAMES)),
  party: v.picklist(/* @__PURE__ */ PARTIES.filter((p) => p !== 'unknown')),
  kind: v.optional(v.picklist(VENDOR_KINDS)),
});

export const ClassificationSchema = v.strictObject({
  id,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Language assumed when a ticket has no letters at all. */
  defaultLang: v.picklist(['he', 'en']),
  clauses: uniqueIds(clause),
  parties: v.pipe(
    uniqueIds(partyDefinition),
    v.check((list) => PARTIES.every((p) => list.some((x) => x.id === p)), 'everyParty'),
  ),
  /** Phrases that point to a party. */
  signals,
  /** Who is affected and where it works: "everyone", "only my laptop", "webmail works". */
  scopeCues: signals,
  /** Requests for other departments: invoices, contacts, complaints. */
  requestCues: signals,
  /** What makes a provider fault a 24/7 case, or not one. */
  urgencyCues: signals,
  pastedOutput: uniqueById(pastedOutput, MAX_PASTED_OUTPUT),
  services: uniqueIds(service),
  negations: phrases,
  questions: uniqueIds(question),
  /** Outside companies by name, each pointing to a party (see vendors.ts). */
  vendors: uniqueById(VendorSchema, MAX_VENDORS),
  /** Below this probability for the best owner, the verdict is `undetermined`. */
  abstainThreshold: fraction,
  /**
   * At or above this confidence in the party the sidebar shows the verdict as firm; below it, as
   * leaning ("probably ..., check first"), with the deciding question before any reply.
   */
  firmThreshold: fraction,
  /** How much a phrase counts in quoted earlier messages (">" lines, "On ... wrote:"). */
  quotedWeight: fraction,
  /** How much a phrase counts in a signature block. */
  signatureWeight: fraction,
  /** Only the first this many characters of subject + body are read (long pastes are logs). */
  maxChars: v.pipe(v.number(), v.integer(), v.minValue(MIN_READ_CHARS), v.maxValue(MAX_READ_CHARS)),
});

export type Bilingual = v.InferOutput<ReturnType<typeof bilingual>>;
export type PolicyClause = v.InferOutput<typeof clause>;
export type PartyDefinition = v.InferOutput<typeof partyDefinition>;
export type FactTag = v.InferOutput<typeof factTag>;
export type Signal = v.InferOutput<typeof SignalSchema>;
export type PastedOutput = v.InferOutput<typeof pastedOutput>;
export type Service = v.InferOutput<typeof service>;
export type DiagnosticQuestion = v.InferOutput<typeof question>;
export type Vendor = v.InferOutput<typeof VendorSchema>;
export type ClassificationPolicy = v.InferOutput<typeof ClassificationSchema>;

// ---- The SLA policy ------------------------------------------------------------------------

/** 'HH:MM' local wall-clock time; '24:00' is allowed as an end (midnight at the end of the day). */
const wallTime = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'timeShape'));
/** Open from `start` (inclusive) to `end` (exclusive), local time of the calendar's zone. */
const interval = v.pipe(
  v.strictObject({ start: wallTime, end: wallTime }),
  v.check((i) => i.start < i.end, 'endAfterStart'),
);
const intervals = v.pipe(v.array(interval), v.maxLength(MAX_INTERVALS_A_DAY));

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** A date the team set by hand: closed (`hours: []`), a half day, or an extra working day. */
const customDate = v.strictObject({
  /** YYYY-MM-DD in the calendar's zone. */
  date: v.pipe(v.string(), v.check(validDate, 'dateShape')),
  hours: intervals,
  note: v.optional(text(MAX_NOTE_CHARS)),
});

const calendar = v.pipe(
  v.strictObject({
    /** Any IANA time zone; daylight-saving changes are followed exactly. */
    timeZone: v.pipe(v.string(), v.maxLength(100), v.check(validTimeZone, 'notTimeZone')),
    /** Opening hours per weekday; several intervals a day make a lunch break; [] = closed. */
    weekly: v.strictObject(
      /* @__PURE__ */ Object.fromEntries(WEEKDAYS.map((d) => [d, intervals])) as Record<(typeof WEEKDAYS)[number], typeof intervals>,
    ),
    /** Which computed holidays close the office (true) or are ordinary days (false or absent). */
    holidays: v.record(v.picklist(HOLIDAY_IDS), v.boolean()),
    /**
     * Hours on an eve that `holidays` turns on: a half day. Absent or empty, such an eve is closed.
     * Only applies to the `erev_*`, `hoshana_rabba` and `yom_hazikaron` days.
     */
    eveHours: v.optional(intervals),
    /** Overrides for single dates; they win over the weekly hours and the holidays. */
    customDates: v.pipe(
      v.array(customDate),
      v.maxLength(MAX_CUSTOM_DATES),
      v.check((l) => new Set(l.map((d) => d.date)).size === l.length, 'dateTwice'),
    ),
    /**
     * Length of one business day in minutes, for targets in business days. Absent: the longest
     * day of the weekly schedule (9 hours for Sunday-Thursday 09:00-18:00).
     */
    businessDayMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1440))),
  }),
  v.check(
    (c) => Object.values(c.weekly).some((d) => d.length > 0) || c.customDates.some((d) => d.hours.length > 0),
    'noOpeningHours',
  ),
);

const target = v.strictObject({
  amount: v.pipe(v.number(), v.gtValue(0, 'moreThanZero'), v.maxValue(MAX_TARGET)),
  unit: v.picklist(['business_hours', 'business_days']),
});
const channelTargets = v.strictObject(
  /* @__PURE__ */ Object.fromEntries(CHANNELS.map((c) => [c, target])) as Record<(typeof CHANNELS)[number], typeof target>,
);

export const SlaSchema = v.strictObject({
  calendar,
  /** The first-response target of a non-urgent ticket, counted on the business clock. */
  targets: v.strictObject(
    /* @__PURE__ */ Object.fromEntries(QUEUES.map((q) => [q, channelTargets])) as Record<(typeof QUEUES)[number], typeof channelTargets>,
  ),
  /**
   * Urgent tickets take the target of `targetsOf` for their channel, counted on a 24/7 clock
   * (real elapsed time); a business day then counts as `businessDayMinutes` of real time.
   */
  urgent: v.strictObject({ targetsOf: queue }),
  /**
   * Customers with an extended service contract: tickets of these queues run on the 24/7 clock
   * at these targets. Absent (a settings file from before contracts), they take the urgent
   * targets: the technical target of their channel, as the policy's 24/7 list has it.
   */
  contract: v.optional(v.strictObject({ queues: v.pipe(v.array(queue), v.maxLength(QUEUES.length)), targets: channelTargets })),
  /** Warning when `fractionOfTarget` of the target or `minutesLeft` minutes remain, whichever comes first. */
  warning: v.strictObject({
    fractionOfTarget: fraction,
    minutesLeft: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MINUTES_LEFT)),
  }),
});

export type OpenInterval = v.InferOutput<typeof interval>;
export type CustomDate = v.InferOutput<typeof customDate>;
export type BusinessCalendar = v.InferOutput<typeof calendar>;
export type SlaTargetRule = v.InferOutput<typeof target>;
export type SlaUnit = SlaTargetRule['unit'];
export type SlaPolicy = v.InferOutput<typeof SlaSchema>;

// ---- Who has an extended service contract --------------------------------------------------

const contractEntries = (entry: v.GenericSchema<string, string>) =>
  v.pipe(
    v.array(entry),
    v.maxLength(MAX_CONTRACT_ENTRIES),
    v.check((l) => new Set(l.map((x) => x.trim().toLocaleLowerCase('en'))).size === l.length, 'entryTwice'),
  );

export const ContractsSchema = v.strictObject({
  /**
   * Tags, field values or labels the helpdesk shows on the ticket or its customer (`Ticket.tags`)
   * that mark a contract customer. Compared without regard to case.
   */
  tags: contractEntries(nonEmpty(MAX_CONTRACT_ENTRY_CHARS)),
  /** Organisations (Zendesk organisation, Freshdesk company, Zoho account) that have a contract. */
  organizations: contractEntries(nonEmpty(MAX_CONTRACT_ENTRY_CHARS)),
  /**
   * Requesters that have a contract: an address (`dana@levi-law.co.il`) is that requester; a
   * domain (`levi-law.co.il`, or `@levi-law.co.il`) is everyone at it and at its subdomains.
   */
  requesters: contractEntries(v.pipe(v.string(), v.maxLength(MAX_REQUESTER_RULE_CHARS), v.check(isRequesterRule, 'emailOrDomain'))),
});

export type ContractRules = v.InferOutput<typeof ContractsSchema>;

// ---- The boundary-explanation replies ------------------------------------------------------

export const REPLY_IDS = [
  .../* @__PURE__ */ PARTIES.filter((p): p is Exclude<(typeof PARTIES)[number], 'unknown'> => p !== 'unknown'),
  'undetermined',
  'extended_support',
  'contract_covered',
  'single_contact',
  'email_move',
] as const;

const reply = v.strictObject({
  id: v.picklist(REPLY_IDS),
  /** Short name shown on the reply card. */
  title: namedBilingual(MAX_REPLY_TITLE_CHARS),
  body: bilingual(MAX_REPLY_BODY_CHARS),
});

export const RepliesSchema = uniqueIds(reply);

export type ReplyTemplate = v.InferOutput<typeof reply>;
export type ReplyId = ReplyTemplate['id'];
