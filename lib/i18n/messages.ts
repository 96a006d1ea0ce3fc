// The UI's words in English and Hebrew. Party names and policy texts are policy data
// (lib/policy); these are the product's own words.
import type { Lang } from '../ticket';

const en = {
  'app.name': 'Gvul',
  'sidebar.label': 'Gvul: support boundaries',
  'sidebar.collapse': 'Collapse the Gvul sidebar',
  'sidebar.expand': 'Open the Gvul sidebar',
  'sidebar.resize': 'Resize the sidebar',
  'page.noTicketShort': 'no ticket open',
  'page.noSettingsShort': 'could not load its settings',
  'page.noSettings':
    'Gvul could not load its settings, so it shows no verdict for now. The verdict shows as soon as they arrive; if this persists, reload the page.',
  'page.unreadable': 'Gvul cannot read this ticket',
  'page.missing': 'Not found on the page: {missing}',
  'page.pasteHint': 'Paste the customer\'s message to classify it by hand.',
  'page.pasteLabel': 'Ticket text',
  'page.pasteButton': 'Classify',
  'verdict.heading': 'Whose problem is it?',
  'verdict.confidence': '{pct}% sure',
  'verdict.evidence': 'Why',
  'verdict.alternatives': 'Other possibilities',
  'verdict.question': 'Ask the customer',
  'verdict.checkFirst': 'Check with the customer first',
  'verdict.leaning.provider': 'Probably our side: check first',
  'verdict.leaning.customer': 'Probably the customer side ({party}): check first',
  'verdict.between': 'The answer decides between {parties}.',
  'list.and': '{items} and {last}',
  'verdict.override': 'Correct the verdict',
  'verdict.overridden': 'Set by you',
  'verdict.overrideNone': 'Gvul\'s verdict',
  'verdict.urgent': 'Urgent (24/7)',
  'verdict.extended': 'Customer-side: offer the paid extended support if they have no technical person who can handle it.',
  'verdict.contract': 'Covered by extended support: handle it',
  'verdict.contract.tag': 'The ticket is tagged “{rule}”.',
  'verdict.contract.organization': 'The organisation {rule} has an extended service contract.',
  'verdict.contract.requester': 'Requesters at {rule} have an extended service contract.',
  'owner.provider': 'Our side',
  'owner.customer': 'Customer side',
  'owner.undetermined': 'Not clear yet',
  'sla.heading': 'First response',
  'sla.due': 'Due {time}',
  'sla.zoned': '{moment} ({zone})',
  'sla.met': 'answered in time',
  'sla.answeredLate': 'answered {late} late',
  'sla.overdueSince': 'overdue since {since}',
  'sla.overdueBusiness': 'overdue by {late} of business time, since {since}',
  'sla.overdue': 'overdue by {late}, since {since}',
  'sla.paused': 'paused: {left} left, resumes {at}',
  'sla.pausedOne': 'paused: {left} left, resumes {at}',
  'sla.notStarted': 'starts {at}, {left} to answer',
  'sla.left': '{left} left',
  'sla.leftOne': '{left} left',
  'sla.noCreated': 'No created time on the page: the SLA cannot be computed.',
  'sla.failed': 'The SLA clock could not run here: {message}',
  'sidebar.failed': 'Gvul could not show this ticket: {message}',
  'replies.heading': 'Replies',
  'agent.ask': 'Your name, to sign the replies (asked once; change it in Gvul\'s options)',
  'agent.save': 'Save',
  'replies.insert': 'Insert',
  'replies.copy': 'Copy',
  'replies.preview': 'Preview',
  'replies.more': 'More replies',
  'replies.inserted': 'Inserted into the reply editor.',
  'sidebar.updated': 'Gvul was updated. This sidebar is closing; the new one takes its place.',
  'replies.copied': 'Copied to the clipboard.',
  'replies.copyFailed': 'The browser did not allow copying: select the preview text and copy it.',
  'queue.technical': 'technical',
  'queue.customer_service': 'customer service',
  'queue.finance': 'finance',
  'queue.management': 'management',
} as const;

export type MessageKey = keyof typeof en;

