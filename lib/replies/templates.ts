// The boundary-explanation replies, as policy data: one per party, the undetermined one that
// asks the deciding question, the paid extended-support offer, the one for customers who have
// that extended support (we take a customer-side fault on), and the related articles (single
// contact, moving to a new e-mail address). A team with another policy edits these texts in the
// options page; the ids stay.
import type { Lang } from '../ticket';
import type { ReplyId, ReplyTemplate } from '../policy/schema';

export type { ReplyId, ReplyTemplate } from '../policy/schema';

/** Placeholders a template may use, in the helpdesks' own habit (Liquid-style, case-sensitive). */
export const PLACEHOLDERS = [
  '{{ticket.requester.first_name}}',
  '{{ticket.requester.name}}',
  '{{ticket.id}}',
  '{{ticket.subject}}',
  '{{current_user.name}}',
  '{{sla.due}}',
  '{{verdict.question}}',
  /** The outside company the ticket names ("Gmail"), as the customer wrote it. */
  '{{fact.company}}',
  /** The customer's own words for what is affected ("only on my laptop"). */
  '{{fact.scope}}',
] as const;

const SIGN_EN = '\n\nBest regards,\n{{current_user.name}}';
const SIGN_HE = '\n\nבברכה,\n{{current_user.name}}';
const GREET_EN = 'Hello {{ticket.requester.first_name}},\n\n';
const GREET_HE = 'שלום {{ticket.requester.first_name}},\n\n';

function reply(id: ReplyId, title: Record<Lang, string>, en: string, he: string): ReplyTemplate {
  return { id, title, body: { en: GREET_EN + en + SIGN_EN, he: GREET_HE + he + SIGN_HE } };
}

