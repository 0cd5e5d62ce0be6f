import { planChanges } from '../../../shared/pre-check-verdict';
import type { SaveRevision } from '../../../shared/plans-api';
import type { SafeSubmitState } from './safe-submit-state';
import type { UpgradeRequestView } from './upgrade-request';

export type RevisionBody = Omit<SaveRevision, 'basedOn'>;

/** What the BFF records of the reviewed plan, for a save and for a plan file alike: the exact text, its risks and check. */
export function revisionBody(state: SafeSubmitState, { plan, text }: UpgradeRequestView): RevisionBody {
  // A check of another cluster, target or add-on set says nothing about this plan, so it is not offered as its check.
  const checked = state.preCheck && planChanges(state.preCheck.checked, plan).length === 0 ? state.preCheck.taskId : null;
  return { request: text, plan, acceptedRisks: state.acceptedRisks, preCheckTaskId: checked };
}
