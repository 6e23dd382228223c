/**
 * What content authors may put in a Markdown or MDX body. Markdown formatting
 * is always fine. In MDX, only the components the portal provides and a few
 * harmless HTML elements are allowed, each with its own short list of
 * attributes; anything else (imports, code, scripts, event handlers, styles,
 * `srcdoc`, iframes from other hosts) is rejected. Links may use only web,
 * email and telephone addresses, checked as a browser reads them: after
 * decoding character references and dropping control characters, so
 * `jav&#x61;script:` and `java\tscript:` are caught. Plain Markdown files may
 * not contain raw HTML at all.
 */
import { decodeHTML } from 'entities';
import type { Explanation } from '../../domain/explain';
import { BodySyntaxError, type MdxTree, parseMarkdown, parseMdx } from './mdx-tree';

/** Components authors may use in MDX (see src/components/mdx/EntryBody.astro), with their attributes. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Metric: ['id'],
  TrendChart: ['metric', 'from'],
};

/** HTML elements that cannot run code or change the layout, with the attributes each may have. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  details: ['open'],
  summary: [],
  iframe: ['src', 'title', 'width', 'height', 'allow', 'allowfullscreen', 'loading'],
};

/** Address schemes a link may use; an address without a scheme (/meetings/, #item-3) is a link within the site. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

export interface BodyProblem extends Explanation {
  /** Line within the body, 1-based. */
  line: number;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/**
 * An address as a browser reads it: character references decoded (until none
 * are left, so double encoding cannot hide a scheme), then tabs, newlines and
 * other control characters and spaces removed.
 *
 * @example normaliseUrl(' jav&#x61;\tscript:alert(1)') // => "javascript:alert(1)"
 */
export function normaliseUrl(raw: string): string {
  let url = raw;
  for (let i = 0; i < 5; i += 1) {
    const decoded = decodeHTML(url);
    if (decoded === url) break;
    url = decoded;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers ignore in URLs
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/**
 * The scheme of an address that is not allowed, or undefined when it is safe.
 *
 * @example unsafeScheme('JaVaScRiPt:alert(1)') // => "javascript"
 * @example unsafeScheme('/meetings/') // => undefined
 */
export function unsafeScheme(raw: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normaliseUrl(raw))?.[1]?.toLowerCase();
  return scheme && !ALLOWED_SCHEMES.includes(scheme) ? scheme : undefined;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

const listOf = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'none');

/** Problems with one MDX element or component: its name, each attribute, and an iframe's host. */
function elementProblems(node: Node, iframeHosts: readonly string[], allowedList: string): Explanation[] {
  const name = node.name ?? '';
  const allowedAttributes = ALLOWED_COMPONENTS[name] ?? ALLOWED_ELEMENTS[name];
  if (!Object.hasOwn(ALLOWED_COMPONENTS, name) && !Object.hasOwn(ALLOWED_ELEMENTS, name)) {
    return [{ problem: `<${name || '>'}> is not allowed`, fix: `content may use only ${allowedList}` }];
  }
  const problems: Explanation[] = [];
  const report = (problem: string, fix: string) => problems.push({ problem, fix });
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(`<${name}> has a {...} attribute, which is not allowed`, 'write each attribute as name="value"');
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = typeof attribute.value === 'string' ? attribute.value : undefined;
    if (/^on/i.test(attributeName)) {
      report(`<${name} ${attributeName}> is not allowed, because content cannot run code`, 'remove it');
    } else if (!allowedAttributes.includes(attributeName)) {
      report(
        `<${name} ${attributeName}> is not allowed`,
        `remove it (<${name}> may have only these attributes: ${listOf(allowedAttributes)})`,
      );
    } else if (attribute.value !== null && value === undefined) {
      report(
        `<${name} ${attributeName}={...}> is not allowed`,
        `write the value in quotes, e.g. ${attributeName}="..."`,
      );
    } else if (value !== undefined && unsafeScheme(value)) {
      report(`<${name} ${attributeName}="${value}"> is not allowed`, 'addresses must start with https:// or /');
    }
  }
  if (name === 'iframe') {
    const src = node.attributes?.find((a) => a.name === 'src')?.value;
    const url = typeof src === 'string' && URL.canParse(normaliseUrl(src)) ? new URL(normaliseUrl(src)) : undefined;
    if (!url || url.protocol !== 'https:' || !iframeHosts.includes(url.hostname)) {
      report(
        `<iframe> from "${url?.hostname || (typeof src === 'string' ? src : 'nowhere')}" is not allowed`,
        iframeHosts.length > 0
          ? `use only https:// embeds from ${iframeHosts.join(', ')}, the embed hosts in the site config`
          : 'remove it, or add its host to "embedHosts" in the site config',
      );
    }
    if (!node.attributes?.some((a) => a.name === 'title' && typeof a.value === 'string' && a.value.trim() !== '')) {
      report('<iframe> has no title', 'add title="…" saying what it shows, for people who use screen readers');
    }
  }
  return problems;
}

/**
 * Problems with an MDX or Markdown body, each with its line and the fix.
 *
 * @example checkBody('<script>alert(1)</script>', 'mdx', ['webcasts.example.org'])[0]
 * // => { line: 1, problem: '<script> is not allowed', fix: 'content may use only Metric, TrendChart and Markdown formatting' }
 */
export function checkBody(body: string, kind: 'md' | 'mdx', iframeHosts: readonly string[]): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let tree: MdxTree;
  try {
    tree = kind === 'mdx' ? parseMdx(body) : parseMarkdown(body);
  } catch (error) {
    const line = error instanceof BodySyntaxError ? error.line : 1;
    return [
      {
        line,
        problem: `the text is not valid MDX (${(error as Error).message})`,
        fix: `check for a stray "<" or "{", or write it as &lt; or \\{`,
      },
    ];
  }
  const allowedList = `${Object.keys(ALLOWED_COMPONENTS).join(', ')} and Markdown formatting`;
  walk(tree as Node, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          problem: `import and export are not allowed`,
          fix: `content may use only ${allowedList}, with no import line`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line,
          problem: 'code in { } is not allowed',
          fix: 'write the text itself, or escape a brace as \\{',
        });
        break;
      case 'html':
        problems.push({
          line,
          problem: 'raw HTML is not allowed in a .md file',
          fix: 'use Markdown formatting instead',
        });
        break;
      case 'link':
      case 'definition':
      case 'image':
        if (node.url && unsafeScheme(node.url))
          problems.push({
            line,
            problem: `the link "${node.url}" is not allowed`,
            fix: `links must start with https:// or /`,
          });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const problem of elementProblems(node, iframeHosts, allowedList)) problems.push({ line, ...problem });
        break;
    }
  });
  return problems;
}
