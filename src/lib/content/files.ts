/**
 * Reads content files the way the build does (YAML frontmatter, a whole
 * YAML file, or a CSV table), for checks and tests that must run without a full build: every
 * file in a collection's folder and its subfolders, with the same entry id the
 * build gives it (see content-ids.ts). Files are read as authors' editors
 * write them: a UTF-8 byte-order mark and Windows line endings are fine;
 * bytes that are not UTF-8 are reported with their line.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Explanation } from '../../domain/explain';
import { readCsv } from './csv';
import { entryIdOf } from './ids';
import { type Document, LineCounter, parse, parseDocument, YAMLParseError } from 'yaml';

export interface ContentFile {
  /** Path relative to the working directory, for messages. */
  path: string;
  /** Entry id: the file name without its extension, wherever the file is in the collection's folder. */
  id: string;
  /** Parsed frontmatter (or the whole YAML document). */
  data: unknown;
  /** Markdown body after the frontmatter; empty for YAML files. */
  body: string;
  /** Line of the file on which the body starts (1-based), for messages about the body. */
  bodyLine: number;
  /**
   * The YAML text (frontmatter, or the whole file) and the file line it starts
   * on, for locating fields; for a CSV file, no text but the line of each row.
   */
  yaml: FieldLocations;
  /** Set when the YAML (or a CSV file) cannot be read at all: the file line and what the parser found. */
  yamlError?: { line: number } & Explanation;
  /** Set when a Markdown file has no frontmatter block at its start, or one that is never closed. */
  noFrontmatter?: 'missing' | 'unclosed';
  /** Set when the file is not UTF-8 text: the first line with a byte that is not. */
  encodingError?: { line: number } & Explanation;
}

/** Where a file's fields are, for putting each problem on its line. */
export interface FieldLocations {
  text: string;
  firstLine: number;
  /** For a CSV file (data `{ month, columns, rows }`): the line each row starts on. */
  rowLines?: readonly number[];
}

/** A file in a collection's folder that is not a content file of that collection, so will not be published. */
export interface StrayFile {
  path: string;
}

/**
 * Parses YAML text that starts on `firstLine` of its file. A syntax error is
 * returned, not thrown, so that one broken file is reported with the others
 * instead of stopping the check with a stack trace.
 *
 * Read with js-yaml, about eight times faster than `yaml` on 5,000 files,
 * with its core schema, so that dates stay text as written ("2023-02-30" is
 * reported as impossible rather than read as 2 March). A file js-yaml cannot
 * read goes to `yaml`, whose errors give the line and a plain message.
 *
 * @example parseYaml('title: "A', 2).yamlError?.line // => 2
 */
export function parseYaml(text: string, firstLine: number): Pick<ContentFile, 'data' | 'yamlError'> {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) ?? {} };
  } catch {
    // Read again below for the error report.
  }
  try {
    return { data: (parse(text) as unknown) ?? {} };
  } catch (error) {
    const parseError = error instanceof YAMLParseError ? error : undefined;
    let line = parseError?.linePos?.[0].line ?? 1;
    // An unclosed quotation mark is noticed where the text ends; point at the line that opens it.
    if (parseError?.code === 'MISSING_CHAR') line = lineWithUnclosedQuote(text, line) ?? line;
    line += firstLine - 1;
    return { data: {}, yamlError: { line, ...yamlProblem(parseError?.code) } };
  }
}

/**
 * The first line, up to `before`, with an odd number of double or single
 * quotation marks: where a quoted value starts and is never closed.
 *
 * @example lineWithUnclosedQuote('a: 1\nb: "two\nc: 3', 3) // => 2
 */
