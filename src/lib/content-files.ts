/**
 * Reads content files the way Astro's glob loader does (YAML frontmatter, or a
 * whole YAML file), for checks and tests that must run without a full build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'yaml';

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
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a Markdown file into frontmatter data and body.
 *
 * @example splitFrontmatter('---\ntitle: A\n---\nHello').data // => { title: 'A' }
 */
export function splitFrontmatter(source: string): { data: unknown; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  const body = match[2] ?? '';
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
  return { data: parse(match[1] ?? '') ?? {}, body, bodyLine };
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
        return { path, id, data: parse(source) as unknown, body: '', bodyLine: 1 };
      }
      return { path, id, ...splitFrontmatter(source) };
    });
}
