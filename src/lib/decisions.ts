/** Words for decision makers and outcomes. */
import type { DECISION_OUTCOMES, DecisionMaker } from '../schemas/decisions';

export const DECISION_MAKER_LABELS: Record<DecisionMaker, string> = {
  pcc: 'Police and Crime Commissioner',
  board: 'Board',
  panel: 'Police and Crime Panel',
};

export const DECISION_OUTCOME_LABELS: Record<(typeof DECISION_OUTCOMES)[number], string> = {
  approved: 'Approved',
  adopted: 'Adopted',
  agreed: 'Agreed',
  supported: 'Supported',
  rejected: 'Rejected',
  vetoed: 'Vetoed',
};
