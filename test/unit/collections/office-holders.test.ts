import { describe, expect, it } from 'vitest';
import { tenure } from '../../../src/collections/office-holders';

describe('an office holder in a sentence', () => {
  it('says since when a current holder has held office, or only the office when the papers give no date', () => {
    expect(tenure({ name: 'Rupert Matthews', office: 'commissioner', from: '2021-05-13' })).toBe(
      'Rupert Matthews has been the Police and Crime Commissioner since 13 May 2021.',
    );
    expect(tenure({ name: 'Rani Mahal', office: 'deputy' })).toBe(
      'Rani Mahal is the Deputy Police and Crime Commissioner.',
    );
  });

  it('says from when to when a former holder held it', () => {
    expect(tenure({ name: 'A Person', office: 'deputy', from: '2016-05-12', to: '2021-05-12' })).toBe(
      'A Person was the Deputy Police and Crime Commissioner from 12 May 2016 to 12 May 2021.',
    );
  });
});
