/**
 * The scanner the hostile-content test trusts: each check finds a real
 * example of what it looks for, and passes the site's own kind of output.
 */
import { describe, expect, it } from 'vitest';
import {
  calendarFindings,
  calendarShape,
  codeFindings,
  csvFindings,
  csvShape,
  feedFindings,
  feedShape,
  htmlFindings,
  jsonFindings,
  kindOf,
  markupIn,
  mergeSearchShapes,
  outputFindings,
  schemeOf,
  searchFragmentFindings,
  searchFragmentShape,
  shapeOf,
  xmlFindings,
} from '../../support/inert-output';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Meeting</title>${head}</head><body>${body}</body></html>`;

describe('schemeOf', () => {
  it('reads the scheme as a browser does, ignoring case, control characters and spaces around it', () => {
    expect(schemeOf(' Java\tScript:alert(1)')).toBe('javascript');
    expect(schemeOf('\u0001data:text/html,x')).toBe('data');
    expect(schemeOf('https://example.org/')).toBe('https');
    expect(schemeOf('/meetings/')).toBeUndefined();
    expect(schemeOf('#item-1')).toBeUndefined();
    expect(schemeOf('%6a%61vascript:alert(1)')).toBeUndefined();
  });
});

describe('htmlFindings', () => {
  it('passes a page whose content is escaped text, with the site own scripts, JSON-LD and safe links', () => {
    const html = page(
      '<script type="application/ld+json">{"name":"XSS1F2 \\u003c/script\\u003e"}</script>' +
        '<script type="module" src="/_astro/page.js"></script><script src="decap-cms.js"></script><style>.a{color:red}</style>',
      '<h1>XSS1F2 &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>' +
        '<p title="XSS1F2 &quot;&gt;&lt;img src=x onerror=alert(1)&gt;">XSS1F2 &lt;img src=x onerror=alert(1)&gt;</p>' +
        '<a href="/meetings/">a</a><a href="https://example.org/?q=%22%3E">b</a><a href="mailto:a@example.org">c</a>' +
        '<a href="tel:+44">d</a><a href="#item-xss1f2">e</a><a href="%6a%61vascript:x">f</a>' +
        '<img src="/_astro/map.webp" alt="XSS1F2 javascript:alert(1)" style="width: 50%">' +
        '<script type="module">document.body.dataset.ready = "1"</script>',
    );
    expect(htmlFindings(html)).toEqual([]);
  });

  it.each([
    ['an element made from content', '<p>XSS1F2 <xss1f2>hi</xss1f2></p>', 'element made from content'],
    ['an attribute made from content', '<p title="a" XSS1F2="1">x</p>', 'attribute "xss1f2"'],
    ['an event handler', '<p>XSS1F2 "><img src=x onerror=alert(1)></p>', 'event handler onerror'],
    ['an event handler on a duplicate attribute', '<a href="/" href="/" onclick="x">a</a>', 'event handler onclick'],
    ['a script from elsewhere', '<script type="module" src="https://evil.example/x.js"></script>', 'not the site'],
    ['a classic script of the site', '<script src="/_astro/x.js"></script>', 'not the site'],
    ['a script named like the editor’s, from elsewhere', '<script src="/x/decap-cms.js"></script>', 'not the site'],
    ['the editor’s bundle as a module', '<script type="module" src="decap-cms.js"></script>', 'not the site'],
    ['an inline script with content in it', '<script>top.name = "XSS1F2"</script>', 'inline script holds content'],
    ['an inline script made of content', '<p></script><script>top.x="XSS1F2"</script></p>', 'inline script holds'],
    ['JSON-LD that is not JSON', '<script type="application/ld+json">{"a": "x</script>', 'not JSON'],
    ['JSON-LD with a raw <', '<script type="application/ld+json">{"a":"<b>"}</script>', 'raw "<"'],
    ['an iframe with srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', 'srcdoc'],
    ['an object', '<object data="/x.swf"></object>', '<object> can embed code'],
    ['an embed', '<embed src="/x.swf">', '<embed> can embed code'],
    ['a base', '<base href="https://evil.example/">', '<base> can embed code'],
    ['a meta refresh', '<meta http-equiv="Refresh" content="0;url=https://evil.example/">', 'navigates away'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'uses javascript:'],
    ['an encoded, split javascript: link', '<a href=" &#x6a;ava&#x09;script:alert(1)">x</a>', 'uses javascript:'],
    ['a data: source', '<img src="data:text/html,x">', 'uses data:'],
    ['a form action', '<form action="JAVASCRIPT:alert(1)"></form>', 'action='],
    ['a button formaction', '<button formaction="vbscript:x">x</button>', 'formaction='],
    ['an SVG link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'xlink:href='],
    ['a comment made from content', '<p>XSS1F2 <!-- XSS1F2 --></p>', 'comment made from content'],
    ['content in a style element', '<style>.a{content:"XSS1F2"}</style>', 'content in a <style>'],
    ['content in a style attribute', '<p style="background:url(XSS1F2)">x</p>', 'style attribute'],
  ])('finds %s', (_, body, expected) => {
    const findings = htmlFindings(page('', body));
    expect(findings.join('\n')).toContain(expected);
  });
});

describe('markupIn', () => {
  it('finds elements and comments in HTML, and none in escaped text', () => {
    expect(markupIn('XSS1F2 &lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt;')).toEqual([]);
    expect(markupIn('XSS1F2 <img src=x onerror=alert(1)>')).toEqual(['<img>']);
    expect(markupIn('a <!-- b --> c')).toEqual(['<!-- b -->']);
  });
});

const feed = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Testshire OPCC: Meetings</title><link>https://fixture.example.org/</link><description>Meetings.</description>${items}</channel></rss>`;
const item = (title: string, description: string) =>
  `<item><title>${title}</title><link>https://fixture.example.org/meetings/a/</link><guid isPermaLink="true">https://fixture.example.org/meetings/a/</guid><description>${description}</description><pubDate>Wed, 10 Jan 2024 00:00:00 GMT</pubDate><category>Meeting</category></item>`;

