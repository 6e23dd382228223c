/**
 * Writes the bench's synthetic entries as Starlight pages, in two forms:
 *
 * - as a user would set it up: each entry file becomes a page of its own,
 *   its front matter kept as it is with the `title` (and `description`, from
 *   its summary) Starlight requires, and its Markdown text as the page; each
 *   register gets a list page linking its entries, as ours does.
 * - with the same text as our pages: each of our built entry and list pages'
 *   main content (its HTML, without our h1, scripts and search attributes)
 *   becomes the page's text, under the same title, so that Starlight renders
 *   and indexes what ours does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Our content folders and the address of each one's register. */
export const REGISTERS: Record<string, string> = {
  meetings: 'meetings',
  decisions: 'decisions',
  'grant-rounds': 'grants',
  hmicfrs: 'hmicfrs',
  metrics: 'performance',
  'annual-reports': 'annual-reports',
  bodies: 'bodies',
};

/** Where the Starlight peer reads its pages from. */
export const STARLIGHT_DOCS = join(import.meta.dirname, 'starlight', 'src', 'content', 'docs');

const page = (data: Record<string, unknown>, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;

function split(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match
    ? { data: (parse(match[1] ?? '') as Record<string, unknown>) ?? {}, body: match[2] ?? '' }
    : { data: (parse(text) as Record<string, unknown>) ?? {}, body: '' };
}

function listPage(register: string, links: { title: string; id: string }[]): string {
  return page(
    { title: register },
    links.map(({ title, id }) => `- [${title.replace(/[[\]]/g, '')}](/${register}/${id}/)`).join('\n'),
  );
}

/** The first form: each entry file as a page, with the title and description Starlight requires. */
export function writeUserPages(contentDir: string, docs: string = STARLIGHT_DOCS): number {
  rmSync(docs, { recursive: true, force: true });
  let pages = 0;
  for (const [folder, register] of Object.entries(REGISTERS)) {
    const out = join(docs, register);
    mkdirSync(out, { recursive: true });
    const links: { title: string; id: string }[] = [];
    for (const file of readdirSync(join(contentDir, folder)).sort()) {
      const id = basename(file, extname(file));
      const { data, body } = split(readFileSync(join(contentDir, folder, file), 'utf8'));
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const title = text(data.title) ?? text(data.name) ?? `${text(data.body) ?? folder}, ${text(data.date) ?? id}`;
      const description = typeof data.summary === 'string' ? data.summary : undefined;
      writeFileSync(join(out, `${id}.md`), page({ ...data, title, ...(description ? { description } : {}) }, body));
      links.push({ title, id });
      pages += 1;
    }
    writeFileSync(join(out, 'index.md'), listPage(register, links));
    pages += 1;
  }
  // A home page linking the registers, as ours does.
  const home = Object.values(REGISTERS).map((register) => `- [${register}](/${register}/)`);
  writeFileSync(join(docs, 'index.md'), page({ title: 'Transparency portal' }, home.join('\n')));
  return pages + 1;
}

/** Our page's main content as Starlight's page text: without our h1 (Starlight writes its own), scripts or search attributes. */
export function mainText(html: string): { title: string; body: string } {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(main);
  const title = (h1?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
  const body = main
    .replace(/<h1\b[^>]*>[\s\S]*?<\/h1>/, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/\sdata-pagefind-[a-z-]+(="[^"]*")?/g, '')
    // A blank line would end Markdown's HTML block, and the rest would be read as Markdown.
    .replace(/\n\s*\n/g, '\n');
  return { title, body };
}

/** The second form: each of our built entry and list pages' main content, under its title. */
export function writeSameTextPages(ourDist: string, docs: string = STARLIGHT_DOCS): number {
  rmSync(docs, { recursive: true, force: true });
  let pages = 0;
  for (const register of Object.values(REGISTERS)) {
    const out = join(docs, register);
    mkdirSync(out, { recursive: true });
    const folder = join(ourDist, register);
    const ids = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const { name } of [{ name: '' }, ...ids]) {
      const file = join(folder, name, 'index.html');
      if (!existsSync(file)) continue; // Bodies have no list page of their own.
      const { title, body } = mainText(readFileSync(file, 'utf8'));
      writeFileSync(join(out, `${name || 'index'}.md`), page({ title: title || name || register }, body));
      pages += 1;
    }
  }
  const { title, body } = mainText(readFileSync(join(ourDist, 'index.html'), 'utf8'));
  writeFileSync(join(docs, 'index.md'), page({ title: title || 'Transparency portal' }, body));
  return pages + 1;
}
