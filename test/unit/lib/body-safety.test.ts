import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../src/lib/body-safety';

const HOSTS = ['leicester.public-i.tv'];
const mdx = (body: string) => checkBody(body, 'mdx', HOSTS).map((p) => `${p.line}: ${p.message}`);

describe('what authors may write in MDX', () => {
  it('allows Markdown, the portal components and harmless elements', () => {
    expect(
      mdx(
        '## Heading\n\nSome **bold** text and a [link](https://example.org).\n\n<Metric id="999-calls" />\n\nH<sub>2</sub>O',
      ),
    ).toEqual([]);
    expect(mdx('<iframe src="https://leicester.public-i.tv/core/portal/webcast" title="Webcast"></iframe>')).toEqual(
      [],
    );
  });

  it('rejects scripts, unknown components and imports', () => {
    expect(mdx('<script>alert(1)</script>')).toEqual([
      '1: <script> is not allowed: content may use only Metric, TrendChart and Markdown formatting',
    ]);
    expect(mdx('Text\n\n<Chart />')).toEqual([
      '3: <Chart> is not allowed: content may use only Metric, TrendChart and Markdown formatting',
    ]);
    expect(mdx("import X from 'x';\n\nHello")).toEqual([
      '1: import and export are not allowed: content may use only Metric, TrendChart and Markdown formatting, with no import line',
    ]);
  });

  it('rejects event handlers, styles, expressions and javascript: links', () => {
    expect(mdx('<abbr onClick="steal()">PCC</abbr>')).toEqual([
      '1: <abbr onClick> is not allowed, because content cannot run code: remove it',
    ]);
    expect(mdx('<abbr style="position:fixed">PCC</abbr>')).toEqual([
      '1: <abbr style> is not allowed: remove it (<abbr> may have only these attributes: title)',
    ]);
    expect(mdx('Total: {1 + 1}')).toEqual([
      '1: code in { } is not allowed: write the text itself, or escape a brace as \\{',
    ]);
    expect(mdx('[click](javascript:alert(1))')).toEqual([
      '1: the link "javascript:alert(1)" is not allowed: links must start with https:// or /',
    ]);
  });

  it('allows iframes only from the configured hosts', () => {
    expect(mdx('<iframe src="https://evil.example.com/x" title="x"></iframe>')).toEqual([
      '1: <iframe> from "evil.example.com" is not allowed: use only https:// embeds from leicester.public-i.tv, the embed hosts in the site config',
    ]);
  });

  it('explains invalid MDX instead of crashing', () => {
    expect(mdx('A < B and {unclosed')[0]).toMatch(/^1: the text is not valid MDX/);
  });
});

describe('what authors may write in Markdown', () => {
  it('rejects raw HTML', () => {
    expect(checkBody('Hello\n\n<div onclick="x">hi</div>', 'md', HOSTS).map((p) => p.message)).toEqual([
      'raw HTML is not allowed in a .md file: use Markdown formatting instead',
    ]);
  });
});
