/**
 * What the search page shows, as DOM nodes made from plain data: a result, the
 * filter checkboxes and the help for a search that finds nothing. Nothing here
 * keeps state or reads the page; the search component (search-page.client.ts)
 * decides what to show and puts these where they belong. Text is always set
 * as text, never as HTML: a record's title or excerpt cannot add markup.
 */
import { formatDate } from '../../lib/rules/format';
import { type ExcerptPart, excerptParts, withoutHeading } from '../../lib/search/excerpts';
import { matchingSections, type SubResult } from '../../lib/search/sections';
import { FILTER_KEYS, FILTER_LABELS, type FilterKey } from '../../lib/search/state';

export interface ResultData {
  url: string;
  excerpt: string;
  /** The indexed text and the positions of the matched words in it. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  /** The result's filter values, which also say what to display: its type, body and status. */
  filters: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
  /** Copied from the hit, so the relevance check can see which metadata matched. */
  matchedMetaFields?: string[];
}

/** Decodes HTML entities as plain text; a textarea never runs or renders markup. */
function decode(html: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}

/** Pagefind's excerpts mark matches with <mark>; everything else is inserted as text. */
function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(decode(part.text));
    const mark = document.createElement('mark');
    mark.textContent = decode(part.text);
    return mark;
  });
}

/** One result: its linked title, its type, body, date and status, the excerpt, and the parts of the page that matched. */
export function resultItem(result: ResultData, excerpt: readonly ExcerptPart[]): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'tp-meta';
  const [type, body, status] = (['type', 'body', 'status'] as const).map((key) => result.filters[key]?.[0]);
  const { isoDate } = result.meta;
  const when = isoDate
    ? Object.assign(document.createElement('time'), {
        dateTime: isoDate,
        textContent: result.meta.date ?? formatDate(isoDate),
      })
    : undefined;
  const parts = [type, body, when, status].filter((part): part is string | HTMLTimeElement => Boolean(part));
  meta.append(...parts.flatMap((part, i) => (i === 0 ? [part] : [' · ', part])));
  const shown = document.createElement('p');
  shown.append(...excerptNodes(excerpt));
  item.append(heading, meta, shown);
  // The agenda items (or other headed parts) of the page that matched, each landing on its anchor.
  const sections = matchingSections(result.url, result.sub_results ?? []);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'tp-search__sections';
    for (const section of sections) {
      const part = document.createElement('li');
      const partLink = document.createElement('a');
      partLink.href = section.url;
      partLink.textContent = section.title;
      part.append(partLink);
      const partExcerpt = withoutHeading(excerptParts(section.excerpt), section.title);
      if (partExcerpt.length > 0) {
        const span = document.createElement('span');
        span.append(' – ', ...excerptNodes(partExcerpt));
        part.append(span);
      }
      list.append(part);
    }
    item.append(list);
  }
  return item;
}

/**
 * A group of checkboxes for each filter with values in the index, each with its
 * count among the current results. A value with no results is left out
 * (unless chosen), so no list of "(0)"s stands between a reader and the results.
 */
export function filterGroups(
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  chosen: Record<FilterKey, readonly string[]>,
): HTMLFieldSetElement[] {
  return FILTER_KEYS.filter((key) => Object.keys(all[key] ?? {}).length > 0).flatMap((key) => {
    const values = Object.keys(all[key] ?? {})
      .filter((value) => (counts[key]?.[value] ?? 0) > 0 || chosen[key].includes(value))
      .sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    if (values.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key];
    fieldset.append(legend);
    values.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const wrapper = document.createElement('div');
      wrapper.className = 'tp-check';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = key;
      box.value = value;
      box.checked = chosen[key].includes(value);
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${value} (${counts[key]?.[value] ?? 0})`;
      wrapper.append(box, label);
      fieldset.append(wrapper);
    });
    return [fieldset];
  });
}

/** Says that nothing was found, and what to try: spelling, other words, fewer filters, or the registers. */
export function nothingFound(
  query: string,
  why: { onlyCommonWords: boolean; filtered: boolean },
  registerLinks: readonly HTMLAnchorElement[],
): Node[] {
  const heading = document.createElement('h2');
  heading.textContent = why.onlyCommonWords
    ? `“${query}” is made of words too common to search for`
    : `Nothing on this portal matches “${query}”`;
  const tips = document.createElement('ul');
  const tip = (text: string) => Object.assign(document.createElement('li'), { textContent: text });
  tips.append(
    tip('Check the spelling.'),
    tip('Try fewer words, or other words for the same thing: “DA” or “domestic abuse”, “999” or “emergency calls”.'),
  );
  if (why.filtered) tips.append(tip('Remove some filters.'));
  const browse = document.createElement('p');
  browse.append('Or browse the registers: ');
  registerLinks.forEach((link, i) => {
    browse.append(i === 0 ? '' : i === registerLinks.length - 1 ? ' and ' : ', ');
    browse.append(link.cloneNode(true));
  });
  browse.append('.');
  return [heading, tips, browse];
}
