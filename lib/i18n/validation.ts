// The words for what is wrong with settings (an imported file, the managed configuration, an
// edit in the options page), in English and Hebrew. lib/policy/schema.ts, lib/settings/schema.ts
// and file.ts name a check by its key; the agent reads it here, in their language.
import type { Lang } from '../ticket';
import { MAX_PHRASE_EXPANSIONS } from '../policy/phrase-grammar';

/** What kind of value a field must hold, as valibot names the schema types. */
const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object', strict_object: 'an object' },
  he: { string: 'טקסט', number: 'מספר', boolean: 'true או false', array: 'רשימה', object: 'אובייקט', strict_object: 'אובייקט' },
};

/** A value as shown after "but is": JSON for text, words for lists and objects. */
const VALUE_WORDS: Record<Lang, { list: string; object: string }> = {
  en: { list: 'a list', object: 'an object' },
  he: { list: 'רשימה', object: 'אובייקט' },
};

/** Where in a file a problem is, when it is not one field: the file as a whole. */
const PLACE_WORDS: Record<Lang, { wholeFile: string }> = {
  en: { wholeFile: '(the whole file)' },
  he: { wholeFile: '(הקובץ כולו)' },
};

export const wholeFile = (lang: Lang) => PLACE_WORDS[lang].wholeFile;

type V = Record<string, string | number>;

const en = {
  notEmpty: () => 'must not be empty',
  idShape: () => 'must be 1-80 lower-case Latin letters, digits, dots or dashes',
  factValueShape: () => 'must be 1-80 lower-case Latin letters, digits or underscores',
  duplicateIds: () => 'two entries have the same id',
  letterOrDigit: () => 'must contain a letter or a digit',
  atLeastOneName: () => 'needs at least one name',
  everyParty: (p: V) => `must name every party (${p.parties})`,
  timeShape: () => 'must be a time HH:MM (00:00-24:00)',
  endAfterStart: () => 'must end after it starts',
  notTimeZone: () => 'is not a time zone (use an IANA name such as Asia/Jerusalem)',
  dateShape: () => 'must be a date YYYY-MM-DD',
  dateTwice: () => 'a date is listed twice',
  noOpeningHours: () => 'has no opening hours at all',
  moreThanZero: () => 'must be more than 0',
  entryTwice: () => 'an entry is listed twice',
  emailOrDomain: () => 'must be an e-mail address (dana@example.com) or a domain (example.com)',
  notMatchPattern: () => 'is not a match pattern (like https://help.example.com/*)',
  unknownField: () => 'unknown field (a typo?)',
  missing: () => 'is missing',
  mustBe: (p: V) => `must be ${p.type}, but is ${p.got}`,
  oneOf: (p: V) => `must be one of ${p.expected}, but is ${p.got}`,
  atLeast: (p: V) => `must be at least ${p.min}, but is ${p.got}`,
  atMost: (p: V) => `must be at most ${p.max}, but is ${p.got}`,
  wholeNumber: (p: V) => `must be a whole number, but is ${p.got}`,
  finite: () => 'must be a finite number',
  tooLong: (p: V) => `is too long (at most ${p.max})`,
  tooManyExpansions: () => `stands for more than ${MAX_PHRASE_EXPANSIONS} phrases (its {a|b} alternatives multiply): split it into several lines`,
  invalidValue: (p: V) => `invalid value: ${p.got}`,
  forbiddenKey: () => 'is a field name Gvul refuses (__proto__, constructor, prototype)',
  notJson: (p: V) => `is not valid JSON (${p.why})`,
  notSettingsFile: () => 'is not a Gvul settings file (expected a JSON object)',
  wrongFormat: (p: V) => `must be "${p.format}": this is not a Gvul settings file`,
  newerVersion: (p: V) => `is ${p.got}: the file was made by a newer Gvul; this one reads version ${p.version}. Update Gvul.`,
  unknownVersion: (p: V) => `is ${p.got}: unknown settings file version (this Gvul reads version ${p.version})`,
};

export type ValidationKey = keyof typeof en;

