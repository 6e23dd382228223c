/**
 * Parses the body of an MDX file into its syntax tree with the reference MDX
 * parser (micromark + mdast), so content checks can see components as MDX
 * does, without compiling or running anything.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

export type MdxTree = ReturnType<typeof fromMarkdown>;

/** Parses MDX text; throws with the line and column of a syntax error. */
export function parseMdx(body: string): MdxTree {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}