export function lineWithUnclosedQuote(text: string, before: number): number | undefined {
  const lines = text.split(/\r?\n/).slice(0, before);
  const index = lines.findIndex((line) => {
    const doubles = (line.replace(/\\./g, '').match(/"/g) ?? []).length;
    const singles = (line.replace(/''/g, '').match(/'/g) ?? []).length;
    return doubles % 2 === 1 || (doubles === 0 && singles % 2 === 1 && /(^|[:\-[,]\s*)'/.test(line));
  });
  return index < 0 ? undefined : index + 1;
}

/**
 * What a YAML syntax error means for someone writing fields, and how to fix
 * it, in place of the parser's own wording ("Nested mappings are not allowed
 * in compact mappings").
 */
const YAML_PROBLEMS: Record<string, Explanation> = {
  BLOCK_AS_IMPLICIT_KEY: {
    problem: 'a colon followed by a space inside a value makes it look like a new field',
    fix: 'put the whole value in double quotes, e.g. title: "Item 3: Estates"',
  },
  DUPLICATE_KEY: {
    problem: 'a field appears twice here',
    fix: 'keep one of them (only one value can be published)',
  },
  TAB_AS_INDENT: { problem: 'a tab is used to indent', fix: 'indent with spaces only, two for each level' },
  BAD_INDENT: {
    problem: 'this line is not indented like the lines around it',
    fix: 'line up fields of the same level, two spaces for each level, and start list items with "- "',
  },
  MISSING_CHAR: {
    problem: 'a quotation mark or bracket is opened and never closed',
    fix: 'close it, or remove it',
  },
  UNEXPECTED_TOKEN: {
    problem: 'there is text after a closing quotation mark, or a quote inside a value',
    fix: 'put the whole value in double quotes, and write a double quote inside it as \\"',
  },
  BAD_SCALAR_START: {
    problem: 'a value starts with a character YAML reserves (@, `, %, & or *)',
    fix: 'put the whole value in double quotes',
  },
  MULTILINE_IMPLICIT_KEY: {
    problem: 'a line has no colon, so it is not a field',
    fix: 'write it as "name: value", or indent it under the field it belongs to',
  },
};

/** What a YAML error code means, and how to fix it. */
export function yamlProblem(code: string | undefined): Explanation {
  return (
    (code ? YAML_PROBLEMS[code] : undefined) ?? {
      problem: 'this line cannot be read as fields',
      fix: 'check the quotes, colons and indentation on this line and the lines above it, and put any value with a colon, # or quotation mark in double quotes',
    }
  );
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a Markdown file into frontmatter data and body.
 *
 * @example splitFrontmatter('---\ntitle: A\n---\nHello').data // => { title: 'A' }
 */
export function splitFrontmatter(
  source: string,
): Pick<ContentFile, 'data' | 'yamlError' | 'body' | 'bodyLine' | 'yaml' | 'noFrontmatter'> {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    const noFrontmatter = /^---\r?\n/.test(source) ? 'unclosed' : 'missing';
    return { data: {}, body: source, bodyLine: 1, yaml: { text: '', firstLine: 1 }, noFrontmatter };
  }
  const body = match[2] ?? '';
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
  const text = match[1] ?? '';
  return { ...parseYaml(text, 2), body, bodyLine, yaml: { text, firstLine: 2 } };
}

let lastDocument: { text: string; doc: Document; counter: LineCounter } | undefined;

/**
 * The YAML document with source positions, parsed only when a line is needed
 * (the positions cost more than the data) and reused while the findings of
 * one file are located; only the last file is kept, so memory stays flat.
 */
function yamlDocument(text: string): { doc: Document; counter: LineCounter } {
  if (lastDocument?.text !== text) {
    const counter = new LineCounter();
    lastDocument = { text, doc: parseDocument(text, { lineCounter: counter }), counter };
  }
  return lastDocument;
}

/**
 * The file line of a field, found by walking the YAML document, or the
 * nearest parent that exists (a missing field is reported where its parent is).
 *
 * @example lineOfField({ text: 'a:\n  b: 1', firstLine: 2 }, ['a', 'b']) // => 3
 */
export function lineOfField(yaml: FieldLocations, path: readonly PropertyKey[]): number | undefined {
  // A CSV file: a row's problems are on its line, the rest on the header's.
  if (yaml.rowLines) return path[0] === 'rows' && typeof path[1] === 'number' ? yaml.rowLines[path[1]] : 1;
  const { doc, counter } = yamlDocument(yaml.text);
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return counter.linePos(node.range[0] as number).line + yaml.firstLine - 1;
    }
  }
  return undefined;
}

const BOM = '\uFEFF';

/**
 * A path as messages show it: relative to the working directory when the file
 * is inside it (content/meetings/x.md), in full otherwise.
 *
 * @example displayPath(`${process.cwd()}/content/site.yaml`) // => "content/site.yaml"
 */
export function displayPath(full: string): string {
  const shown = relative(process.cwd(), full);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? full : shown;
}

/**
 * The text of a file's bytes, or the first line that is not UTF-8. A byte-order
 * mark is dropped. Lines are split on the newline byte, which never occurs
 * inside a UTF-8 character, so each line can be checked on its own.
 *
 * @example decodeUtf8(Buffer.from('\uFEFFtitle: A')) // => { text: 'title: A' }
 * @example decodeUtf8(Buffer.from([0x61, 0x0a, 0xa3, 0x35])).error?.line // => 2
 */
export function decodeUtf8(
  bytes: Buffer,
): { text: string; error?: undefined } | { text?: undefined; error: { line: number } & Explanation } {
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    return { text: text.startsWith(BOM) ? text.slice(1) : text };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      error: {
        line: 1,
        problem: 'is saved as UTF-16 ("Unicode"), not UTF-8',
        fix: 'save it again as UTF-8 (in Notepad: File, Save as, Encoding "UTF-8")',
      },
    };
  }
  let line = 1;
  let start = 0;
  for (let at = 0; at <= bytes.length; at += 1) {
    if (at === bytes.length || bytes[at] === 0x0a) {
      if (!isUtf8(bytes.subarray(start, at))) break;
      line += 1;
      start = at + 1;
    }
  }
  return {
    error: {
      line,
      problem: 'has a character that is not UTF-8 on this line (the file was probably saved as "ANSI" or Windows-1252)',
      fix: 'save the file as UTF-8, then check the £ signs, dashes and quotation marks on this line',
    },
  };
}

/** Reads and parses one content file, with the path messages show and the id the build gives it. */
export function readContentFile(full: string): ContentFile {
  const path = displayPath(full);
  const ext = extname(full);
  const id = entryIdOf(full);
  const decoded = decodeUtf8(readFileSync(full));
  if (decoded.error) {
    return {
      path,
      id,
      data: {},
      body: '',
      bodyLine: 1,
      yaml: { text: '', firstLine: 1 },
      encodingError: decoded.error,
    };
  }
  if (ext === '.csv') {
    const table = readCsv(decoded.text);
    return {
      path,
      id,
      // The file is named for its month; the schema checks that it is one, and that each row falls in it.
      data: { month: id, columns: table.columns, rows: table.rows },
      ...(table.error ? { yamlError: table.error } : {}),
      body: '',
      bodyLine: 1,
      yaml: { text: '', firstLine: 1, rowLines: table.rowLines },
    };
  }
  if (ext === '.yaml' || ext === '.yml') {
    return {
      path,
      id,
      ...parseYaml(decoded.text, 1),
      body: '',
      bodyLine: 1,
      yaml: { text: decoded.text, firstLine: 1 },
    };
  }
  return { path, id, ...splitFrontmatter(decoded.text) };
}

/**
 * The paths of every content file with one of `extensions` in `folder` and its
 * subfolders, in path order, and every other file there, which will not be
 * published. Hidden files and folders (`.DS_Store`, `.git`) are skipped.
 */
export function listContentFolder(
  folder: string,
  extensions: readonly string[],
): { paths: string[]; strays: StrayFile[] } {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return { paths: [], strays: [] };
  }
  const paths: string[] = [];
  const strays: StrayFile[] = [];
  for (const name of names) {
    if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
    const full = join(folder, name);
    if (!statSync(full).isFile()) continue;
    if (extensions.includes(extname(name))) paths.push(full);
    else strays.push({ path: displayPath(full) });
  }
  return { paths, strays };
}

/** {@link listContentFolder}, with each content file read and parsed. */
export function readContentFolder(
  folder: string,
  extensions: readonly string[],
): { files: ContentFile[]; strays: StrayFile[] } {
  const { paths, strays } = listContentFolder(folder, extensions);
  return { files: paths.map(readContentFile), strays };
}

/** What sits at the top of the content folder, in name order, hidden names left out; empty when it does not exist. */
export function readContentTop(contentDir: string): { name: string; path: string; isFolder: boolean }[] {
  try {
    return readdirSync(contentDir, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => ({
        name: entry.name,
        path: displayPath(join(contentDir, entry.name)),
        isFolder: entry.isDirectory(),
      }));
  } catch {
    return [];
  }
}
