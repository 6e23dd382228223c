/** What a decision's page shows besides the decision (see src/lib/content/page-cache.ts): its body and its meeting. */
import type { Decision, Portal } from '../../lib/content/portal';
import type { PageInputs } from '../../lib/content/page-cache';
import { namedMeeting } from '../meetings/page-inputs';

export function decisionPageInputs(portal: Portal, decision: Decision): PageInputs {
  const data: { body?: string; meeting?: string } = decision.data;
  return {
    shows: [portal.bodies.find((b) => b.id === data.body), ...namedMeeting(portal, data.meeting)],
  };
}
