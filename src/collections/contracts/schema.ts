/**
 * Contracts over £10,000 and invitations to tender (Specified Information
 * Order, paragraph 4), one file each in `content/contracts/`. A contract names
 * its supplier, value and award date; an invitation to tender says when bids
 * close. A commercially sensitive one can be withheld, leaving its title and
 * type public, so the register has no unexplained gaps.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import {
  approximatePounds,
  changeNoteFields,
  checkWithheldReason,
  isoDate,
  isoDateOrMonth,
  labelledEnum,
  requiredSources,
  text,
  visibilityFields,
  withhold,
} from '../../schemas/fields';

export const CONTRACT_TYPE = labelledEnum({
  'invitation-to-tender': 'Invitation to tender',
  contract: 'Contract',
});

/** What the public still sees of a withheld contract or tender, and why. */
export const CONTRACT_PUBLIC_WHEN_WITHHELD = {
  title: 'Says what the contract was for, so the register has no unexplained gaps.',
  type: 'Says whether it is a contract or an invitation to tender.',
  reported: 'Dates it in the register.',
} as const;

export const contractSchema = z
  .strictObject({
    /** What the contract is for, e.g. "Victim First service". */
    title: text(),
    /** A contract let, or an invitation to tender for one. */
    type: CONTRACT_TYPE.schema(),
    /** Day the paper this record comes from reported it, or the office published it. */
    reported: isoDate(),
    /** What it buys, in a sentence or two. */
    summary: text(),
    /** For a contract: the supplier's name as it appears on the contract. */
    supplier: text().optional(),
    /** Its value in pounds, over £10,000, exactly or as the paper gives it. */
    value: approximatePounds().optional(),
    /** For a contract: day it was awarded. */
    awarded: isoDate().optional(),
    /** For an invitation to tender: when bids close (YYYY-MM-DD, or YYYY-MM when only the month is known). */
    closes: isoDateOrMonth().optional(),
    /** Public documents this record was written from. */
    sources: requiredSources('the paper or notice the record comes from'),
    ...changeNoteFields(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .superRefine((c, ctx) => {
    if (c.type !== 'contract' || c.visibility !== 'official') return;
    for (const field of ['supplier', 'awarded'] as const) {
      if (c[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: explain(
            `is missing: add "${field}:" followed by the contract's ${field === 'supplier' ? 'supplier' : 'award date'}`,
            `a contract published here names its supplier and when it was awarded; write type: invitation-to-tender if it has not been let yet`,
          ),
        });
    }
  })
  .transform((c) => withhold(c, CONTRACT_PUBLIC_WHEN_WITHHELD));