const he: Record<MessageKey, string> = {
  'app.name': 'גבול',
  'sidebar.label': 'גבול: גבולות התמיכה',
  'sidebar.collapse': 'כיווץ סרגל גבול',
  'sidebar.expand': 'פתיחת סרגל גבול',
  'sidebar.resize': 'שינוי רוחב הסרגל',
  'page.noTicketShort': 'אין פנייה פתוחה',
  'page.noSettingsShort': 'לא הצליח לטעון את ההגדרות',
  'page.noSettings':
    'גבול לא הצליח לטעון את ההגדרות שלו, ולכן אינו מציג החלטה בינתיים. ההחלטה תוצג ברגע שההגדרות יגיעו; אם זה נמשך, טענו את הדף מחדש.',
  'page.unreadable': 'גבול לא מצליח לקרוא את הפנייה הזאת',
  'page.missing': 'לא נמצא בדף: {missing}',
  'page.pasteHint': 'הדביקו את הודעת הלקוח כדי לסווג אותה ידנית.',
  'page.pasteLabel': 'טקסט הפנייה',
  'page.pasteButton': 'סיווג',
  'verdict.heading': 'של מי הבעיה?',
  'verdict.confidence': 'ודאות {pct}%',
  'verdict.evidence': 'למה',
  'verdict.alternatives': 'אפשרויות נוספות',
  'verdict.question': 'לשאול את הלקוח',
  'verdict.checkFirst': 'כדאי לבדוק עם הלקוח קודם',
  'verdict.leaning.provider': 'כנראה באחריותנו: כדאי לבדוק קודם',
  'verdict.leaning.customer': 'כנראה בצד הלקוח ({party}): כדאי לבדוק קודם',
  'verdict.between': 'התשובה תכריע בין {parties}.',
  'list.and': '{items} ו{last}',
  'verdict.override': 'תיקון ההחלטה',
  'verdict.overridden': 'נקבע על ידך',
  'verdict.overrideNone': 'ההחלטה של גבול',
  'verdict.urgent': 'דחוף (24/7)',
  'verdict.extended': 'בצד הלקוח: אם אין להם איש טכני שיכול לטפל, הציעו את התמיכה המורחבת בתשלום.',
  'verdict.contract': 'מכוסה בתמיכה המורחבת: מטפלים בזה',
  'verdict.contract.tag': 'הפנייה מתויגת „{rule}”.',
  'verdict.contract.organization': 'לארגון {rule} יש חוזה שירות מורחב.',
  'verdict.contract.requester': 'לפונים מ-{rule} יש חוזה שירות מורחב.',
  'owner.provider': 'באחריותנו',
  'owner.customer': 'בצד הלקוח',
  'owner.undetermined': 'עדיין לא ברור',
  'sla.heading': 'מענה ראשון',
  'sla.due': 'יעד: {time}',
  'sla.zoned': '{moment} ({zone})',
  'sla.met': 'נענה בזמן',
  'sla.answeredLate': 'נענה באיחור של {late}',
  'sla.overdueSince': 'באיחור מאז {since}',
  'sla.overdueBusiness': 'באיחור של {late} בשעות העבודה, מאז {since}',
  'sla.overdue': 'באיחור של {late}, מאז {since}',
  'sla.paused': 'מושהה: נותרו {left}, ימשיך {at}',
  'sla.pausedOne': 'מושהה: נותרה {left}, ימשיך {at}',
  'sla.notStarted': 'יתחיל {at}, {left} למענה',
  'sla.left': 'נותרו {left}',
  'sla.leftOne': 'נותרה {left}',
  'sla.noCreated': 'אין בדף זמן פתיחה: אי אפשר לחשב את זמן המענה.',
  'sla.failed': 'שעון זמן המענה לא יכול לפעול כאן: {message}',
  'sidebar.failed': 'גבול לא הצליח להציג את הפנייה: {message}',
  'replies.heading': 'תשובות',
  'agent.ask': 'השם שלך, לחתימה על התשובות (נשאל פעם אחת; אפשר לשנות בהגדרות של גבול)',
  'agent.save': 'שמירה',
  'replies.insert': 'הכנסה לתשובה',
  'replies.copy': 'העתקה',
  'replies.preview': 'תצוגה מקדימה',
  'replies.more': 'תשובות נוספות',
  'replies.inserted': 'הוכנס לעורך התשובה.',
  'sidebar.updated': 'גבול עודכן. סרגל צד זה נסגר, והחדש יבוא במקומו.',
  'replies.copied': 'הועתק ללוח.',
  'replies.copyFailed': 'הדפדפן לא איפשר העתקה: סמנו את טקסט התצוגה והעתיקו.',
  'queue.technical': 'טכני',
  'queue.customer_service': 'שירות לקוחות',
  'queue.finance': 'כספים',
  'queue.management': 'הנהלה',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, he };

/** Fills `{name}` slots; a slot without a value stays visible rather than vanishing. */
/**
 * Text of the other direction (an English tag or selector in a Hebrew sentence) isolated with
 * FSI…PDI, so that the quotation marks and punctuation around it stay where the sentence's own
 * direction puts them.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fill(MESSAGES[lang][key], vars);
}

const DIRECTIONS: Record<Lang, 'rtl' | 'ltr'> = { he: 'rtl', en: 'ltr' };

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return DIRECTIONS[lang];
}

/** The locale dates and times are shown in (en-GB: day before month, 24-hour clock). */
const LOCALES: Record<Lang, string> = { he: 'he-IL', en: 'en-GB' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** The UI language from a browser language tag ("he-IL", "iw", "en-US"). */
export function uiLangFrom(tag: string | undefined): Lang {
  return /^(he|iw)\b/i.test(tag ?? '') ? 'he' : 'en';
}
