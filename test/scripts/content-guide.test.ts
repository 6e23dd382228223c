/**
 * The content guide is generated from the schemas and committed as
 * CONTENT.md; this test fails when someone changes a schema without
 * regenerating it, so the documentation cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateContentGuide } from '../../scripts/lib/content-guide';

const guide = generateContentGuide();

describe('CONTENT.md', () => {
  it('is up to date with the schemas (run "npm run guide" if this fails)', () => {
    expect(readFileSync('CONTENT.md', 'utf8')).toBe(guide);
  });

  it('describes every field with its meaning', () => {
    const undocumented = guide.split('\n').filter((line) => line.startsWith('| `') && /\|\s*\|$/.test(line));
    expect(undocumented).toEqual([]);
  });

  it('gives requirement, allowed values and defaults from the schema itself', () => {
    expect(guide).toContain('| `status` | yes | one of: draft, final |');
    expect(guide).toMatch(/^\| `actions\[\]\.status` \| no \| one of: open .*, superseded .* \| `"open"` \|/m);
    expect(guide).toContain('| `date` | yes | date, written YYYY-MM-DD |');
    expect(guide).toMatch(/\| `agenda\[\]\.withheldReason` \| no \| text \| {2}\| Why it is withheld/);
  });

  it('gives each value of a labelled enum with the words pages show for it, and its meaning when it has one', () => {
    expect(guide).toContain(
      'one of: scheduled ("Scheduled"), held ("Held"), agenda-only ("Agenda published; the minutes are not published here"), cancelled ("Cancelled"), postponed ("Postponed") |',
    );
    expect(guide).toContain(
      'awaiting-sign-off ("Awaiting sign-off": The owner reports it done; the Board has not yet agreed that it is complete.)',
    );
  });

  it('takes each field’s meaning from its own schema when another object has the same field names', () => {
    // nextMeeting { date, note } in meetings.ts, not a change note { date, note } in fields.ts.
    expect(guide).toMatch(/^\| `nextMeeting\.date` \|.*\| Date of the next meeting/m);
    expect(guide).toMatch(/^\| `target\.label` \|.*\| Whose target it is/m);
  });
});
