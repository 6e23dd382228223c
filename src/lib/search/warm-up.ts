/**
 * The word a search page runs once while it loads, so that the first real
 * search is not also the browser's first run of Pagefind's WebAssembly.
 *
 * Why: the browser first runs WebAssembly from a quick, slow translation and
 * makes a fast one only for code that has run a while. The first search of a
 * common word paid for that: on 5,000 entries "police" took about 200 ms the
 * first time and about 105 ms from the third. A warm-up search of a rare word
 * or of nothing runs too little of the code to help; one of a word on most
 * results does. Pure: the build picks the word, the page searches it.
 */
import { STOP_WORDS, normalWord } from './relevance';

/** Short words say little and are often parts of longer ones; the search page, too, waits longer before searching one or two letters. */
const SHORTEST = 3;

/**
 * The word found in the most of the given texts (stop words and words under
 * three letters left out); between words found equally often, the first in
 * alphabetical order, so the same texts give the same word. None for no words.
 *
 * @example commonestWord(['Police budget', 'police custody', 'the budget']) // => "budget"
 */
export function commonestWord(texts: Iterable<string>): string | undefined {
  const found = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(text.split(/\s+/).map(normalWord));
    for (const word of words)
      if (word.length >= SHORTEST && !STOP_WORDS.has(word)) found.set(word, (found.get(word) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of found)
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0];
}
