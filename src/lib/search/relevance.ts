/**
 * Whether a search result is about the query, from the words Pagefind
 * actually matched in it.
 *
 * Why this check exists, and why here: when a word of the query is missing
 * from a bundle, Pagefind searches for the longest prefix of it that the
 * bundle does hold (Pagefind issues #780 and #793), so "forensics" in a bundle
 * without it finds every record with "for"; and a word with no prefix in the
 * bundle at all is dropped from the query. Pagefind 1.6 has no option to turn
 * this off, and the index cannot know which words people will type. What a
 * result does give is the position of every matched word (`locations`) and
 * the metadata fields that matched, so the search page can see what matched
 * and keep a result only when every meaningful word of the query is among
 * them, as the word itself, a form of it ("victim" for "victims") or a word it
 * begins ("foren" as it is typed). Pure: used by the search page and tests.
 * @see https://github.com/Pagefind/pagefind/issues/793
 */
import { stemmer } from 'stemmer';

/**
 * Words too common to say what a result is about. A query word on this list
 * is not required to match, and a result never counts as relevant because of one.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or that the their them they this ' +
    'to was were will with not no all any can did do does how what when where which who why'
  ).split(' '),
);

/**
 * A word as it is compared: lower case, without the punctuation around it
 * ("Forensics," is "forensics"; "anti-social" keeps its hyphen; "£3.9m" its point).
 *
 * @example normalWord('“Forensics,”') // => "forensics"
 */
export function normalWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}£$]+|[^\p{L}\p{N}%]+$/gu, '');
}

/**
 * A word and, when punctuation joins several, its parts, as Pagefind indexes
 * them: "honour-based" matches a search for "based", and
 * "onerror=alert('pwned')" one for "pwned".
 *
 * @example wordParts('honour-based') // => ["honour-based", "honour", "based"]
 */
export function wordParts(word: string): string[] {
  const parts = joinedParts(word);
  return parts.length > 0 ? [word, ...parts] : [word];
}

/** The parts punctuation joins in a word, leaving out a single letter split off ("s" of "Commissioner's"). */
function joinedParts(word: string): string[] {
  const parts = word.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1);
  return parts.length === 1 && parts[0] === word ? [] : parts;
}

/**
 * The words of a query that must each match for a result to be about it:
 * normalised, without stop words and without repeats. A phrase in quotes
 * counts word by word.
 *
 * @example queryTerms('Digital forensics for victims') // => ["digital", "forensics", "victims"]
 */
export function queryTerms(query: string): string[] {
  const words = query
    .split(/[\s"]+/)
    // A joined word counts by its parts, as Pagefind searches them.
    .flatMap((word) => (joinedParts(word).length > 0 ? joinedParts(word) : [word]))
    .map(normalWord)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  return [...new Set(words)];
}

/**
 * True when a word matched in a result stands for a query term: the same
 * word, a word the term begins (typing in progress), or the same stem.
 * A shorter word the term merely starts with ("for" for "forensics") does not.
 *
 * @example wordMeans('forensic', 'forensics') // => true
 * @example wordMeans('for', 'forensics') // => false
 */
export function wordMeans(word: string, term: string): boolean {
  const w = normalWord(word);
  if (w === '' || STOP_WORDS.has(w)) return false;
  if (w.startsWith(term)) return true;
  const [ws, ts] = [stemmer(w), stemmer(term)];
  return ws === ts || ws.startsWith(ts);
}

/** What a result gives of the words it matched: its text, the matched positions, and matched metadata. */
export interface MatchedResult {
  /** The indexed text of the result, as Pagefind gives it in `content`. */
  content: string;
  /** Positions of the matched words in `content`, counted in whitespace-separated words. */
  locations: readonly number[];
  meta: Readonly<Record<string, string | undefined>>;
  /** Metadata fields the query matched (Pagefind's `matchedMetaFields`). */
  matchedMetaFields?: readonly string[] | undefined;
}

/**
 * The words Pagefind matched in a result: the words at its locations and the
 * words of every metadata field it matched (the title, or the hidden
 * alternative terms such as "VAWG").
 */
export function matchedWords(result: MatchedResult): string[] {
  const words = result.content.split(/\s+/).filter((word) => word !== '');
  const inText = result.locations.flatMap((at) => (words[at] === undefined ? [] : [words[at]]));
  const inMeta = (result.matchedMetaFields ?? []).flatMap((field) => (result.meta[field] ?? '').split(/\s+/));
  return [...inText, ...inMeta].flatMap(wordParts);
}

/**
 * True when every meaningful word of the query is among the words the result
 * matched. A query of stop words only is about nothing.
 *
 * @example isAbout(['forensics'], { content: 'a proposal for the money', locations: [2], meta: {} }) // => false
 */
export function isAbout(terms: readonly string[], result: MatchedResult): boolean {
  if (terms.length === 0) return false;
  const matched = matchedWords(result);
  return terms.every((term) => matched.some((word) => wordMeans(word, term)));
}

/**
 * How a result's title answers the query: 2 when it is the query (a measure
 * or report named by it), 1 when it holds every meaningful word, else 0.
 *
 * @example titleMatch('999 calls received', '999 Calls Received') // => 2
 * @example titleMatch('Reserves Strategy adopted', 'reserves strategy') // => 1
 */
export function titleMatch(title: string, query: string): 0 | 1 | 2 {
  const words = (text: string) => text.split(/\s+/).map(normalWord).filter(Boolean);
  if (words(title).join(' ') === words(query).join(' ') && words(query).length > 0) return 2;
  const terms = queryTerms(query);
  const titleWords = words(title);
  return terms.length > 0 && terms.every((term) => titleWords.some((word) => wordMeans(word, term))) ? 1 : 0;
}
