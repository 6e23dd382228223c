/**
 * Finds executable or injected content in the files of a built site, one file
 * at a time, with real parsers: htmlparser2 for HTML (and for the HTML inside
 * feed items), fast-xml-parser for XML, ical.js for calendars, csv-parse for
 * CSV and JSON.parse for JSON. Each function takes a file's text and returns
 * its findings, one line each; an empty list means the file is inert.
 *
 * Content under test carries a marker (letters and digits, e.g. "XSS3F41"),
 * so markup built from content can be told from the site's own markup:
 * an element, attribute or comment whose name or text holds a marker was
 * written by an author, not by the site. Everything else is judged on what it
 * is (an event handler, a script from elsewhere, a `javascript:` link), marker
 * or not. Where a file's shape matters (how many feed items, calendar events,
 * CSV rows), it is compared with the same file from a build of clean content.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import ICAL from 'ical.js';

/** The marker the hostile-content test puts at the start of each string; case-insensitive, as HTML names are. */
export const HOSTILE_MARKER = /XSS\d+F\d+/i;

/** Schemes a link or source may use; anything else (javascript:, data:, vbscript:) can run code. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Attributes whose value a browser loads, navigates to or submits to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'];

/** Elements that run or embed code, or change where the page's links go, whatever their attributes. */
const FORBIDDEN_ELEMENTS = ['object', 'embed', 'base'];

/** Where the site's own module scripts are served from. */
const OWN_SCRIPTS = '/_astro/';
/** The browser editor's prebuilt bundle, which its page at /admin/ loads as a classic script beside it. */
const EDITOR_SCRIPT = 'decap-cms.js';

/**
 * The scheme of an address as a browser reads it, once the entity decoding
 * the HTML parser has done: control characters (tabs and newlines included,
 * which browsers drop) removed and the ends trimmed. Undefined when the
 * address has no scheme (a path, a fragment, a query).
 *
 * @example schemeOf(' java\tscript:alert(1)') // => "javascript"
 */
export function schemeOf(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers ignore in addresses
  const cleaned = address.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** The marker without a global flag, so that `test` has no state between calls. */
const plain = (marker: RegExp) => new RegExp(marker.source, marker.flags.replace('g', ''));

const shorten = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * Findings in an HTML page: markup made from content (an element, attribute,
 * comment or processing instruction whose name or text holds the marker),
 * event handler attributes, scripts other than JSON-LD and the site's own
 * modules, JSON-LD that is not JSON or holds a raw `<`, `srcdoc`, object,
 * embed, base, meta refresh, addresses with a scheme other than
 * http/https/mailto/tel, and content inside CSS.
 */
export function htmlFindings(html: string, anyMarker: RegExp = HOSTILE_MARKER): string[] {
  const marker = plain(anyMarker);
  const findings: string[] = [];
  /** The script or style element being read, and its text so far. */
  let raw: { name: string; attributes: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (marker.test(name)) findings.push(`<${name}> is an element made from content`);
        if (FORBIDDEN_ELEMENTS.includes(name)) findings.push(`<${name}> can embed code`);
        if (name === 'meta' && (attributes['http-equiv'] ?? '').trim().toLowerCase() === 'refresh') {
          findings.push(`<meta http-equiv="refresh" content=${shorten(attributes.content ?? '')}> navigates away`);
        }
        if (name === 'script' || name === 'style') raw = { name, attributes, text: '' };
      },
      onattribute(name, value) {
        // Called for every attribute as written, duplicates included (a browser keeps the first).
        if (marker.test(name)) findings.push(`attribute ${shorten(name)} was made from content`);
        if (/^on/i.test(name)) findings.push(`event handler ${name}=${shorten(value)}`);
        if (name === 'srcdoc') findings.push(`srcdoc=${shorten(value)} embeds a document`);
        if (name === 'style' && marker.test(value)) findings.push(`content in a style attribute: ${shorten(value)}`);
        const scheme = URL_ATTRIBUTES.includes(name) ? schemeOf(value) : undefined;
        if (scheme && !SAFE_SCHEMES.includes(scheme)) findings.push(`${name}=${shorten(value)} uses ${scheme}:`);
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      onclosetag(name) {
        if (raw?.name !== name) return;
        findings.push(...rawTextFindings(raw.name, raw.attributes, raw.text, marker));
        raw = undefined;
      },
      oncomment(text) {
        if (marker.test(text)) findings.push(`comment made from content: ${shorten(text)}`);
      },
      onprocessinginstruction(name, text) {
        if (marker.test(text)) findings.push(`markup declaration made from content: ${shorten(text)}`);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return findings;
}

/** Findings for one script or style element, from its attributes and text. */
function rawTextFindings(name: string, attributes: Record<string, string>, text: string, marker: RegExp): string[] {
  if (name === 'style') return marker.test(text) ? [`content in a <style> element: ${shorten(text)}`] : [];
  const type = (attributes.type ?? '').trim().toLowerCase();
  if (type === 'application/ld+json') {
    const findings: string[] = [];
    try {
      JSON.parse(text);
    } catch {
      findings.push(`JSON-LD that is not JSON: ${shorten(text)}`);
    }
    if (text.includes('<')) findings.push(`JSON-LD with a raw "<", which can end the script: ${shorten(text)}`);
    return findings;
  }
  const src = attributes.src;
  if (src !== undefined) {
    return (type === 'module' && src.startsWith(OWN_SCRIPTS)) || (type === '' && src === EDITOR_SCRIPT)
      ? []
      : [`<script src=${shorten(src)}> is not the site's own`];
  }
  // Astro inlines a few small module scripts of its own; content must never be inside one.
  return marker.test(text) ? [`an inline script holds content: ${shorten(text)}`] : [];
}

/**
 * Anything that is markup when the text is read as HTML: an element, a
 * comment, a processing instruction or doctype. Escaped text has none.
 *
 * @example markupIn('5 &lt; 6') // => []
 * @example markupIn('<b>5</b>') // => ["<b>"]
 */
export function markupIn(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag: (name) => found.push(`<${name}>`),
    oncomment: (text) => found.push(`<!--${text}-->`),
    onprocessinginstruction: (name) => found.push(`<${name}>`),
  });
  parser.write(html);
  parser.end();
  return found;
}

/**
 * Entity references XML itself does not define (`&nbsp;`), which a strict
 * XML parser rejects. fast-xml-parser's validator accepts them, so they are
 * looked for in the text before it is parsed.
 */
function undefinedEntities(xml: string): string[] {
  const entities = xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)[^;\s]{0,12};?/gi) ?? [];
  return [...new Set(entities)].map((entity) => `entity ${shorten(entity)} is not XML`);
}

