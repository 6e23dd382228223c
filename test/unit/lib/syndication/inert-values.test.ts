/**
 * The small functions that keep content inert wherever it lands, tried with
 * generated hostile input (fast-check) as well as the cases people meet.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUrl, unsafeScheme } from '../../../../src/lib/checks/body-safety';
import { datasetCsv } from '../../../../src/lib/syndication/open-data';
import { jsonForScript } from '../../../../src/lib/syndication/structured-data';

describe('jsonForScript', () => {
  it('keeps a string from closing its <script> element', () => {
    const json = jsonForScript({ location: '</script><script>alert(9)</script>' });
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual({ location: '</script><script>alert(9)</script>' });
  });

  it('writes any value as JSON that parses back to it and holds no <, >, &, U+2028 or U+2029', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = jsonForScript(value);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('link addresses', () => {
  it('are read as a browser reads them', () => {
    expect(normaliseUrl(' jav&#x61;\tscript:alert(1)')).toBe('javascript:alert(1)');
    expect(normaliseUrl('java&amp;#115;cript:x')).toBe('javascript:x');
    expect(unsafeScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(unsafeScheme('data:text/html,<script>')).toBe('data');
    expect(unsafeScheme('vbscript:x')).toBe('vbscript');
  });

  it('allow web, email and telephone addresses and links within the site', () => {
    for (const url of [
      'https://example.org/a',
      'http://example.org',
      'mailto:a@example.org',
      'tel:0116',
      '/meetings/',
      '#item-3',
      'papers/x.pdf',
      '?q=1',
    ]) {
      expect(unsafeScheme(url), url).toBeUndefined();
    }
  });

  it('catch javascript: however it is disguised with character references, case and control characters', () => {
    const letter = (char: string) =>
      fc.constantFrom(char, char.toUpperCase(), `&#${char.charCodeAt(0)};`, `&#x${char.charCodeAt(0).toString(16)};`);
    const noise = fc.constantFrom('', '\t', '\n', '\r', '\u0000', ' ', '\u001f');
    const disguised = fc
      .tuple(...[...'javascript'].map((char) => fc.tuple(noise, letter(char))), noise)
      .map((parts) => `${parts.flat().join('')}:alert(1)`);
    fc.assert(
      fc.property(disguised, (url) => {
        expect(unsafeScheme(url)).toBe('javascript');
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV cells', () => {
  const dataset = (values: string[]) => ({
    id: 'test',
    title: 'Test',
    description: 'Test',
    fields: [
      { name: 'text', type: 'string' as const, description: 'Any text' },
      { name: 'number', type: 'number' as const, description: 'A number' },
    ],
    rows: values.map((text, i) => ({ text, number: -i })),
  });

  it('never start a text cell with a formula character, and keep numbers as numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=cmd|x')), {
          minLength: 1,
          maxLength: 10,
        }),
        (values) => {
          const rows = parseCsv<{ text: string; number: string }>(datasetCsv(dataset(values)), { columns: true });
          expect(rows).toHaveLength(values.length);
          rows.forEach((row, i) => {
            expect(row.text).not.toMatch(/^[=+\-@\t\r]/);
            // Escaped as OWASP advises: a ' in front, the text otherwise as written.
            const value = values[i] ?? '';
            expect(row.text).toBe(/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(value) ? `'${value}` : value);
            expect(row.number).toBe(String(-i));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
