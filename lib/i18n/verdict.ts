// The verdict in words, the same on every surface (sidebar, popup, options page): party names
// and clauses are the team's policy data, the sentences around them are the catalogue's.
import type { ClassificationPolicy } from '../policy/classification';
import { ownerOf, type Certainty, type Party } from '../policy/labels';
import type { Lang } from '../ticket';
import { t } from './messages';

export function partyName(policy: ClassificationPolicy, party: Party, lang: Lang): string {
  return policy.parties.find((p) => p.id === party)?.name[lang] ?? party;
}

export function clauseText(policy: ClassificationPolicy, id: string, lang: Lang): string {
  return policy.clauses.find((c) => c.id === id)?.[lang] ?? id;
}

/** "Customer side: Internet provider", in plain words; a leaning verdict says "probably … check first". */
export function verdictHeadline(policy: ClassificationPolicy, party: Party, lang: Lang, certainty: Certainty): string {
  const owner = ownerOf(party);
  if (owner === 'undetermined') return t(lang, 'owner.undetermined');
  const name = partyName(policy, party, lang);
  if (certainty === 'leaning') return t(lang, owner === 'provider' ? 'verdict.leaning.provider' : 'verdict.leaning.customer', { party: name });
  if (owner === 'customer') return `${t(lang, 'owner.customer')}: ${name}`;
  return t(lang, 'owner.provider');
}

/** A list of names in the language's own words: "A, B and C" / "A, B ו-C". */
export function listOf(names: string[], lang: Lang): string {
  if (names.length < 2) return names.join('');
  return t(lang, 'list.and', { items: names.slice(0, -1).join(', '), last: names.at(-1)! });
}
