import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../../src/lib/checks/body-safety';

const HOSTS = ['leicester.public-i.tv'];
/** Each problem as `line: problem: fix`. */
const mdx = (body: string) => checkBody(body, 'mdx', HOSTS).map((p) => `${p.line}: ${p.problem}: ${p.fix}`);
const md = (body: string) => checkBody(body, 'md', HOSTS).map((p) => `${p.problem}: ${p.fix}`);

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
    expect(md('Hello\n\n<div onclick="x">hi</div>')).toEqual([
      'raw HTML is not allowed in a .md file: use Markdown formatting instead',
    ]);
  });
});

describe('what an embed may carry', () => {
  const iframe = (attributes: string) =>
    mdx(`<iframe src="https://leicester.public-i.tv/core/portal/webcast" ${attributes} />`);

  it('allows the attributes a webcast embed needs', () => {
    expect(
      iframe('title="Webcast" width="640" height="360" allow="fullscreen" allowfullscreen loading="lazy"'),
    ).toEqual([]);
  });

  it.each(['srcdoc="<script>alert(1)</script>"', 'sandbox=""', 'name="x"', 'referrerpolicy="unsafe-url"', 'id="x"'])(
    'rejects %s, as every attribute not on the list',
    (attribute) => {
      const name = attribute.split('=')[0];
      expect(iframe(`title="Webcast" ${attribute}`)).toEqual([
        `1: <iframe ${name}> is not allowed: remove it (<iframe> may have only these attributes: src, title, width, height, allow, allowfullscreen, loading)`,
      ]);
    },
  );

  it('needs a title, and an https address from an allowed host', () => {
    expect(iframe('')).toEqual([
      '1: <iframe> has no title: add title="…" saying what it shows, for people who use screen readers',
    ]);
    expect(mdx('<iframe src="http://leicester.public-i.tv/x" title="Webcast" />')).toEqual([
      '1: <iframe> from "leicester.public-i.tv" is not allowed: use only https:// embeds from leicester.public-i.tv, the embed hosts in the site config',
    ]);
  });
});

describe('links, however they are written', () => {
  it.each([
    ['[a](jav&#x61;script:alert(1))', 'javascript:alert(1)'],
    ['[a](JAVASCRIPT:alert(1))', 'JAVASCRIPT:alert(1)'],
    ['![a](data:image/svg+xml;base64,PHN2Zz4=)', 'data:image/svg+xml;base64,PHN2Zz4='],
    ['[a]: vbscript:msgbox\n\n[x][a]', 'vbscript:msgbox'],
  ])('rejects %s', (body, url) => {
    expect(md(body)).toEqual([`the link "${url}" is not allowed: links must start with https:// or /`]);
  });

  it('rejects a disguised address in an MDX attribute', () => {
    expect(mdx('<abbr title="jav&#x61;script:alert(1)">PCC</abbr>')).toEqual([
      '1: <abbr title="javascript:alert(1)"> is not allowed: addresses must start with https:// or /',
    ]);
  });

  it('allows web, email and telephone links and links within the site', () => {
    expect(
      checkBody(
        '[a](https://a.example) [b](mailto:a@b.example) [c](tel:0116) [d](/meetings/) [e](#item-2)',
        'md',
        HOSTS,
      ),
    ).toEqual([]);
  });
});
