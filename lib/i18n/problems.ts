// The words for what lib/ reports as codes (lib/problems.ts): why a page gave no ticket, why a
// reply did not go in, why a pattern is refused. In English and Hebrew, for every surface.
import { isolate } from './messages';
import { MAX_PROGRAM, type PatternProblem } from '../pattern';
import type { InsertProblem, ReadReason, SelectorCheckProblem } from '../problems';
import type { Lang } from '../ticket';
import type { SelectorField } from '../adapters/custom';

type Words<U extends { code: string }> = { [C in U['code']]: (p: Extract<U, { code: C }>) => string };

/** The custom-helpdesk settings' fields in plain words. */
export const SELECTOR_FIELD_NAMES: Record<Lang, Record<SelectorField, string>> = {
  en: {
    ticketId: 'ticket id',
    subject: 'subject',
    messages: 'messages',
    messageText: 'message text',
    customerMessage: 'customer message',
    createdAt: 'created time',
    channel: 'channel',
    requesterName: 'requester name',
    requesterEmail: 'requester e-mail',
    tags: 'tags',
    organization: 'organisation',
    editor: 'reply editor',
  },
  he: {
    ticketId: 'מזהה הפנייה',
    subject: 'נושא',
    messages: 'הודעות',
    messageText: 'טקסט ההודעה',
    customerMessage: 'הודעת לקוח',
    createdAt: 'זמן הפתיחה',
    channel: 'ערוץ',
    requesterName: 'שם הפונה',
    requesterEmail: 'הדוא"ל של הפונה',
    tags: 'תגיות',
    organization: 'ארגון',
    editor: 'עורך התשובה',
  },
};

/** What an adapter could not find (`ReadResult.missing`), in plain words. */
const MISSING_WORDS: Record<Lang, Record<string, string>> = {
  en: {
    ticket: 'the open ticket',
    subject: 'the subject',
    conversation: 'the conversation',
    'customer message': 'a message from the customer',
    'message text': "the text of the customer's messages",
    ticketIdPattern: 'the ticket id pattern',
  },
  he: {
    ticket: 'הפנייה הפתוחה',
    subject: 'הנושא',
    conversation: 'השיחה',
    'customer message': 'הודעה מהלקוח',
    'message text': 'הטקסט של הודעות הלקוח',
    ticketIdPattern: 'תבנית מזהה הפנייה',
  },
};

export const PATTERN_PROBLEM_WORDS: Record<Lang, Record<PatternProblem, string>> = {
  en: {
    syntax: 'is not a valid regular expression',
    backreference: 'uses a backreference (\\1, \\k<name>), which Gvul does not run: write the text out',
    lookaround: 'uses lookahead or lookbehind ((?=, (?!, (?<=, (?<!), which Gvul does not run',
    'nested-repeat':
      'repeats a part that itself repeats (like (a+)+): such a pattern can freeze the page on some texts; repeat the inner part only',
    'overlapping-alternatives':
      'repeats alternatives that can start with the same character or be empty (like (a|ab)+): such a pattern can freeze the page on some texts',
    'too-big': `is too large (at most ${MAX_PROGRAM} steps once its repetitions are written out)`,
  },
  he: {
    syntax: 'אינו ביטוי רגולרי תקין',
    backreference: 'משתמש בהפניה לאחור (\\1, \\k<name>), שגבול אינו מריץ: כתבו את הטקסט במפורש',
    lookaround: 'משתמש ב-lookahead או lookbehind ((?=, (?!, (?<=, (?<!), שגבול אינו מריץ',
    'nested-repeat':
      'חוזר על חלק שבעצמו חוזר (כמו (a+)+): ביטוי כזה עלול להקפיא את הדף בטקסטים מסוימים; השאירו חזרה רק בחלק הפנימי',
    'overlapping-alternatives':
      'חוזר על חלופות שיכולות להתחיל באותו תו או להיות ריקות (כמו (a|ab)+): ביטוי כזה עלול להקפיא את הדף בטקסטים מסוימים',
    'too-big': `גדול מדי (לכל היותר ${MAX_PROGRAM} צעדים כשהחזרות נפרשות)`,
  },
};

const AND: Record<Lang, string> = { en: ' and ', he: ' ו' };
const field = (lang: Lang, name: string) => SELECTOR_FIELD_NAMES[lang][name as SelectorField] ?? name;

/** What a reading could not find on the page (`ReadResult.missing`), as a list in words. */
export function missingText(lang: Lang, missing: string[]): string {
  const words = missing.map((m) => MISSING_WORDS[lang][m] ?? field(lang, m));
  if (words.length <= 1) return words[0] ?? MISSING_WORDS[lang].ticket!;
  return `${words.slice(0, -1).join(', ')}${AND[lang]}${words[words.length - 1]}`;
}

