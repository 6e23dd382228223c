import { describe, expect, it } from 'vitest';
import { alternativeTerms, alternativesFor } from '../../../src/data/search-terms';

describe('alternativeTerms', () => {
  it('adds the other names of what a record names, both ways', () => {
    expect(alternativeTerms('New VAWG funding')).toBe('violence against women and girls');
    expect(alternativeTerms('Tackling violence against women and girls')).toBe('VAWG');
    expect(alternativeTerms('Section 106 money')).toBe('S106 developer contributions');
  });

  it('adds only the abbreviations for an everyday word that often stands for a name', () => {
    expect(alternativeTerms('The Commissioner asked for a report')).toBe('PCC');
    expect(alternativeTerms('The Ethics Panel met')).toBe('PCP');
    expect(alternativeTerms('An inspection of custody')).toBe('HMICFRS HMIC');
  });

  it('never adds a word the record does not stand for, so "police" does not match every Panel record', () => {
    const added = alternativeTerms('Update to the Panel from the Commissioner on the budget');
    expect(added).not.toMatch(/police/i);
    expect(added.split(' ').sort()).toEqual(['MTFP', 'PCC', 'PCP']);
  });

  it('matches whole words only, whatever the case', () => {
    expect(alternativeTerms('Daily briefings')).toBe('');
    expect(alternativeTerms('da referrals')).toBe('domestic abuse domestic violence');
  });

  it('adds nothing for text that names nothing on the list, and never a comma', () => {
    expect(alternativeTerms('Fleet replacement')).toBe('');
    expect(alternativeTerms('VAWG, ASB and DA')).not.toContain(',');
  });
});

describe('alternativesFor', () => {
  it('gives every other term of a query word’s group, hints included, for excerpts', () => {
    expect(alternativesFor(['pcc'])).toEqual(['Police and Crime Commissioner', 'Commissioner']);
    expect(alternativesFor(['fleet'])).toEqual([]);
  });
});
