// The vendor directory: outside companies a ticket may name, and the party each one points to
// under the policy. A ticket that names the customer's ERP, its registrar or its internet provider
// by brand says where the component lives, which the policy decides on (POLICY.md section 2:
// "any other outside company's system or interface" is other_vendor, DNS run elsewhere is
// domain_registrar, a site builder is web_developer, the internet provider is isp).
// Names are matched as whole words on normalised text (Hebrew with glued prefixes), literally:
// no phrase syntax. A team adds its own vendors on the options page.

import type { Vendor } from './schema';

export type { Vendor } from './schema';

/** What kind of company it is: shown with the fact, never used to decide. */
export const VENDOR_KINDS = [
  'isp',
  'registrar',
  'dns',
  'site_builder',
  'web_host',
  'ecommerce',
  'mail',
  'saas',
  'crm',
  'erp',
  'invoicing',
  'payments',
  'marketing',
  'telephony',
  'other',
] as const;
export type VendorKind = (typeof VENDOR_KINDS)[number];

const v = (id: string, party: Vendor['party'], kind: VendorKind, names: string[]): Vendor => ({ id, names, party, kind });

/**
 * Names that are also ordinary words ("hot", "partner", "priority", "max", "bit", "morning")
 * are listed only in forms that cannot be the ordinary word: with the company's suffix, in
 * Hebrew, or as the domain.
 */
