import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../../../src/collections';
import { grantRoundSchema } from '../../../../src/collections/grant-rounds/schema';
import { overdueDutyWarnings } from '../../../../src/lib/checks/freshness';

const none = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as Record<
  CollectionName,
  { id: string; data: unknown }[]
>;
const round = (closes: string) => ({
  id: `round-${closes}`,
  data: grantRoundSchema.parse({
    scheme: 'Community Safety Grants',
    title: 'A round',
    financialYear: '2026/27',
    status: 'closed',
    summary: 'A round.',
    opens: '2026-04-01',
    closes,
  }),
});

describe('npm run check: overdue publication duties', () => {
  it('warns on the folder of a register whose monthly items have stopped, saying what is late and how to fix it', () => {
    const entries = { ...none, 'grant-rounds': [round('2026-08-31')], 'annual-reports': [] };
    const warnings = overdueDutyWarnings(entries, '2026-12-02', '/site/content');
    const grants = warnings.find((w) => w.file.endsWith('grant-rounds'));
    expect(grants).toMatchObject({ field: '(register)', severity: 'warning' });
    expect(grants?.problem).toContain(
      '"Each crime and disorder reduction grant made" (Order, paragraph 3) is overdue on 2026-12-02',
    );
    expect(grants?.problem).toContain('August 2026');
    expect(grants?.fix).toMatch(/^add the entries that are missing/);
  });

  it('warns as soon as a finished month has nothing, before it is overdue', () => {
    const entries = { ...none, 'grant-rounds': [round('2026-10-20')] };
    const grants = overdueDutyWarnings(entries, '2026-12-02', '/site/content').find((w) =>
      w.file.endsWith('grant-rounds'),
    );
    expect(grants?.problem).toContain(
      'is due on 2026-12-02: The latest item is for October 2026; November 2026 is due.',
    );
  });

  it('says nothing of a register that is up to date, nor of a duty with no home here', () => {
    const entries = { ...none, 'grant-rounds': [round('2026-11-15')] };
    const files = overdueDutyWarnings(entries, '2026-12-02', '/site/content').map((w) => w.file);
    expect(files.some((f) => f.endsWith('grant-rounds'))).toBe(false);
    expect(files.every((f) => Object.values(COLLECTIONS).some((kind) => f.endsWith(kind.folder)))).toBe(true);
  });
});
