/**
 * `npm run check`: checks every content file (schemas, references, impossible
 * dates, duplicate ids, withheld rules, MDX safety) without building the site,
 * and reports every problem at once, grouped by file. Exit code 1 on any error.
 * Under CI=true it also prints GitHub Actions annotations.
 */
import { contentDir } from '../src/lib/content/paths';
import { loadSiteConfig } from '../src/lib/content/site-config';
import { checkContent } from '../src/lib/checks';
import { formatReport, githubAnnotation } from '../src/lib/checks/report';

// 1. The site config comes first: every other check needs its themes and embed hosts.
let site;
try {
  site = loadSiteConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// 2. Every content file, its references and its body.
const started = performance.now();
const { entries, issues } = checkContent(
  contentDir,
  site.themes.map((t) => t.id),
  { embedHosts: site.embedHosts },
);
const filesChecked = Object.values(entries).reduce((n, list) => n + list.length, 0);

// 3. Report: grouped text for people, annotations for the pull request.
console.log(formatReport(issues, filesChecked));
if (process.env.CI === 'true') for (const issue of issues) console.log(githubAnnotation(issue));
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exit(issues.some((i) => i.severity === 'error') ? 1 : 0);