describe('feedFindings', () => {
  const clean = feedShape(feed(item('Board, January 2024', 'A meeting.') + item('Board, February', 'Another.')));

  it('counts the items and elements of a clean feed', () => {
    expect(clean.items).toBe(2);
    expect(clean.elements).toContain('rss.channel.item.description');
  });

  it('passes items whose descriptions are escaped text', () => {
    const xml = feed(
      item('XSS1F2 &lt;b&gt;', 'XSS1F2 &amp;lt;img src=x onerror=alert(1)&amp;gt; &amp;amp;lt;b&amp;gt; ]]&gt;') +
        item('Board', 'Another.'),
    );
    expect(feedFindings(xml, clean)).toEqual([]);
  });

  it('finds a description that feed readers would read as markup', () => {
    const xml = feed(item('Board', 'XSS1F2 &lt;img src=x onerror=alert(1)&gt;') + item('Board', 'Another.'));
    expect(feedFindings(xml, clean)).toEqual(["item 1's description holds markup <img>"]);
  });

  it('finds markup in a CDATA description', () => {
    const xml = feed(item('Board', '<![CDATA[XSS1F2 <script>alert(1)</script>]]>') + item('Board', 'Another.'));
    expect(feedFindings(xml, clean)).toEqual(["item 1's description holds markup <script>"]);
  });

  it('finds an item injected by content', () => {
    const xml = feed(
      item('Board', 'XSS1F2 </description></item><item><title>injected</title><description>x') +
        item('Board', 'Another.'),
    );
    expect(feedFindings(xml, clean)).toContain('has 3 items, the clean build 2');
  });

  it('finds an element inside a title, such as a script an XML viewer would run', () => {
    const xml = feed(
      item('XSS1F2 <script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>', 'A meeting.') +
        item('Board', 'Another.'),
    );
    expect(feedFindings(xml, clean)).toEqual(['has <rss.channel.item.title.script>, which the clean build does not']);
  });

  it('finds a feed that is not well-formed XML, or uses an entity XML does not define', () => {
    expect(feedFindings(feed(item('XSS1F2 <b>', 'x') + item('a', 'b')), clean)[0]).toMatch(/not well-formed XML/);
    expect(feedFindings(feed(item('a&nbsp;b', 'x') + item('a', 'b')), clean)).toEqual(['entity "&nbsp;" is not XML']);
  });
});

