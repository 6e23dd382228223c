/**
 * Pagefind's excerpts, made ready to show: split at the <mark> tags around
 * the matched words, so the page can insert every part as text and never as
 * markup, and without the heading a part of a page starts with, which the
 * search page already shows as the part's link. Pure: used by the search
 * page's script and unit-tested on its own.
 * @see https://pagefind.app/docs/api/#using-the-excerpt
 */
import { escapeRegExp } from '../../domain/reg-exp';

export interface ExcerptPart {
  /** As Pagefind wrote it: HTML-escaped, so the page decodes it as text. */
  text: string;
  marked: boolean;
}

/**
 * @example excerptParts('most cases of <mark>stalking</mark> are') // => [{ text: 'most cases of ', marked: false }, { text: 'stalking', marked: true }, { text: ' are', marked: false }]
 */
export function excerptParts(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>.*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      return marked ? { text: marked[1] ?? '', marked: true } : { text: part, marked: false };
    });
}

/** Escapes as Pagefind does in excerpts, so that a heading can be compared with one. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Drops the first `count` characters of the text, wherever the marks fall, and the spaces after them. */
function dropStart(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  let left = count;
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    const text = part.text.slice(left);
    left = Math.max(0, left - part.text.length);
    const trimmed = kept.length === 0 ? text.trimStart() : text;
    if (trimmed !== '') kept.push({ ...part, text: trimmed });
  }
  return kept;
}

/**
 * The excerpt of a part of a page without the heading it starts with.
 * Pagefind indexes a heading as a sentence ("4.i. Stalking. Discussed…"), and
 * the excerpt may begin partway through it ("Precept 2015/16. The…"), so any
 * ending of the heading, whole words followed by a full stop, is taken off.
 *
 * @example withoutHeading(excerptParts('4.i. <mark>Stalking.</mark> Discussed'), '4.i. Stalking') // => [{ text: 'Discussed', marked: false }]
 */
export function withoutHeading(parts: readonly ExcerptPart[], heading: string): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  const words = escapeHtml(heading.trim()).split(/\s+/);
  for (let first = 0; first < words.length; first += 1) {
    const ending = words.slice(first).join(' ');
    const sentence = /[.?!:]$/.test(ending) ? ending : `${ending}.`;
    if (text.startsWith(sentence) && (text.length === sentence.length || /\s/.test(text[sentence.length] ?? ''))) {
      return dropStart(parts, sentence.length);
    }
  }
  return [...parts];
}

/**
 * An excerpt around the first place the text says one of `phrases`, with it
 * marked: for a result found through a hidden alternative term ("S106" for a
 * page that says "Section 106"), whose Pagefind excerpt marks nothing, so the
 * reader still sees why it matched. Undefined when the text says none of them.
 *
 * @example excerptAround('The Board agreed Section 106 money for vehicles.', ['Section 106'], 4)
 * // => [{ text: '…Board agreed ', marked: false }, { text: 'Section 106', marked: true }, { text: ' money for…', marked: false }]
 */
export function excerptAround(content: string, phrases: readonly string[], words = 30): ExcerptPart[] | undefined {
  const usable = phrases.filter((phrase) => phrase.trim() !== '');
  if (usable.length === 0) return undefined;
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${usable.map(escapeRegExp).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'iu');
  const found = pattern.exec(content);
  if (!found) return undefined;
  const start = found.index + (found[1]?.length ?? 0);
  const end = start + (found[2]?.length ?? 0);
  const side = Math.max(1, Math.floor((words - 1) / 2));
  // The words either side as written, spaces and punctuation included.
  const beforeRaw = content.slice(0, start);
  const afterRaw = content.slice(end);
  const before = new RegExp(`(?:\\S+\\s+){0,${side}}\\S*$`).exec(beforeRaw)?.[0] ?? '';
  const after = new RegExp(`^\\S*(?:\\s+\\S+){0,${side}}`).exec(afterRaw)?.[0] ?? '';
  return [
    { text: escapeHtml(`${before.length < beforeRaw.length ? '…' : ''}${before}`), marked: false },
    { text: escapeHtml(content.slice(start, end)), marked: true },
    { text: escapeHtml(`${after}${after.length < afterRaw.length ? '…' : ''}`), marked: false },
  ].filter((part) => part.text !== '');
}
