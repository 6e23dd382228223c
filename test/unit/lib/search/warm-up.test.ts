import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commonestWord } from '../../../../src/lib/search/warm-up';
import { STOP_WORDS } from '../../../../src/lib/search/relevance';

/** In how many of the texts a word appears, compared as commonestWord compares them. */
const textsWith = (texts: string[], word: string) =>
  texts.filter((text) => text.toLowerCase().split(/\s+/).includes(word)).length;

describe('the warm-up word of a search bundle', () => {
  it('is the word on the most results, counted once per result', () => {
    // "budget" is written most often, but in one result; "police" is in all three.
    expect(commonestWord(['Police budget budget budget', 'police custody', 'Police, victims'])).toBe('police');
  });

  it('leaves out stop words and words under three letters, which say nothing about a result', () => {
    expect(commonestWord(['the DA and the PCC', 'the DA and the PCC report', 'the DA and the panel'])).toBe('pcc');
  });

  it('picks the same word for the same texts, whatever their order', () => {
    expect(commonestWord(['victims budget', 'budget victims'])).toBe('budget');
    expect(commonestWord(['budget victims', 'victims budget'])).toBe('budget');
  });

  it('is none for texts without a word worth searching', () => {
    expect(commonestWord([])).toBeUndefined();
    expect(commonestWord(['', 'of the', '12 to'])).toBe(undefined);
  });

  it('is found in at least as many texts as any other word', () => {
    const word = fc.constantFrom('police', 'victims', 'budget', 'custody', 'the', 'of', 'da');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { maxLength: 6 }).map((words) => words.join(' ')),
          { maxLength: 12 },
        ),
        (texts) => {
          const chosen = commonestWord(texts);
          const candidates = ['police', 'victims', 'budget', 'custody'];
          const most = Math.max(0, ...candidates.map((candidate) => textsWith(texts, candidate)));
          if (most === 0) expect(chosen).toBeUndefined();
          else {
            expect(chosen).toBeDefined();
            expect(STOP_WORDS.has(chosen!)).toBe(false);
            expect(textsWith(texts, chosen!)).toBe(most);
          }
        },
      ),
    );
  });
});