/** Findings in an XML file that is not a feed (the sitemap): it must be well-formed XML. */
export function xmlFindings(xml: string): string[] {
  const valid = XMLValidator.validate(xml);
  return [
    ...(valid === true ? [] : [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`]),
    ...undefinedEntities(xml),
  ];
}

interface Feed {
  /** Each item's elements and their text; an element holding elements is an object. */
  items: Record<string, unknown>[];
  /** Every element path in the feed, e.g. "rss.channel.item.title". */
  elements: string[];
}

/** Every element path under `node`, as parsed by fast-xml-parser (attributes ignored, text under "#text"). */
function elementPaths(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementPaths(child, path));
  if (!node || typeof node !== 'object') return [path];
  return [
    path,
    ...Object.entries(node)
      .filter(([key]) => key !== '#text' && key !== '?xml')
      .flatMap(([key, child]) => elementPaths(child, path ? `${path}.${key}` : key)),
  ];
}

/** An RSS feed, parsed; throws when the text is not well-formed XML or has no channel. */
function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // Numeric character references are XML; fast-xml-parser decodes them only with htmlEntities on.
  const parsed = new XMLParser({ parseTagValue: false, htmlEntities: true, trimValues: false }).parse(xml) as {
    rss?: { channel?: { item?: Record<string, unknown> | Record<string, unknown>[] } };
  };
  const channel = parsed.rss?.channel;
  if (!channel) throw new Error('has no <rss><channel>');
  const items = channel.item;
  return {
    items: items === undefined ? [] : Array.isArray(items) ? items : [items],
    elements: [...new Set(elementPaths(parsed, ''))].filter(Boolean).sort(),
  };
}

export interface FeedShape {
  items: number;
  /** Element paths, e.g. "rss.channel.item.title". */
  elements: string[];
}

/** How many items, and which elements, a clean build's feed has. */
export function feedShape(xml: string): FeedShape {
  const feed = parseFeed(xml);
  return { items: feed.items.length, elements: feed.elements };
}

/**
 * Findings in an RSS feed: it must parse; it must have as many items as the
 * clean build's feed and no element the clean build's does not (content
 * never becomes an element, e.g. an XHTML script in a title, which a browser
 * showing the feed would run); and each item's description, read as HTML as
 * feed readers do, must hold no markup at all (descriptions are escaped text).
 */
export function feedFindings(xml: string, clean: FeedShape): string[] {
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  const findings = undefinedEntities(xml);
  if (feed.items.length !== clean.items)
    findings.push(`has ${feed.items.length} items, the clean build ${clean.items}`);
  for (const element of feed.elements) {
    if (!clean.elements.includes(element)) findings.push(`has <${element}>, which the clean build does not`);
  }
  feed.items.forEach((item, i) => {
    const description = typeof item.description === 'string' ? item.description : '';
    const markup = markupIn(description);
    if (markup.length > 0) findings.push(`item ${i + 1}'s description holds markup ${markup.join(' ')}`);
  });
  return findings;
}

/** The calendar, parsed; throws when ical.js cannot read it. */
function calendar(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

/** Every component and property name in a calendar, e.g. "VEVENT" and "VEVENT.SUMMARY". */
function calendarNames(component: ICAL.Component, parent = ''): string[] {
  const name = parent ? `${parent}.${component.name.toUpperCase()}` : component.name.toUpperCase();
  return [
    name,
    ...component.getAllProperties().map((property) => `${name}.${property.name.toUpperCase()}`),
    ...component.getAllSubcomponents().flatMap((child) => calendarNames(child, name)),
  ];
}

export interface CalendarShape {
  events: number;
  /** Component and property names, e.g. "VCALENDAR.VEVENT.SUMMARY". */
  names: string[];
}

/** How many events, and which components and properties, a clean build's calendar has. */
export function calendarShape(ics: string): CalendarShape {
  const parsed = calendar(ics);
  return { events: parsed.getAllSubcomponents('vevent').length, names: [...new Set(calendarNames(parsed))].sort() };
}

/**
 * Findings in an iCalendar file: it must parse, end every line with CRLF,
 * have as many events as the clean build's, and no component or property the
 * clean build does not have (so no line of content became a line of the calendar).
 */
export function calendarFindings(ics: string, clean: CalendarShape): string[] {
  let shape: CalendarShape;
  try {
    shape = calendarShape(ics);
  } catch (error) {
    return [`not a calendar ical.js can read: ${(error as Error).message}`];
  }
  const findings: string[] = [];
  // Every iCalendar line ends with CRLF; ical.js splits lines at LF alone, but other clients also split at a
  // lone CR or LF, so one inside a value could start a line of its own there. (Counted, as no parser reports it.)
  const loneBreaks = ics.replace(/\r\n/g, '').match(/[\r\n]/g)?.length ?? 0;
  if (loneBreaks > 0) findings.push(`has ${loneBreaks} line breaks that are not CRLF`);
  if (shape.events !== clean.events) findings.push(`has ${shape.events} events, the clean build ${clean.events}`);
  for (const name of shape.names) {
    if (!clean.names.includes(name)) findings.push(`has ${name}, which the clean build does not`);
  }
  return findings;
}

/** First characters that make a spreadsheet cell a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export interface CsvShape {
  columns: string[];
  rows: number;
}

/** The header and the number of data rows of a clean build's CSV file. */
export function csvShape(csv: string): CsvShape {
  const [header = [], ...rows] = parseCsv(csv, { bom: true });
  return { columns: header, rows: rows.length };
}

/**
 * Findings in a CSV file: it must parse, with as many columns (every row:
 * csv-parse rejects a row of another length) and rows as the clean build's, and no cell may start with = + - @ tab or carriage return
 * (a spreadsheet runs it as a formula) unless it is a plain number such as -5.
 */
export function csvFindings(csv: string, clean: CsvShape): string[] {
  let records: string[][];
  try {
    records = parseCsv(csv, { bom: true });
  } catch (error) {
    return [`not CSV csv-parse can read: ${(error as Error).message}`];
  }
  const [header = [], ...rows] = records;
  const findings: string[] = [];
  // The number, not the names: a measure's CSV names each comparison column after the comparison's label.
  if (header.length !== clean.columns.length) {
    findings.push(`has ${header.length} columns (${header.join(',')}), the clean build ${clean.columns.length}`);
  }
  if (rows.length !== clean.rows) findings.push(`has ${rows.length} rows, the clean build ${clean.rows}`);
  records.forEach((record, row) =>
    record.forEach((cell, column) => {
      if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) {
        findings.push(`row ${row + 1}, column ${header[column] ?? column + 1} is a formula: ${shorten(cell)}`);
      }
    }),
  );
  return findings;
}

/** Findings in a JSON file: it must parse. */
export function jsonFindings(json: string): string[] {
  try {
    JSON.parse(json);
    return [];
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
}

/** Pagefind writes this before the JSON of each fragment. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: unknown;
  meta?: Record<string, unknown>;
  filters?: Record<string, unknown>;
}

/** A decompressed Pagefind fragment, parsed; throws when it is not one. */
function parseFragment(fragment: string): Fragment {
  if (!fragment.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`does not start with Pagefind's ${FRAGMENT_SIGNATURE}`);
  return JSON.parse(fragment.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}

/** The metadata and filter names of search fragments (each fragment is one page or record). */
export interface SearchShape {
  meta: string[];
  filters: string[];
}

/** The metadata and filter names of one clean fragment. */
export function searchFragmentShape(fragment: string): SearchShape {
  const parsed = parseFragment(fragment);
  return { meta: Object.keys(parsed.meta ?? {}).sort(), filters: Object.keys(parsed.filters ?? {}).sort() };
}

/** Every name any of the clean build's fragments has: fragments are named by a hash of their text, so they are compared all together. */
export function mergeSearchShapes(shapes: readonly SearchShape[]): SearchShape {
  return {
    meta: [...new Set(shapes.flatMap((shape) => shape.meta))].sort(),
    filters: [...new Set(shapes.flatMap((shape) => shape.filters))].sort(),
  };
}

/**
 * Findings in a decompressed Pagefind fragment (one page's text, title,
 * metadata and filters, as the search page shows them): after its signature
 * it must be JSON, its address must be one of the site's, and, given the
 * clean build's names, it may have no metadata or filter the clean build did
 * not (content cannot give a result a title, image or address of its own).
 */
export function searchFragmentFindings(fragment: string, clean?: SearchShape): string[] {
  let parsed: Fragment;
  try {
    parsed = parseFragment(fragment);
  } catch (error) {
    return [error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message];
  }
  const findings: string[] = [];
  if (typeof parsed.url !== 'string' || !parsed.url.startsWith('/') || parsed.url.startsWith('//')) {
    findings.push(`its address ${shorten(String(parsed.url))} is not a path on the site`);
  }
  if (clean) {
    const shape = { meta: Object.keys(parsed.meta ?? {}), filters: Object.keys(parsed.filters ?? {}) };
    for (const name of shape.meta.filter((key) => !clean.meta.includes(key))) {
      findings.push(`has metadata ${shorten(name)}, which the clean build does not`);
    }
    for (const name of shape.filters.filter((key) => !clean.filters.includes(key))) {
      findings.push(`has a filter ${shorten(name)}, which the clean build does not`);
    }
  }
  return findings;
}

/** Findings in the site's own code (JavaScript, CSS): no content may be compiled into it. */
export function codeFindings(code: string, marker: RegExp = HOSTILE_MARKER): string[] {
  const found = new RegExp(marker.source, `${marker.flags.replace('g', '')}g`);
  const markers = [...new Set(code.match(found) ?? [])];
  return markers.length > 0 ? [`holds content (${markers.join(', ')}) inside code`] : [];
}

/** The clean build's shape of one file, for the files judged against it. */
export type CleanShape = FeedShape | CalendarShape | CsvShape | SearchShape;

type Kind = 'html' | 'feed' | 'xml' | 'calendar' | 'csv' | 'json' | 'search-fragment' | 'code' | 'other';

/** What a built file is, from its path relative to the site's root. */
export function kindOf(path: string): Kind {
  if (path.endsWith('.html')) return 'html';
  if (path.endsWith('.xml')) return path.startsWith('feeds/') ? 'feed' : 'xml';
  if (path.endsWith('.ics')) return 'calendar';
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.json')) return 'json';
  // Pagefind's fragments are JSON after a signature once decompressed; its index and meta files are binary.
  if (path.endsWith('.pf_fragment')) return 'search-fragment';
  if (/\.(m?js|css)$/.test(path)) return 'code';
  return 'other';
}

/**
 * The clean shape of a feed, calendar, CSV file or search fragment; undefined
 * for kinds judged on their own. (Merge the fragments' with mergeSearchShapes.)
 */
export function shapeOf(path: string, text: string): CleanShape | undefined {
  switch (kindOf(path)) {
    case 'feed':
      return feedShape(text);
    case 'calendar':
      return calendarShape(text);
    case 'csv':
      return csvShape(text);
    case 'search-fragment':
      return searchFragmentShape(text);
    default:
      return undefined;
  }
}

/**
 * Findings in any built file, by its kind; `clean` is the same file's shape in
 * the clean build (needed for feeds, calendars and CSV: a file the clean build
 * did not have is itself a finding), or for a search fragment the merged
 * shape of all the clean build's fragments.
 */
export function outputFindings(
  path: string,
  text: string,
  clean: CleanShape | undefined,
  marker: RegExp = HOSTILE_MARKER,
): string[] {
  const kind = kindOf(path);
  const needsClean = kind === 'feed' || kind === 'calendar' || kind === 'csv';
  if (needsClean && clean === undefined) return ['the clean build has no such file to compare with'];
  switch (kind) {
    case 'html':
      return htmlFindings(text, marker);
    case 'feed':
      return feedFindings(text, clean as FeedShape);
    case 'xml':
      return xmlFindings(text);
    case 'calendar':
      return calendarFindings(text, clean as CalendarShape);
    case 'csv':
      return csvFindings(text, clean as CsvShape);
    case 'json':
      return jsonFindings(text);
    case 'search-fragment':
      return searchFragmentFindings(text, clean as SearchShape | undefined);
    case 'code':
      return codeFindings(text, marker);
    default:
      return [];
  }
}