const he: Record<ValidationKey, (p: V) => string> = {
  notEmpty: () => 'לא יכול להיות ריק',
  idShape: () => 'צריך להיות 1-80 אותיות לטיניות קטנות, ספרות, נקודות או מקפים',
  factValueShape: () => 'צריך להיות 1-80 אותיות לטיניות קטנות, ספרות או קווים תחתונים',
  duplicateIds: () => 'לשתי רשומות אותו מזהה',
  letterOrDigit: () => 'צריך לכלול אות או ספרה',
  atLeastOneName: () => 'צריך לפחות שם אחד',
  everyParty: (p) => `צריך לכלול את כל הגורמים (${p.parties})`,
  timeShape: () => 'צריך להיות שעה בתבנית HH:MM (00:00-24:00)',
  endAfterStart: () => 'צריך להסתיים אחרי שהוא מתחיל',
  notTimeZone: () => 'אינו אזור זמן (השתמשו בשם IANA כמו Asia/Jerusalem)',
  dateShape: () => 'צריך להיות תאריך בתבנית YYYY-MM-DD',
  dateTwice: () => 'תאריך מופיע פעמיים',
  noOpeningHours: () => 'אין בו שעות פתיחה בכלל',
  moreThanZero: () => 'צריך להיות יותר מ-0',
  entryTwice: () => 'רשומה מופיעה פעמיים',
  emailOrDomain: () => 'צריך להיות כתובת דוא״ל (dana@example.com) או דומיין (example.com)',
  notMatchPattern: () => 'אינו תבנית כתובת (כמו https://help.example.com/*)',
  unknownField: () => 'שדה לא מוכר (אולי שגיאת כתיב?)',
  missing: () => 'חסר',
  mustBe: (p) => `צריך להיות ${p.type}, אבל הוא ${p.got}`,
  oneOf: (p) => `צריך להיות אחד מ-${p.expected}, אבל הוא ${p.got}`,
  atLeast: (p) => `צריך להיות לפחות ${p.min}, אבל הוא ${p.got}`,
  atMost: (p) => `צריך להיות לכל היותר ${p.max}, אבל הוא ${p.got}`,
  wholeNumber: (p) => `צריך להיות מספר שלם, אבל הוא ${p.got}`,
  finite: () => 'צריך להיות מספר סופי',
  tooLong: (p) => `ארוך מדי (לכל היותר ${p.max})`,
  tooManyExpansions: () => `מייצג יותר מ-${MAX_PHRASE_EXPANSIONS} ביטויים (החלופות {א|ב} מוכפלות זו בזו): פצלו אותו לכמה שורות`,
  invalidValue: (p) => `ערך לא תקין: ${p.got}`,
  forbiddenKey: () => 'שם שדה שגבול אינו מקבל (__proto__, constructor, prototype)',
  // The browser's own reason is in English whatever the UI language: the place in the file says enough.
  notJson: (p) => (p.line ? `אינו JSON תקין (שורה ${p.line}, עמודה ${p.column})` : 'אינו JSON תקין'),
  notSettingsFile: () => 'אינו קובץ הגדרות של גבול (צריך להיות אובייקט JSON)',
  wrongFormat: (p) => `צריך להיות "${p.format}": זה אינו קובץ הגדרות של גבול`,
  newerVersion: (p) => `הוא ${p.got}: הקובץ נוצר בגרסה חדשה יותר של גבול; גרסה זו קוראת גרסה ${p.version}. עדכנו את גבול.`,
  unknownVersion: (p) => `הוא ${p.got}: גרסת קובץ לא מוכרת (גבול זה קורא גרסה ${p.version})`,
};

export const VALIDATION_WORDS: Record<Lang, Record<ValidationKey, (p: V) => string>> = { en, he };

export function validationText(lang: Lang, key: ValidationKey, params: V = {}): string {
  return VALIDATION_WORDS[lang][key](params);
}

/** A valibot schema type (`string`, `array`, ...) in words, or undefined when it has none. */
export function typeWords(lang: Lang, type: string): string | undefined {
  return TYPE_WORDS[lang][type];
}

/** A value as the problem shows it. */
export function valueWords(lang: Lang, value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return VALUE_WORDS[lang].list;
  if (typeof value === 'object') return VALUE_WORDS[lang].object;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return String(value);
}

export const VALIDATION_CATALOGUES = { validation: VALIDATION_WORDS, types: TYPE_WORDS, values: VALUE_WORDS, places: PLACE_WORDS };
