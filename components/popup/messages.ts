// The popup's words in English and Hebrew; the verdict and the reasons a page cannot be read are
// in lib/i18n, in the same words as the sidebar's.
import type { Lang } from '@/lib/ticket';
import { fill } from '@/lib/i18n/messages';

const en = {
  'popup.title': 'Gvul',
  'popup.loading': 'Checking this tab…',
  'popup.noPage': 'Gvul does not run on this page: it is not a helpdesk Gvul knows. Add your own helpdesk in the settings.',
  'popup.notHelpdesk': 'Gvul runs here, but this page is not a helpdesk ticket page it recognises.',
  'popup.recognised': '{helpdesk} recognised.',
  'popup.noTicket': 'No ticket is open: open one to see whose problem it is.',
  'popup.unreadable': 'The ticket could not be read: {reason}',
  'popup.ticket': 'Ticket #{id} read.',
  'popup.verdict': 'Verdict',
  'popup.confidence': '{pct}% sure',
  'popup.overridden': 'set by you',
  'popup.off': 'Gvul is off on {site}.',
  'popup.switch': 'Gvul on {site}',
  'popup.options': 'Settings',
} as const;

export type PopupKey = keyof typeof en;

const he: Record<PopupKey, string> = {
  'popup.title': 'גבול',
  'popup.loading': 'בודק את הלשונית…',
  'popup.noPage': 'גבול לא פועל בדף הזה: זו אינה מערכת פניות שגבול מכיר. אפשר להוסיף מערכת משלכם בהגדרות.',
  'popup.notHelpdesk': 'גבול פועל כאן, אבל הדף אינו דף פנייה שהוא מזהה.',
  'popup.recognised': '{helpdesk} זוהה.',
  'popup.noTicket': 'אין פנייה פתוחה: פתחו פנייה כדי לראות של מי הבעיה.',
  'popup.unreadable': 'לא ניתן לקרוא את הפנייה: {reason}',
  'popup.ticket': 'פנייה מספר {id} נקראה.',
  'popup.verdict': 'החלטה',
  'popup.confidence': 'ודאות {pct}%',
  'popup.overridden': 'נקבע על ידך',
  'popup.off': 'גבול כבוי ב-{site}.',
  'popup.switch': 'גבול פועל ב-{site}',
  'popup.options': 'הגדרות',
};

const MESSAGES: Record<Lang, Record<PopupKey, string>> = { en, he };

export function p(lang: Lang, key: PopupKey, vars: Record<string, string | number> = {}): string {
  return fill(MESSAGES[lang][key], vars);
}
