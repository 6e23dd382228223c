/**
 * Parses a Markdown or MDX body into its syntax tree with satteri, the parser
 * Astro renders with, so that the content check sees exactly what will be
 * rendered: no construct can look like text to the check and like HTML to the
 * renderer. Nothing is compiled or run.
 */
import { markdownToMdast, type MdastNode, mdxToMdast } from 'satteri';

export type MdxTree = MdastNode;

/** The features Astro's Markdown and MDX renderers use (see @astrojs/markdown-satteri). */
const FEATURES = { gfm: true, smartPunctuation: true };

/** A syntax error with the line it is on. */
export class BodySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Parses MDX text; throws a {@link BodySyntaxError} with the line of a syntax error. */
export function parseMdx(body: string): MdxTree {
  try {
    return mdxToMdast(body, { features: FEATURES });
  } catch (error) {
    // satteri reports "line:column: what is wrong (rule-id)".
    const match = /^(\d+):(\d+): (.*?)(?: \([a-z-]+:[a-z-]+\))?$/s.exec((error as Error).message);
    throw new BodySyntaxError(match?.[3] ?? (error as Error).message, Number(match?.[1] ?? 1));
  }
}

/** Parses Markdown text, which cannot fail: anything that is not Markdown is text or raw HTML. */
export function parseMarkdown(body: string): MdxTree {
  return markdownToMdast(body, { features: FEATURES });
}
