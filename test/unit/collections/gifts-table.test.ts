import { describe, expect, it } from 'vitest';
import { giftsTable } from '../../../src/collections/gifts-table';

describe('a register of gifts and hospitality', () => {
  it('shows each entry, and who received it only when the register names someone', () => {
    const gift = { date: '2024-02-01', from: 'A charity', description: 'Lunch', value: 25, accepted: true };
    expect(giftsTable([gift]).columns.map((c) => c.label)).toEqual([
      'Gift or hospitality',
      'Date',
      'From',
      'Value',
      'Accepted',
    ]);
    expect(giftsTable([gift]).rows).toEqual([['Lunch', '1 February 2024', 'A charity', '£25', 'Yes']]);
    const staff = giftsTable([{ ...gift, recipient: 'Chief Executive', accepted: false, value: undefined }]);
    expect(staff.rows).toEqual([['Lunch', '1 February 2024', 'Chief Executive', 'A charity', '', 'No']]);
  });
});