describe('xmlFindings', () => {
  it('passes a well-formed sitemap and finds a broken one', () => {
    expect(xmlFindings('<urlset><url><loc>https://example.org/</loc></url></urlset>')).toEqual([]);
    expect(xmlFindings('<urlset><url><loc>https://example.org/?a&b</loc></url></urlset>')).not.toEqual([]);
  });
});

const ics = (events: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//OPCC transparency portal//meetings//EN', events, 'END:VCALENDAR', '']
    .filter(Boolean)
    .join('\r\n');
const vevent = (summary: string, description = 'Agenda and papers: https://fixture.example.org/meetings/a/') =>
  [
    'BEGIN:VEVENT',
    'UID:a@fixture.example.org',
    'DTSTAMP:20261201T000000Z',
    'DTSTART;VALUE=DATE:20240110',
    `SUMMARY:${summary}`,
    `DESCRIPTION:${description}`,
    'END:VEVENT',
  ].join('\r\n');

describe('calendarFindings', () => {
  const clean = calendarShape(ics(vevent('Governance Board')));

  it('records the events and property names of a clean calendar', () => {
    expect(clean.events).toBe(1);
    expect(clean.names).toContain('VCALENDAR.VEVENT.SUMMARY');
  });

  it('passes a calendar whose values are escaped text', () => {
    const text = ics(
      vevent('XSS1F2 \\, \\; \\nBEGIN:VEVENT\\nSUMMARY:injected', 'XSS1F2 "><img src=x>\\nEND:VCALENDAR'),
    );
    expect(calendarFindings(text, clean)).toEqual([]);
  });

  it('finds an event injected through a line break in a value', () => {
    const text = ics(
      vevent('XSS1F2 \r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:injected'),
    );
    expect(calendarFindings(text, clean)).toContain('has 2 events, the clean build 1');
  });

  it('finds a property injected through a line break in a value', () => {
    const text = ics(vevent('XSS1F2\r\nX-INJECTED:1'));
    expect(calendarFindings(text, clean)).toEqual(['has VCALENDAR.VEVENT.X-INJECTED, which the clean build does not']);
  });

  it('finds a lone CR or LF, which some clients read as a line break', () => {
    expect(calendarFindings(ics(vevent('XSS1F2 \rX-INJECTED:1')), clean)).toEqual([
      'has 1 line breaks that are not CRLF',
    ]);
    expect(calendarFindings(ics(vevent('Board')).replace(/\r\n/g, '\n'), clean)[0]).toMatch(/not CRLF/);
  });

  it('finds a calendar ical.js cannot read', () => {
    expect(calendarFindings(ics(vevent('a')).replace('SUMMARY:a', 'XSS1F2 no colon'), clean)[0]).toMatch(
      /not a calendar/,
    );
  });
});

describe('csvFindings', () => {
  const clean = csvShape('id,title,value\r\na,Board,5\r\nb,Panel,-5\r\n');

  it('records the header and number of rows of a clean file', () => {
    expect(clean).toEqual({ columns: ['id', 'title', 'value'], rows: 2 });
  });

  it('passes escaped formulas and plain numbers, negative ones included', () => {
    const csv = `id,title,value\r\na,"'=cmd|' /C calc'!A0",-5\r\nb,'@SUM(1) XSS1F2,+1.5\r\n`;
    expect(csvFindings(csv, clean)).toEqual([]);
  });

  it.each([["=cmd|' /C calc'!A0"], ['+1+1'], ['-1+1'], ['@SUM(1)'], ['"\t=1"'], ['"\r=1"']])(
    'finds a cell a spreadsheet would run as a formula: %j',
    (cell) => {
      const findings = csvFindings(`id,title,value\r\na,${cell},5\r\nb,Panel,1\r\n`, clean);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatch(/row 2, column title is a formula/);
    },
  );

  it('finds rows or columns that content added, and a file that does not parse', () => {
    expect(csvFindings('id,title,value\r\na,Board,5\r\nb,Panel,1\r\nc,injected,1\r\n', clean)).toEqual([
      'has 3 rows, the clean build 2',
    ]);
    expect(csvFindings('id,title,value,extra\r\na,Board,5,x\r\nb,Panel,1,y\r\n', clean)[0]).toMatch(/has 4 columns/);
    expect(csvFindings('id,title,value\r\na,"Board,5\r\n', clean)[0]).toMatch(/not CSV/);
  });
});

describe('jsonFindings, searchFragmentFindings and codeFindings', () => {
  it('pass JSON, a Pagefind fragment and code without content, and find the broken or injected ones', () => {
    expect(jsonFindings('{"title":"XSS1F2 </script>"}')).toEqual([]);
    expect(jsonFindings('{"title":"XSS1F2 "}"}')[0]).toMatch(/not JSON/);
    expect(searchFragmentFindings('pagefind_dcd{"url":"/a/","content":"XSS1F2 &lt;b&gt;"}')).toEqual([]);
    expect(searchFragmentFindings('pagefind_dcd{"url":"/a/","content":"XSS1F2 "}"}')[0]).toMatch(/not JSON/);
    expect(searchFragmentFindings('{"url":"/a/"}')[0]).toMatch(/signature|pagefind_dcd/);
    expect(codeFindings('const a = 1;')).toEqual([]);
    expect(codeFindings('const title = "XSS1F2 hi", other = "xss3f4";')).toEqual([
      'holds content (XSS1F2, xss3f4) inside code',
    ]);
  });
});

describe('outputFindings', () => {
  it('judges each file by its kind, and a feed, calendar or CSV file the clean build lacks as a finding', () => {
    expect(kindOf('meetings/a/index.html')).toBe('html');
    expect(kindOf('feeds/all.xml')).toBe('feed');
    expect(kindOf('sitemap-0.xml')).toBe('xml');
    expect(kindOf('pagefind/fragment/en_1.pf_fragment')).toBe('search-fragment');
    expect(kindOf('pagefind/index/en_1.pf_index')).toBe('other');
    expect(outputFindings('data/new.csv', 'a\r\n1\r\n', undefined)).toEqual([
      'the clean build has no such file to compare with',
    ]);
    const csv = 'a\r\n1\r\n';
    expect(outputFindings('data/a.csv', csv, shapeOf('data/a.csv', csv))).toEqual([]);
    expect(outputFindings('a/index.html', page('', '<img src=x onerror=alert(1)>'), undefined)).toEqual([
      'event handler onerror="alert(1)"',
    ]);
    expect(outputFindings('data/a.json', '{', undefined)[0]).toMatch(/not JSON/);
  });
});

describe('searchFragmentFindings with the clean names', () => {
  const fragment = (meta: Record<string, string>, url = '/meetings/a/') =>
    `pagefind_dcd${JSON.stringify({ url, content: 'XSS1F2 text', meta, filters: { type: ['Meeting'] } })}`;
  const clean = mergeSearchShapes([
    searchFragmentShape(fragment({ title: 'A', type: 'Meeting' })),
    searchFragmentShape(fragment({ title: 'B', date: '1 May' })),
  ]);

  it('passes a fragment with the clean build metadata, whatever its values', () => {
    expect(clean).toEqual({ meta: ['date', 'title', 'type'], filters: ['type'] });
    expect(searchFragmentFindings(fragment({ title: 'XSS1F2, url:https://evil.example/', date: 'x' }), clean)).toEqual(
      [],
    );
  });

  it('finds metadata content added, and an address off the site', () => {
    expect(searchFragmentFindings(fragment({ title: 'A', url: 'https://evil.example/' }), clean)).toEqual([
      'has metadata "url", which the clean build does not',
    ]);
    expect(searchFragmentFindings(fragment({ title: 'A' }, 'javascript:alert(1)'), clean)).toEqual([
      'its address "javascript:alert(1)" is not a path on the site',
    ]);
  });
});
