import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAbout,
  matchedWords,
  normalWord,
  queryTerms,
  STOP_WORDS,
  titleMatch,
  wordMeans,
} from '../../../../src/lib/search/relevance';

describe('the words of a query that must match', () => {
  it('drops stop words, punctuation, quotes and repeats', () => {
    expect(queryTerms('Digital forensics for the victims')).toEqual(['digital', 'forensics', 'victims']);
    expect(queryTerms('"positive outcome rate"')).toEqual(['positive', 'outcome', 'rate']);
    expect(queryTerms('999, 999!')).toEqual(['999']);
    expect(queryTerms('for the')).toEqual([]);
  });
  it('keeps a hyphenated word and a sum of money whole', () => {
    expect(normalWord('anti-social')).toBe('anti-social');
    expect(normalWord('£3.9m.')).toBe('£3.9m');
    expect(normalWord('86%,')).toBe('86%');
  });
});

describe('whether a matched word stands for a query term', () => {
  it('accepts the word, its other forms and a word being typed', () => {
    expect(wordMeans('Forensics,', 'forensics')).toBe(true);
    expect(wordMeans('forensic', 'forensics')).toBe(true);
    expect(wordMeans('policing', 'police')).toBe(true);
    expect(wordMeans('victim', 'victims')).toBe(true);
    expect(wordMeans('forensics', 'foren')).toBe(true);
  });
  it("refuses the prefix Pagefind falls back to when a bundle lacks the word ('for' for 'forensics')", () => {
    expect(wordMeans('for', 'forensics')).toBe(false);
    expect(wordMeans('dig', 'digital')).toBe(false);
  });
  it('never lets a stop word stand for anything', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STOP_WORDS), fc.stringMatching(/^[a-z]{1,12}$/), (stop, term) => {
        expect(wordMeans(stop, term)).toBe(false);
      }),
    );
  });
});

describe('whether a result is about the query', () => {
  // As Pagefind gave it for "digital forensics" in the actions bundle, which holds neither word.
  const fallback = {
    content: 'Discuss and agree a proposal for the surplus Proceeds of Crime Act money, then bring it back.',
    locations: [5],
    meta: { title: 'Discuss and agree a proposal' },
  };
  const inspection = {
    content: 'An inspection into how well the police use digital forensics in their investigations.',
    locations: [8, 9],
    meta: { title: 'Digital forensics' },
    matchedMetaFields: ['title'],
  };

  it('rejects a result that matched only through the fallback', () => {
    expect(matchedWords(fallback)).toEqual(['for']);
    expect(isAbout(queryTerms('digital forensics'), fallback)).toBe(false);
  });
  it('accepts a result that matched every word', () => {
    expect(isAbout(queryTerms('digital forensics'), inspection)).toBe(true);
  });
  it('needs every meaningful word, not one of them', () => {
    expect(isAbout(queryTerms('digital stalking'), inspection)).toBe(false);
  });
  it('counts a word matched in a metadata field, such as a hidden acronym', () => {
    const vawg = {
      content: 'Violence against women and girls strategy.',
      locations: [],
      meta: { terms: 'VAWG PCC' },
      matchedMetaFields: ['terms'],
    };
    expect(isAbout(queryTerms('VAWG'), vawg)).toBe(true);
  });
  it('is about nothing for a query of stop words alone', () => {
    expect(isAbout(queryTerms('for the'), inspection)).toBe(false);
  });
  it('never throws on any text, positions or query', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat({ max: 200 })), fc.string(), (content, locations, query) => {
        expect(typeof isAbout(queryTerms(query), { content, locations, meta: {} })).toBe('boolean');
      }),
    );
  });
});

describe('how a title answers the query', () => {
  it('is exact when the title is the query, whatever the case and punctuation', () => {
    expect(titleMatch('999 calls received', '999 Calls Received')).toBe(2);
    expect(titleMatch('Reserves Strategy adopted', 'reserves strategy')).toBe(1);
    expect(titleMatch('Estates strategy', 'reserves strategy')).toBe(0);
    expect(titleMatch('For the record.', 'for the record')).toBe(2);
    expect(titleMatch('Anything', '')).toBe(0);
  });
});

describe('hyphenated words', () => {
  it('match a search for any of their parts, and the whole', () => {
    const report = { content: 'at risk of honour-based abuse', locations: [3, 4], meta: {} };
    expect(isAbout(queryTerms('honour based abuse'), report)).toBe(true);
    expect(isAbout(queryTerms('honour-based abuse'), report)).toBe(true);
  });
});

describe('words joined by punctuation', () => {
  it('match a search for any of their parts, as Pagefind indexes them', () => {
    const hostile = { content: `<img src=x onerror=alert('pwned')>`, locations: [1, 2], meta: {} };
    expect(isAbout(queryTerms('pwned onerror'), hostile)).toBe(true);
    expect(
      isAbout(queryTerms("Commissioner's visits"), {
        content: "the Commissioner's visits",
        locations: [1, 2],
        meta: {},
      }),
    ).toBe(true);
  });
});
