import { describe, expect, it } from 'vitest';
import { excerptAround, excerptParts, withoutHeading } from '../../../../src/lib/search/excerpts';

/** The excerpt as a reader sees it, with the marked words in [brackets]. */
const shown = (parts: ReturnType<typeof excerptParts>) =>
  parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('excerptParts', () => {
  it('splits at the marks and keeps the text escaped as Pagefind wrote it', () => {
    expect(excerptParts('<mark>Stalking</mark> &amp; harassment, <mark>stalking</mark>')).toEqual([
      { text: 'Stalking', marked: true },
      { text: ' &amp; harassment, ', marked: false },
      { text: 'stalking', marked: true },
    ]);
  });

  it('gives no parts for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('withoutHeading', () => {
  // Real excerpts of agenda items of the launch content, as Pagefind returns them.
  it('takes off the heading the excerpt starts with, even when its last word is marked', () => {
    const parts = excerptParts('4.i. <mark>Stalking.</mark> Discussed The Commissioner’s office to consider gaps');
    expect(shown(withoutHeading(parts, '4.i. Stalking'))).toBe('Discussed The Commissioner’s office to consider gaps');
  });

  it('takes off the end of a heading when the excerpt starts partway through it', () => {
    const parts = excerptParts(
      'Proposed <mark>Precept</mark> 2015/16 and Medium Term Financial Strategy. Presented by',
    );
    expect(shown(withoutHeading(parts, '112. Proposed Precept 2015/16 and Medium Term Financial Strategy'))).toBe(
      'Presented by',
    );
  });

  it('compares the heading as Pagefind escapes it', () => {
    const parts = excerptParts('Victims &amp; witnesses. The <mark>panel</mark> heard');
    expect(shown(withoutHeading(parts, 'Victims & witnesses'))).toBe('The [panel] heard');
  });

  it('keeps an excerpt that does not start with the heading as a sentence of its own', () => {
    const cases: [string, string][] = [
      ['and agreed to help. On <mark>stalking,</mark> most cases', 'Policing issues'],
      // The heading's last word starts the excerpt, but not as the end of the heading's sentence.
      ['<mark>Stalking</mark> has risen sharply', '4.i. Stalking'],
      ['Attendances at the meeting', 'Attendance'],
    ];
    for (const [excerpt, heading] of cases) {
      expect(withoutHeading(excerptParts(excerpt), heading)).toEqual(excerptParts(excerpt));
    }
  });

  it('leaves nothing when the excerpt is only the heading', () => {
    expect(withoutHeading(excerptParts('<mark>Caveats.</mark>'), 'Caveats')).toEqual([]);
  });

  it('does not add a full stop to a heading that ends a sentence already', () => {
    const parts = excerptParts('Who checks the <mark>police</mark>? The Panel does');
    expect(shown(withoutHeading(parts, 'Who checks the police?'))).toBe('The Panel does');
  });
});

describe('an excerpt for a result found by another name', () => {
  it('marks where the text says it, with the words around it', () => {
    expect(excerptAround('The Board agreed Section 106 money for five vehicles.', ['Section 106'], 4)).toEqual([
      { text: '…agreed ', marked: false },
      { text: 'Section 106', marked: true },
      { text: ' money…', marked: false },
    ]);
  });
  it('finds the earliest of several names, as whole words, whatever the case', () => {
    const parts = excerptAround('Developer contributions under section 106.', [
      'Section 106',
      'developer contributions',
    ]);
    expect(parts?.find((p) => p.marked)?.text).toBe('Developer contributions');
    expect(excerptAround('Subsection 1060 applies.', ['section 106'])).toBeUndefined();
  });
  it('escapes the text, as Pagefind does its excerpts', () => {
    expect(
      excerptAround('<b>Section 106</b>', ['Section 106'])
        ?.map((p) => p.text)
        .join(''),
    ).toBe('&lt;b&gt;Section 106&lt;/b&gt;');
  });
});
