/**
 * Reads content files the way Astro's glob loader does (YAML frontmatter, or a
 * whole YAML file), for checks and tests that must run without a full build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { type Document, LineCounter, parse, parseDocument, YAMLParseError } from 'yaml';

export interface ContentFile {
  /** Path relative to the working directory, for messages. */
  path: string;
  /** Entry id: the file name without its extension. */
  id: string;
  /** Parsed frontmatter (or the whole YAML document). */
  data: unknown;
  /** Markdown body after the frontmatter; empty for YAML files. */
  body: string;
  /** Line of the file on which the body starts (1-based), for messages about the body. */
  bodyLine: number;
  /** The YAML text (frontmatter, or the whole file) and the file line it starts on, for locating fields. */
  yaml: { text: string; firstLine: number };
  /** Set when the YAML cannot be read at all: the file line and what the parser found. */
  yamlError?: { line: number; message: string };
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
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    // The parser's message ends with a copy of the line; the first line says what is wrong.
    const [what = 'unreadable YAML'] = error.message.split('\n');
    return { data: {}, yamlError: { line, message: what.replace(/ at line \d+, column \d+:?$/, '') } };
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a Markdown file into frontmatter data and body.
 *
 * @example splitFrontmatter('---\ntitle: A\n---\nHello').data // => { title: 'A' }
 */
export function splitFrontmatter(
  source: string,
): Pick<ContentFile, 'data' | 'yamlError' | 'body' | 'bodyLine' | 'yaml'> {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1, yaml: { text: '', firstLine: 1 } };
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
export function lineOfField(
  yaml: { text: string; firstLine: number },
  path: readonly PropertyKey[],
): number | undefined {
  const { doc, counter } = yamlDocument(yaml.text);
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return counter.linePos(node.range[0] as number).line + yaml.firstLine - 1;
    }
  }
  return undefined;
}

/** Lists and parses every file with one of `extensions` directly in `folder`. */
export function readContentFolder(folder: string, extensions: readonly string[]): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => extensions.includes(extname(name)))
    .map((name) => {
      const full = join(folder, name);
      const source = readFileSync(full, 'utf8');
      const path = relative(process.cwd(), full);
      const id = name.slice(0, -extname(name).length);
      if (extname(name) === '.yaml' || extname(name) === '.yml') {
        return {
          path,
          id,
          ...parseYaml(source, 1),
          body: '',
          bodyLine: 1,
          yaml: { text: source, firstLine: 1 },
        };
      }
      return { path, id, ...splitFrontmatter(source) };
    });
}