const ticketRef: Record<Lang, (id?: string) => string> = {
  en: (id) => (id ? ` for ticket #${id}` : ''),
  he: (id) => (id ? ` של פנייה #${id}` : ''),
};

/** What a reading is still waiting for. */
const FETCHING: Record<Lang, Record<'profile' | 'history' | 'ticket-page', string>> = {
  en: { profile: 'your time zone (your profile page)', history: 'the history', 'ticket-page': 'the ticket page' },
  he: { profile: 'אזור הזמן שלך (דף הפרופיל שלך)', history: 'ההיסטוריה', 'ticket-page': 'דף הפנייה' },
};

const READ: Record<Lang, Words<ReadReason>> = {
  en: {
    'no-ticket': (p) => `No ${p.helpdesk} ticket is open: open one and Gvul will read it.`,
    'still-loading': (p) =>
      `${p.helpdesk} still shows ticket #${p.shown} while the address is for #${p.ticketId}: Gvul will read it once it has loaded.`,
    'no-customer-message': (p) => `Gvul found ticket #${p.ticketId ?? ''} in ${p.helpdesk}, but no message from the customer in it.`,
    'parts-missing': (p) =>
      `Gvul found the ${p.helpdesk} ticket page${ticketRef.en(p.ticketId)} but not ${missingText('en', p.missing)}: ${p.helpdesk} may have changed its page.`,
    'adapter-failed': (p) => `Gvul could not read this ${p.helpdesk} page (${p.detail}).`,
    'selector-invalid': (p) =>
      `The ${field('en', p.field)} selector "${p.selector}" in the ${p.helpdesk} settings does not work (${p.detail}): correct it in Gvul's options.`,
    'selector-empty': (p) => `The ${field('en', p.field)} selector in the ${p.helpdesk} settings is empty: set it in Gvul's options.`,
    'selector-found-nothing': (p) =>
      `Gvul found nothing for the ${field('en', p.field)} selector "${p.selector}" on this ${p.helpdesk} page: the page may have changed, or the selector needs correcting in Gvul's options.`,
    'id-pattern-unusable': (p) =>
      `The ticket id pattern "${p.pattern}" in the ${p.helpdesk} settings cannot be used (it ${PATTERN_PROBLEM_WORDS.en[p.problem]}): correct it in Gvul's options.`,
    'ticket-not-loaded': (p) => `${p.helpdesk} could not load ticket #${p.ticketId} ("${p.detail}"): it does not exist, or you may not see it.`,
    'ticket-not-found': (p) => `${p.helpdesk} shows no ticket #${p.ticketId}: it does not exist, or you may not see it. Check the ticket number.`,
    'still-fetching': (p) => `Gvul is still waiting for ${FETCHING.en[p.part]} of ticket #${p.ticketId} in ${p.helpdesk}: it will read it once it has loaded.`,
    'related-page-unavailable': (p) =>
      `Gvul could not open ticket #${p.ticketId}'s page in ${p.helpdesk} to read it: open the ticket itself to see the verdict.`,
  },
  he: {
    'no-ticket': (p) => `אין פנייה פתוחה ב-${p.helpdesk}: פתחו פנייה וגבול יקרא אותה.`,
    'still-loading': (p) =>
      `${p.helpdesk} עדיין מציג את פנייה #${p.shown} והכתובת היא של #${p.ticketId}: גבול יקרא אותה כשתיטען.`,
    'no-customer-message': (p) => `גבול מצא את פנייה #${p.ticketId ?? ''} ב-${p.helpdesk}, אבל אין בה הודעה מהלקוח.`,
    'parts-missing': (p) =>
      `גבול מצא את דף הפנייה ב-${p.helpdesk}${ticketRef.he(p.ticketId)} אבל לא את ${missingText('he', p.missing)}: ייתכן ש-${p.helpdesk} שינה את הדף.`,
    'adapter-failed': (p) => `גבול לא הצליח לקרוא את הדף הזה של ${p.helpdesk} (${isolate(p.detail)}).`,
    'selector-invalid': (p) =>
      `הבורר של ${field('he', p.field)}‏ ${isolate(`"${p.selector}"`)} בהגדרות ${p.helpdesk} אינו עובד (${isolate(p.detail)}): תקנו אותו בהגדרות של גבול.`,
    'selector-empty': (p) => `הבורר של ${field('he', p.field)} בהגדרות ${p.helpdesk} ריק: הגדירו אותו בהגדרות של גבול.`,
    'selector-found-nothing': (p) =>
      `גבול לא מצא דבר עבור הבורר של ${field('he', p.field)}‏ ${isolate(`"${p.selector}"`)} בדף הזה של ${p.helpdesk}: ייתכן שהדף השתנה, או שיש לתקן את הבורר בהגדרות של גבול.`,
    'id-pattern-unusable': (p) =>
      `אי אפשר להשתמש בתבנית מזהה הפנייה ${isolate(`"${p.pattern}"`)} בהגדרות ${p.helpdesk} (היא ${PATTERN_PROBLEM_WORDS.he[p.problem]}): תקנו אותה בהגדרות של גבול.`,
    'ticket-not-loaded': (p) => `${p.helpdesk} לא הצליח לטעון את פנייה #${p.ticketId} (${isolate(`"${p.detail}"`)}): היא אינה קיימת, או שאין לך הרשאה לראות אותה.`,
    'ticket-not-found': (p) => `ב-${p.helpdesk} אין פנייה #${p.ticketId}: היא אינה קיימת, או שאין לך הרשאה לראות אותה. בדקו את מספר הפנייה.`,
    'still-fetching': (p) => `גבול עדיין לא קיבל את ${FETCHING.he[p.part]} של פנייה #${p.ticketId} ב-${p.helpdesk}: הוא יקרא אותה כשתיטען.`,
    'related-page-unavailable': (p) =>
      `גבול לא הצליח לפתוח את הדף של פנייה #${p.ticketId} ב-${p.helpdesk} כדי לקרוא אותה: פתחו את הפנייה עצמה כדי לראות את ההחלטה.`,
  },
};

