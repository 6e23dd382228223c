/**
 * Alternative terms people search for. When a record mentions one name of a
 * thing, the others are added to a searched metadata field (never shown), so
 * "VAWG" finds "violence against women and girls" and the reverse. Terms are
 * matched as whole words, case-insensitively.
 */
import { escapeRegExp } from '../domain/reg-exp';

export interface TermGroup {
  /** Names of one thing, abbreviations first: a record that mentions any of them is found by all of them. */
  names: readonly string[];
  /**
   * Everyday words that often stand for it but not always ("the Commissioner",
   * "an inspection"). A record that mentions one is found by the abbreviations
   * only: were the long names added, every record that says "Panel" would
   * match "police" through "Police and Crime Panel".
   */
  hints?: readonly string[];
}

export const SEARCH_TERM_GROUPS: readonly TermGroup[] = [
  { names: ['VAWG', 'violence against women and girls'] },
  {
    names: ['HMICFRS', 'HMIC', 'His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services'],
    hints: ['inspectorate', 'inspection'],
  },
  { names: ['PCC', 'Police and Crime Commissioner'], hints: ['Commissioner'] },
  { names: ['OPCC', 'Office of the Police and Crime Commissioner'] },
  { names: ['PCP', 'Police and Crime Panel'], hints: ['Panel'] },
  { names: ['CGB', 'Corporate Governance Board'] },
  { names: ['999', 'emergency calls', 'emergency line'] },
  { names: ['101', 'non-emergency calls', 'non-emergency line'] },
  { names: ['DA', 'domestic abuse', 'domestic violence'] },
  { names: ['DVPN', 'Domestic Violence Protection Notice'] },
  { names: ['DVPO', 'Domestic Violence Protection Order'] },
  { names: ['ASB', 'anti-social behaviour', 'antisocial behaviour'] },
  { names: ['MSHT', 'modern slavery', 'human trafficking'] },
  { names: ['PEEL', 'police effectiveness efficiency and legitimacy'] },
  { names: ['S106', 'Section 106', 'developer contributions'] },
  { names: ['POCA', 'Proceeds of Crime Act', 'asset recovery'] },
  { names: ['MTFP', 'medium term financial plan'], hints: ['budget'] },
  { names: ['precept', 'council tax'] },
  { names: ['CSE', 'child sexual exploitation'] },
  { names: ['SOC', 'serious and organised crime', 'organised crime'] },
  { names: ['ICV', 'independent custody visitors', 'custody visiting'] },
  { names: ['CSP', 'community safety partnership'] },
];

/** Every term of a group, names and hints. */
export const groupTerms = (group: TermGroup): readonly string[] => [...group.names, ...(group.hints ?? [])];

/** "PCC", "999", "S106": what people type for a name, and what a hint adds. */
const isAbbreviation = (term: string) => /^[A-Z0-9]+$/.test(term);

const mentions = (text: string, term: string) =>
  new RegExp(`(^|[^\\w])${escapeRegExp(term)}($|[^\\w])`, 'i').test(text);

/**
 * The alternative terms for everything `text` mentions, as one string to index.
 *
 * @example alternativeTerms('VAWG offences') // => "violence against women and girls"
 */
export function alternativeTerms(text: string): string {
  const extra = new Set<string>();
  for (const group of SEARCH_TERM_GROUPS) {
    const named = group.names.filter((term) => mentions(text, term));
    const added =
      named.length > 0
        ? group.names
        : (group.hints ?? []).some((term) => mentions(text, term))
          ? group.names.filter(isAbbreviation)
          : [];
    for (const term of added) if (!named.includes(term)) extra.add(term);
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
  return SEARCH_TERM_GROUPS.map(groupTerms).flatMap((terms) =>
    terms.some((term) => wanted.has(term.toLowerCase())) ? terms.filter((term) => !wanted.has(term.toLowerCase())) : [],
  );
}