export const DEFAULT_VENDORS: Vendor[] = [
  // Internet providers and their infrastructure (Israel, then abroad).
  v('bezeq', 'isp', 'isp', ['בזק', 'bezeq', 'בזק פיבר', 'bezeq fiber', 'סיבים של בזק']),
  v('bezeq-international', 'isp', 'isp', ['בזק בינלאומי', 'bezeq international', 'bezeqint', 'בי בינלאומי']),
  v('hot', 'isp', 'isp', ['הוט', 'הוט נט', 'hot net', 'hotnet', 'hot fiber', 'hot mobile', 'הוט מובייל']),
  v('partner', 'isp', 'isp', ['פרטנר', 'partner communications', 'partner fiber', 'partner tv', 'פרטנר פיבר']),
  v('cellcom', 'isp', 'isp', ['סלקום', 'cellcom', 'סלקום פיבר', 'cellcom fiber']),
  v('pelephone', 'isp', 'isp', ['פלאפון', 'pelephone']),
  v('012', 'isp', 'isp', ['012 סמייל', '012 smile', 'סמייל 012']),
  v('netvision', 'isp', 'isp', ['נטוויז\'ן', 'נטויז\'ן', 'netvision', '013 נטוויז\'ן', '013 netvision']),
  v('xfone', 'isp', 'isp', ['אקספון', 'xfone', '018 אקספון']),
  v('golan', 'isp', 'isp', ['גולן טלקום', 'golan telecom']),
  v('unlimited', 'isp', 'isp', ['IBC', 'אנלימיטד', 'unlimited ibc', 'ibc unlimited']),
  v('triple-c', 'isp', 'isp', ['טריפל סי', 'triple c']),
  v('comcast', 'isp', 'isp', ['comcast', 'xfinity']),
  v('verizon', 'isp', 'isp', ['verizon', 'fios']),
  v('att', 'isp', 'isp', ['at&t', 'att fiber']),
  v('spectrum', 'isp', 'isp', ['spectrum internet', 'charter spectrum']),
  v('bt', 'isp', 'isp', ['bt broadband', 'bt openreach', 'openreach', 'virgin media', 'sky broadband', 'talktalk']),
  v('vodafone', 'isp', 'isp', ['vodafone', 'deutsche telekom', 'orange fibre', 'starlink']),

  // Registrars and outside DNS hosts.
  v('godaddy', 'domain_registrar', 'registrar', ['godaddy', 'go daddy', 'גודאדי', 'גו דאדי', 'גודדי']),
  v('namecheap', 'domain_registrar', 'registrar', ['namecheap', 'ניימצ\'יפ', 'נימצ\'יפ']),
  v('gandi', 'domain_registrar', 'registrar', ['gandi', 'gandi.net', 'גנדי']),
  v('cloudflare', 'domain_registrar', 'dns', ['cloudflare', 'קלאודפלייר', 'קלאודפלר', 'קלאוד פלייר']),
  v('route53', 'domain_registrar', 'dns', ['route 53', 'route53', 'aws route 53']),
  v('network-solutions', 'domain_registrar', 'registrar', ['network solutions', 'register.com', 'web.com']),
  v('porkbun', 'domain_registrar', 'registrar', ['porkbun', 'name.com', 'dynadot', 'hover.com', 'namesilo']),
  v('tucows', 'domain_registrar', 'registrar', ['tucows', 'enom', 'opensrs']),
  v('ionos', 'domain_registrar', 'registrar', ['ionos', '1&1 ionos', '1and1']),
  v('google-domains', 'domain_registrar', 'registrar', ['google domains', 'squarespace domains']),
  v('domain-the-net', 'domain_registrar', 'registrar', ['domain the net', 'domainthenet', 'דומיין דה נט']),
  v('livedns', 'domain_registrar', 'registrar', ['livedns', 'live dns', 'לייב DNS', 'לייב די אן אס']),
  v('isoc-il', 'domain_registrar', 'registrar', ['isoc-il', 'isoc', 'איגוד האינטרנט', 'איגוד האינטרנט הישראלי']),
  v('interspace', 'domain_registrar', 'registrar', ['interspace', 'אינטרספייס']),
  v('box', 'domain_registrar', 'registrar', ['בוקס', 'box.co.il']),

  // Site builders, outside web hosts and e-commerce platforms.
  v('wix', 'web_developer', 'site_builder', ['wix', 'wix.com', 'וויקס', 'ויקס']),
  v('squarespace', 'web_developer', 'site_builder', ['squarespace', 'סקוורספייס']),
  v('webflow', 'web_developer', 'site_builder', ['webflow', 'ובפלואו', 'וובפלואו']),
  v('site123', 'web_developer', 'site_builder', ['site123', 'סייט123', 'weebly', 'jimdo', 'duda', 'tilda', 'strikingly']),
  v('wordpress-com', 'web_developer', 'site_builder', ['wordpress.com']),
  v('shopify', 'web_developer', 'ecommerce', ['shopify', 'שופיפיי', 'שופיפי']),
  v('konimbo', 'web_developer', 'ecommerce', ['konimbo', 'קונימבו']),
  v('cashcow', 'web_developer', 'ecommerce', ['cashcow', 'קאשקאו', 'קשקאו']),
  v('bigcommerce', 'web_developer', 'ecommerce', ['bigcommerce', 'magento cloud', 'wix stores']),
  v('siteground', 'web_developer', 'web_host', ['siteground', 'סייטגראונד', 'bluehost', 'hostgator', 'hostinger', 'הוסטינגר', 'wp engine', 'wpengine', 'kinsta']),
  v('vercel', 'web_developer', 'web_host', ['vercel', 'netlify', 'heroku', 'firebase hosting', 'github pages']),

  // Other mail providers: another company's mailbox, not the provider's.
  v('google-workspace', 'other_vendor', 'mail', ['google workspace', 'g suite', 'gsuite', 'גוגל וורקספייס', 'גוגל וורק ספייס', 'ג\'י סוויט']),
  v('microsoft-365', 'other_vendor', 'mail', ['microsoft 365', 'office 365', 'o365', 'exchange online', 'outlook.com', 'hotmail', 'אופיס 365', 'מייקרוסופט 365', 'הוטמייל']),
  v('yahoo', 'other_vendor', 'mail', ['yahoo', 'yahoo mail', 'יאהו']),
  v('walla', 'other_vendor', 'mail', ['walla', 'walla.co.il', 'וואלה', 'וואלה מייל']),
  v('zoho-mail', 'other_vendor', 'mail', ['zoho mail', 'protonmail', 'proton mail', 'icloud mail', 'gmx', 'aol mail']),

  // SaaS and CRM.
  v('salesforce', 'other_vendor', 'crm', ['salesforce', 'סיילספורס']),
  v('hubspot', 'other_vendor', 'crm', ['hubspot', 'האבספוט', 'pipedrive', 'zoho crm', 'zoho']),
  v('fireberry', 'other_vendor', 'crm', ['fireberry', 'פיירברי', 'powerlink', 'פאוורלינק', 'פאורלינק']),
  v('monday', 'other_vendor', 'saas', ['monday.com', 'מאנדיי', 'מנדיי']),
  v('zendesk', 'other_vendor', 'saas', ['zendesk', 'freshdesk', 'intercom', 'slack', 'סלאק', 'calendly', 'zoom', 'זום', 'dropbox', 'דרופבוקס']),

  // ERP, accounting and invoicing systems that send mail for the customer.
  v('priority', 'other_vendor', 'erp', ['פריוריטי', 'priority erp', 'priority software', 'priority cloud']),
  v('sap', 'other_vendor', 'erp', ['sap', 'sap business one', 'סאפ', 'odoo', 'אודו', 'netsuite', 'dynamics 365', 'business central']),
  v('hashavshevet', 'other_vendor', 'erp', ['חשבשבת', 'hashavshevet', 'חשבשבת ERP']),
  v('comax', 'other_vendor', 'erp', ['קומקס', 'comax']),
  v('rivhit', 'other_vendor', 'invoicing', ['ריווחית', 'rivhit']),
  v('green-invoice', 'other_vendor', 'invoicing', ['חשבונית ירוקה', 'green invoice', 'greeninvoice', 'morning by green invoice', 'מורנינג']),
  v('icount', 'other_vendor', 'invoicing', ['icount', 'אייקאונט', 'ezcount', 'איזיקאונט', 'invoice4u', 'sumit', 'סאמיט']),
  v('quickbooks', 'other_vendor', 'invoicing', ['quickbooks', 'xero', 'freshbooks']),

  // Payments.
  v('tranzila', 'other_vendor', 'payments', ['tranzila', 'טרנזילה']),
  v('cardcom', 'other_vendor', 'payments', ['cardcom', 'קארדקום', 'pelecard', 'פלאקארד', 'yaad sarig', 'יעד שריג', 'meshulam', 'משולם', 'creditguard', 'קרדיטגארד']),
  v('paypal', 'other_vendor', 'payments', ['paypal', 'פייפאל', 'stripe', 'סטרייפ']),

  // Newsletters, SMS and transactional mail senders.
  v('mailchimp', 'other_vendor', 'marketing', ['mailchimp', 'מיילצ\'ימפ', 'sendgrid', 'mailgun', 'brevo', 'sendinblue', 'mailjet', 'amazon ses', 'constant contact']),
  v('activetrail', 'other_vendor', 'marketing', ['activetrail', 'אקטיב טרייל', 'אקטיבטרייל', 'smoove', 'סמוב', 'inforu', 'אינפורו', 'רב מסר']),
  v('twilio', 'other_vendor', 'telephony', ['twilio', '019 sms', 'voicenter', 'וויסנטר', '3cx']),
];
