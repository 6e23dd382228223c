/**
 * What content authors may put in a Markdown or MDX body. Markdown formatting
 * is always fine. In MDX, only the components the portal provides and a few
 * harmless HTML elements are allowed; no imports, no code, no scripts, no
 * event handlers, no styles, no iframes except from allowed hosts, and no
 * javascript: links. Plain Markdown files may not contain raw HTML at all.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseMdx } from './mdx-tree';
import { METRIC_ATTRIBUTES } from './metric-refs';

/** Components authors may use in MDX (see src/components/mdx/EntryBody.astro). */
export const ALLOWED_COMPONENTS = Object.keys(METRIC_ATTRIBUTES);
/** HTML elements that cannot run code or change the layout. */
export const ALLOWED_ELEMENTS = ['abbr', 'br', 'sub', 'sup', 'details', 'summary', 'iframe'];

export interface BodyProblem {
  /** Line within the body, 1-based. */
  line: number;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const unsafeUrl = (url: string) => /^\s*(javascript|vbscript|data):/i.test(url);

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

/**
 * Problems with an MDX or Markdown body, each with its line and the fix.
 *
 * @example checkBody('<script>alert(1)</script>', 'mdx', ['webcasts.example.org'])[0].message
 * // => '<script> is not allowed: content may use only Metric, TrendChart and Markdown formatting'
 */
export function checkBody(body: string, kind: 'md' | 'mdx', iframeHosts: readonly string[]): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let tree: Node;
  try {
    tree = kind === 'mdx' ? parseMdx(body) : fromMarkdown(body);
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1;
    return [
      {
        line,
        message: `the text is not valid MDX (${(error as Error).message}): check for a stray "<" or "{", or write it as &lt; or \\{`,
      },
    ];
  }
  const allowedList = `${ALLOWED_COMPONENTS.join(', ')} and Markdown formatting`;
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          message: `import and export are not allowed: content may use only ${allowedList}, with no import line`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ line, message: 'code in { } is not allowed: write the text itself, or escape a brace as \\{' });
        break;
      case 'html':
        problems.push({ line, message: 'raw HTML is not allowed in a .md file: use Markdown formatting instead' });
        break;
      case 'link':
      case 'definition':
      case 'image':
        if (node.url && unsafeUrl(node.url))
          problems.push({
            line,
            message: `the link "${node.url}" is not allowed: links must start with https:// or /`,
          });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED_COMPONENTS.includes(name) && !ALLOWED_ELEMENTS.includes(name)) {
          problems.push({ line, message: `<${name || '>'}> is not allowed: content may use only ${allowedList}` });
          break;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            problems.push({
              line,
              message: `<${name}> has a {...} attribute, which is not allowed: write each attribute as name="value"`,
            });
            continue;
          }
          const attributeName = attribute.name ?? '';
          const value = typeof attribute.value === 'string' ? attribute.value : undefined;
          if (/^on/i.test(attributeName)) {
            problems.push({ line, message: `<${name} ${attributeName}> is not allowed: content cannot run code` });
          } else if (attributeName === 'style' || attributeName === 'class' || attributeName === 'className') {
            problems.push({
              line,
              message: `<${name} ${attributeName}> is not allowed: the portal's design sets the styles`,
            });
          } else if (attribute.value !== null && value === undefined) {
            problems.push({
              line,
              message: `<${name} ${attributeName}={...}> is not allowed: write the value in quotes, e.g. ${attributeName}="..."`,
            });
          } else if (value !== undefined && unsafeUrl(value)) {
            problems.push({
              line,
              message: `<${name} ${attributeName}="${value}"> is not allowed: links must start with https:// or /`,
            });
          }
        }
        if (name === 'iframe') {
          const src = node.attributes?.find((a) => a.name === 'src')?.value;
          const host = typeof src === 'string' && URL.canParse(src) ? new URL(src).hostname : '';
          if (!iframeHosts.includes(host)) {
            problems.push({
              line,
              message: `<iframe> from "${host || String(src)}" is not allowed: embeds may come only from ${iframeHosts.join(', ') || 'no hosts (none are configured in the site config)'}`,
            });
          }
        }
        break;
      }
    }
  });
  return problems;
}
