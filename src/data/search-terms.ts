/**
 * Alternative terms people search for. When a record mentions one form, the
 * others are added to a searched metadata field (never shown), so "VAWG" finds "violence
 * against women and girls" and the reverse. Keys are matched as whole words,
 * case-insensitively.
 */
import { escapeRegExp } from '../domain/reg-exp';

export const SEARCH_TERM_GROUPS: readonly (readonly string[])[] = [
  ['VAWG', 'violence against women and girls'],
  [
    'HMICFRS',
    'HMIC',
    'inspectorate',
    'His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services',
    'inspection',
  ],
  ['PCC', 'Police and Crime Commissioner', 'Commissioner'],
  ['OPCC', 'Office of the Police and Crime Commissioner'],
  ['PCP', 'Police and Crime Panel', 'Panel'],
  ['CGB', 'Corporate Governance Board'],
  ['999', 'emergency calls', 'emergency line'],
  ['101', 'non-emergency calls', 'non-emergency line'],
  ['DA', 'domestic abuse', 'domestic violence'],
  ['DVPN', 'Domestic Violence Protection Notice'],
  ['DVPO', 'Domestic Violence Protection Order'],
  ['ASB', 'anti-social behaviour', 'antisocial behaviour'],
  ['MSHT', 'modern slavery', 'human trafficking'],
  ['PEEL', 'police effectiveness efficiency and legitimacy'],
  ['S106', 'Section 106', 'developer contributions'],
  ['POCA', 'Proceeds of Crime Act', 'asset recovery'],
  ['MTFP', 'medium term financial plan', 'budget'],
  ['precept', 'council tax', 'police precept'],
  ['CSE', 'child sexual exploitation'],
  ['SOC', 'serious and organised crime', 'organised crime'],
  ['ICV', 'independent custody visitors', 'custody visiting'],
  ['CSP', 'community safety partnership'],
];

/**
 * The alternative terms for everything `text` mentions, as one string to index.
 *
 * @example alternativeTerms('VAWG offences') // => "violence against women and girls"
 */
export function alternativeTerms(text: string): string {
  const extra = new Set<string>();
  for (const group of SEARCH_TERM_GROUPS) {
    const mentioned = group.filter((term) => new RegExp(`(^|[^\\w])${escapeRegExp(term)}($|[^\\w])`, 'i').test(text));
    if (mentioned.length === 0) continue;
    for (const term of group) if (!mentioned.includes(term)) extra.add(term);
  }
  // Commas would split a Pagefind metadata attribute ("key:value, key:value").
  return [...extra].join(' ').replace(/,/g, ' ');
}

/**
 * Every other name for the words of a query: "S106" gives "Section 106" and
 * "developer contributions".
 *
 * @example alternativesFor(['s106']) // => ["Section 106", "developer contributions"]
 */
export function alternativesFor(terms: readonly string[]): string[] {
  const wanted = new Set(terms.map((term) => term.toLowerCase()));
  return SEARCH_TERM_GROUPS.flatMap((group) =>
    group.some((term) => wanted.has(term.toLowerCase())) ? group.filter((term) => !wanted.has(term.toLowerCase())) : [],
  );
}