export const DEFAULT_REPLIES: ReplyTemplate[] = [
  reply(
    'provider',
    { en: 'We are on it', he: 'אנחנו מטפלים' },
    'Thank you for reporting this (ticket #{{ticket.id}}). We checked, and the fault is on our server side, which is our responsibility under our support policy. Our technical team is already working on it and we will update you as soon as it is resolved; there is nothing you need to change on your side.',
    'תודה שדיווחת (פנייה מספר {{ticket.id}}). בדקנו, והתקלה בצד השרת שלנו, שנמצא באחריותנו לפי מדיניות התמיכה. הצוות הטכני כבר מטפל בה ונעדכן אותך מיד כשתיפתר; אין צורך לשנות דבר אצלכם.',
  ),
  reply(
    'customer_it',
    { en: 'Your computer or office network', he: 'המחשב או הרשת במשרד' },
    'We checked our side: the service is working normally and accepts connections from up-to-date, properly working systems. The symptoms you describe{% if fact.scope %} (as you wrote, “{{fact.scope}}”){% endif %} point to the computer or local network where it happens, which under our support policy is the responsibility of your computer technician or IT company. We suggest asking them to check the device, the mail client and its settings there. If you have no technical person available, our paid extended support can handle it for you.',
    'בדקנו את הצד שלנו: השירות פועל כרגיל ומאפשר חיבור תקין ממערכות נפוצות, מעודכנות ותקינות. התסמינים שתיארת{% if fact.scope %} (כפי שכתבת: „{{fact.scope}}”){% endif %} מצביעים על המחשב או הרשת המקומית שבהם זה קורה, ולפי מדיניות התמיכה שלנו הטיפול בהם באחריות איש המחשוב או חברת המחשוב שלכם. מומלץ לבקש מהם לבדוק את המחשב, את תוכנת הדואר ואת ההגדרות שלה. אם אין לכם איש טכני זמין, שירות התמיכה המורחבת בתשלום שלנו יכול לטפל בזה עבורכם.',
  ),
  reply(
    'isp',
    { en: 'Your internet provider', he: 'ספק האינטרנט שלכם' },
    'We checked our side: our servers are up and reachable. From what you describe, the problem is the internet connection at your location, which under our support policy is handled by your internet provider{% if fact.company %}, {{fact.company}}{% else %} (ISP){% endif %}. Please contact them, or check the router and line, and if the service is still unreachable once your connection works, reply here and we will continue.',
    'בדקנו את הצד שלנו: השרתים שלנו פעילים וזמינים. לפי מה שתיארת, הבעיה בחיבור האינטרנט אצלכם, ולפי מדיניות התמיכה שלנו הטיפול בה באחריות ספק האינטרנט שלכם{% if fact.company %}, {{fact.company}}{% endif %}. נא לפנות אליהם או לבדוק את הראוטר ואת הקו, ואם גם אחרי שהחיבור חוזר השירות לא זמין, השיבו כאן ונמשיך לטפל.',
  ),
  reply(
    'domain_registrar',
    { en: 'Domain managed elsewhere', he: 'דומיין המנוהל אצל גורם אחר' },
    'The domain and its DNS records are managed by {% if fact.company %}{{fact.company}}{% else %}a company other than us{% endif %}, so under our support policy changes to them are made by you or your representative in {% if fact.company %}{{fact.company}}\'s{% else %}that company\'s{% endif %} interface; we do not operate third-party interfaces. We will gladly give you the exact records to set. If you would like us to manage the domain for you, you are welcome to transfer it to us.',
    'הדומיין ורשומות ה-DNS שלו מנוהלים {% if fact.company %}ב-{{fact.company}}{% else %}אצל חברה אחרת{% endif %}, ולכן לפי מדיניות התמיכה שלנו השינויים בהם נעשים על ידכם או על ידי מי מטעמכם בממשק של {% if fact.company %}{{fact.company}}{% else %}אותה חברה{% endif %}; איננו נותנים שירות בממשקים של צד שלישי. נשמח למסור לכם את הרשומות המדויקות שיש להגדיר. אם תרצו שננהל את הדומיין עבורכם, אפשר להעביר אותו אלינו.',
  ),
  reply(
    'web_developer',
    { en: 'Your website\'s developer', he: 'בונה האתר שלכם' },
    'We checked our side: mail and hosting services are working normally, and mail from other sources reaches you. The problem is in the website\'s own code or configuration, which under our support policy is the responsibility of the website builder and/or its hosting company. Please forward this to your web developer; we will gladly give them any technical detail they need from us.',
    'בדקנו את הצד שלנו: שירותי הדואר והאחסון פועלים כרגיל, ודואר ממקורות אחרים מגיע אליכם. הבעיה בקוד או בהגדרות של האתר עצמו, ולפי מדיניות התמיכה שלנו הטיפול בה באחריות בונה האתר ו/או חברת האחסון שלו. נא להעביר את הפנייה לבונה האתר שלכם; נשמח למסור לו כל פרט טכני שיידרש מאיתנו.',
  ),
  reply(
    'other_vendor',
    { en: 'Another company\'s system', he: 'מערכת של חברה אחרת' },
    'The request concerns {% if fact.company %}{{fact.company}}, another company\'s system{% else %}a system or interface of another company{% endif %}. As a rule we give no service in third-party companies\' interfaces and do not contact outside vendors or instruct them, so please contact {% if fact.company %}{{fact.company}}\'s{% else %}that company\'s{% endif %} support directly. Anything that concerns the services you bought from us, we gladly handle in full.',
    'הפנייה נוגעת {% if fact.company %}ל-{{fact.company}}, מערכת של חברה אחרת{% else %}למערכת או לממשק של חברה אחרת{% endif %}. ככלל איננו נותנים שירות בממשקים של חברות צד שלישי, ואיננו פונים לספקים חיצוניים או מנחים אותם, ולכן נא לפנות ישירות לתמיכה של {% if fact.company %}{{fact.company}}{% else %}אותה חברה{% endif %}. כל מה שנוגע לשירותים שרכשתם מאיתנו, נשמח לטפל בו במלואו.',
  ),
  reply(
    'customer_self',
    { en: 'How to do it yourself', he: 'איך לעשות זאת בעצמכם' },
    'This is a setting you manage yourselves. Under our support policy, user training and administering self-managed services are on the customer\'s side, but here is where to start: the relevant guide is in our knowledge base, and if you would rather have us do it for you, our paid extended support can.',
    'מדובר בהגדרה שנמצאת בניהולכם. לפי מדיניות התמיכה שלנו, הדרכת משתמשים וניהול שירותים בניהול עצמי הם באחריות הלקוח, אבל הנה נקודת ההתחלה: המדריך המתאים נמצא במאגר הידע שלנו, ואם תעדיפו שנבצע זאת עבורכם, שירות התמיכה המורחבת בתשלום יכול לעשות זאת.',
  ),
  reply(
    'undetermined',
    { en: 'Ask first', he: 'שאלת בירור' },
    'Thank you for your message (ticket #{{ticket.id}}). So that we can tell whether the cause is on our servers or on your side, please tell us:\n{{verdict.question}}\nAs soon as we have your answer we will continue.',
    'תודה על פנייתך (פנייה מספר {{ticket.id}}). כדי שנוכל לדעת אם מקור הבעיה בשרתים שלנו או בצד שלכם, נבקש לדעת:\n{{verdict.question}}\nמיד כשנקבל את תשובתכם נמשיך בטיפול.',
  ),
  reply(
    'extended_support',
    { en: 'Paid extended support', he: 'תמיכה מורחבת בתשלום' },
    'So that you do not fall between the chairs: if you have no technical person who can handle this, or yours says the problem is not on their side or does not know how to solve it, we offer a paid extended support service that covers customer-side problems too. Reply to this message and we will send you the details.',
    'כדי שלא תיפלו בין הכיסאות: אם אין לכם איש טכני שיכול לטפל בזה, או שהוא טוען שהבעיה לא אצלו או לא יודע איך לפתור אותה, אנו מציעים שירות תמיכה מורחבת בתשלום שמכסה גם תקלות בצד הלקוח. השיבו להודעה זו ונשלח לכם את הפרטים.',
  ),
  reply(
    'contract_covered',
    { en: 'Covered by your extended support', he: 'במסגרת התמיכה המורחבת שלכם' },
    'Thank you for your message (ticket #{{ticket.id}}). The cause is on your side rather than on our servers, but your extended support service covers exactly this: we are taking it on for you. A technician will contact you to continue, and we will update you until it is resolved.',
    'תודה על פנייתך (פנייה מספר {{ticket.id}}). מקור הבעיה בצד שלכם ולא בשרתים שלנו, אבל שירות התמיכה המורחבת שלכם מכסה בדיוק את זה: אנחנו לוקחים את הטיפול על עצמנו. טכנאי ייצור אתכם קשר כדי להמשיך, ונעדכן אתכם עד שהבעיה תיפתר.',
  ),
  reply(
    'single_contact',
    { en: 'Adding a contact', he: 'הוספת איש קשר' },
    'An account can have several contacts who handle the company\'s services, but this should be done with care: our main recommendation is to define a single contact. Please confirm, from the account\'s current contact, who should be added and with which permissions.',
    'לחשבון יכולים להיות כמה אנשי קשר שמטפלים בשירותי החברה, אך יש לעשות זאת בזהירות: ההמלצה העיקרית שלנו היא להגדיר איש קשר יחיד. נא לאשר, מאיש הקשר הנוכחי של החשבון, את מי להוסיף ובאילו הרשאות.',
  ),
  reply(
    'email_move',
    { en: 'Moving to a new e-mail address', he: 'מעבר לכתובת מייל חדשה' },
    '{% if fact.company %}Forwarding from your old mailbox has to be set up in {{fact.company}}, where the old mailbox is; our support department cannot do it there.{% else %}Forwarding from your old mailbox to the new address is set up by you with the old mailbox\'s provider; our support department does not do it.{% endif %} Once the new address is ready with us, we will gladly help with everything on our side.',
    '{% if fact.company %}את הפניית הדואר מהתיבה הישנה יש להגדיר ב-{{fact.company}}, שם נמצאת התיבה הישנה; מחלקת התמיכה שלנו אינה יכולה לבצע זאת שם.{% else %}הפניית הדואר מהתיבה הישנה לכתובת החדשה מוגדרת על ידכם אצל הספק של התיבה הישנה; מחלקת התמיכה שלנו אינה מבצעת זאת.{% endif %} כשהכתובת החדשה מוכנה אצלנו, נשמח לעזור בכל מה שבצד שלנו.',
  ),
];
