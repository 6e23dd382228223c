/**
 * Runs axe-core in a page with the WCAG 2.2 AA rules and best practices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules switched off, each with the reason. None at present. */
export const DISABLED_RULES: Record<string, string> = {};

/** Violations on the page as it is now, one line each: `rule: help (targets)`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the site's Content
  // Security Policy rightly refuses inline scripts it did not write.
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    { tags: TAGS, disabled: Object.keys(DISABLED_RULES) },
  );
}
