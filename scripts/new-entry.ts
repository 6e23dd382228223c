/**
 * `npm run new -- <kind> [title words…] [--body <id>] [--date YYYY-MM-DD]`:
 * writes a valid new entry with today's date and the right file name, and
 * says where to edit it. The kinds are those with a starter in the registry
 * (src/collections): meeting, decision, grant-round, hmicfrs and metric at launch.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/paths';
import { loadSiteConfig } from '../src/lib/content/site-config';
import { buildDate } from '../src/lib/content/build-date';
import { scaffold, STARTERS } from '../src/lib/content/scaffold';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { body: { type: 'string' }, date: { type: 'string' } },
});
const [kind, ...titleWords] = positionals;
const kinds = [...STARTERS.keys()];
if (!kind || !STARTERS.has(kind)) {
  console.error(`Say what to create: npm run new -- <${kinds.join('|')}> [title] [--body <id>] [--date YYYY-MM-DD]`);
  process.exit(1);
}
const date = values.date ?? buildDate();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`--date must be written YYYY-MM-DD, not "${date}"`);
  process.exit(1);
}
const site = loadSiteConfig();
const entry = scaffold(kind, {
  date,
  title: titleWords.length > 0 ? titleWords.join(' ') : undefined,
  body: values.body,
  theme: site.themes[0].id,
})!;
const target = join(contentDir, entry.path);
if (existsSync(target)) {
  console.error(`${relative(process.cwd(), target)} already exists: choose another title or date.`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);
console.log(`Created ${relative(process.cwd(), target)}`);
console.log('Edit it: replace every "Replace with…" line, then run "npm run check".');