const INSERT: Record<Lang, Words<InsertProblem>> = {
  en: {
    'no-editor': () => 'No reply editor found on the page: open the reply box, or use Copy.',
    'other-ticket': () =>
      'Nothing was inserted: the ticket on screen is not the one this reply was made for. The sidebar now shows the ticket on screen; check its reply and insert again.',
    'editor-not-ready': () => 'The reply editor is not ready yet: open the reply box and try again.',
    'editor-not-taken': () => 'The editor did not take the reply. Use "Copy" and paste it instead.',
    'editor-refused': (p) => (p.detail ? `The editor refused the reply (${p.detail}).` : 'The editor refused the reply.'),
    'no-bridge': () => 'The editor did not answer. Use "Copy" and paste the reply instead.',
  },
  he: {
    'no-editor': () => 'לא נמצא עורך תשובה בדף: פתחו את תיבת התשובה, או השתמשו בהעתקה.',
    'other-ticket': () =>
      'לא הוכנס דבר: הפנייה שעל המסך אינה הפנייה שעבורה נכתבה התשובה. סרגל הצד מציג כעת את הפנייה שעל המסך; בדקו את התשובה שלה והכניסו שוב.',
    'editor-not-ready': () => 'עורך התשובה עדיין לא מוכן: פתחו את תיבת התשובה ונסו שוב.',
    'editor-not-taken': () => 'העורך לא קיבל את התשובה. השתמשו ב"העתקה" והדביקו אותה.',
    'editor-refused': (p) => (p.detail ? `העורך דחה את התשובה (${p.detail}).` : 'העורך דחה את התשובה.'),
    'no-bridge': () => 'העורך לא ענה. השתמשו ב"העתקה" והדביקו את התשובה.',
  },
};

const SELECTOR_CHECK: Record<Lang, Words<SelectorCheckProblem>> = {
  en: {
    'selector-empty': () => 'the selector is empty',
    'selector-invalid': (p) => `the selector is not valid CSS (${p.detail})`,
    'pattern-unusable': (p) => `the pattern ${PATTERN_PROBLEM_WORDS.en[p.problem]}`,
  },
  he: {
    'selector-empty': () => 'הבורר ריק',
    'selector-invalid': (p) => `הבורר אינו CSS תקין (${p.detail})`,
    'pattern-unusable': (p) => `התבנית ${PATTERN_PROBLEM_WORDS.he[p.problem]}`,
  },
};

/** Why the page gave no ticket, in `lang`. */
export function readReasonText(lang: Lang, reason: ReadReason): string {
  return (READ[lang][reason.code] as (p: ReadReason) => string)(reason);
}

/** Why the reply did not go in, in `lang`. */
export function insertProblemText(lang: Lang, problem: InsertProblem): string {
  return (INSERT[lang][problem.code] as (p: InsertProblem) => string)(problem);
}

/** What the options page's selector test says of a selector, in `lang`. */
export function selectorCheckText(lang: Lang, problem: SelectorCheckProblem): string {
  return (SELECTOR_CHECK[lang][problem.code] as (p: SelectorCheckProblem) => string)(problem);
}

/** Every code with its words, for the test that each has both languages. */
export const PROBLEM_CATALOGUES = {
  read: READ,
  insert: INSERT,
  selectorCheck: SELECTOR_CHECK,
  pattern: PATTERN_PROBLEM_WORDS,
  fields: SELECTOR_FIELD_NAMES,
  missing: MISSING_WORDS,
  fetching: FETCHING,
};
