import { useCallback, useRef, useState } from 'react';
import { saveSubmittedPlan } from '../../lib/submitted-plans';
import { isOutcomeUnknownPlan, useSubmitUpgrade } from './api/submit-upgrade';
import { clearDraft } from './draft-storage';
import { isOutcomeUnknown, newIdempotencyKey } from '../../lib/idempotent-post';
import type { UpgradeRequestView } from './upgrade-request';
import { useSafeSubmitState } from './safe-submit-state';

/** Why the task view opens on a task the user may not expect: an earlier submit of this plan, or one that went unanswered. */
export type SubmitNotice = 'replayed' | 'found';
export type OnSubmitted = (clusterId: string, taskId: string, notice?: SubmitNotice) => void;

/**
 * Submit, exactly once: blocked until the pre-check passes, confirmed in a dialog, sent with the draft's idempotency
 * key, and reconciled with CCE's task list when the answer is lost.
 */
export function useSubmitFlow(projectId: string, blockers: string[], onSubmitted: OnSubmitted) {
  const { state, update } = useSafeSubmitState();
  const submission = useSubmitUpgrade();
  const inFlight = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const [blockedShown, setBlockedShown] = useState(false);
  // The reason a person gave for sending a plan whose earlier send is unknown; sent with the next confirmed submit only.
  const [sendAgainReason, setSendAgainReason] = useState<string | null>(null);

  const request = () => {
    if (state.pendingSubmit) return;
    submission.reset();
    setBlockedShown(blockers.length > 0);
    setConfirming(blockers.length === 0);
  };

  /** Sends the request the person confirmed, exactly as the review shows it. */
  const confirm = async ({ plan, text: body }: UpgradeRequestView) => {
    // A second click can arrive before the disabled state renders; only one request may leave.
    if (inFlight.current) return;
    inFlight.current = true;
    const sentAt = Date.now();
    try {
      const { taskId, replayed } = await submission.mutateAsync({
        projectId,
        clusterId: plan.clusterId,
        body,
        acceptedRisks: state.acceptedRisks,
        preCheckTaskId: state.preCheck?.taskId,
        idempotencyKey: state.idempotencyKey,
        ...(sendAgainReason ? { sendAgain: { reason: sendAgainReason } } : {}),
      });
      setSendAgainReason(null);
      // The key goes with the draft: the next plan starts with a new one.
      clearDraft();
      onSubmitted(plan.clusterId, taskId, replayed ? 'replayed' : undefined);
    } catch (error) {
      inFlight.current = false;
      setConfirming(false);
      // The reason was given for this plan as it was; whatever comes next (an edit, a new plan) asks for it again.
      setSendAgainReason(null);
      // The mutation holds any other error and the page shows it; the user may submit again with the same key.
      if (isOutcomeUnknown(error)) update({ pendingSubmit: { clusterId: plan.clusterId, targetVersion: plan.targetVersion, body, sentAt } });
      // Sent before, from here or elsewhere, with its answer lost: look for the task created since that send.
      else if (isOutcomeUnknownPlan(error)) {
        const earlier = error.sentAt === undefined ? Number.NaN : Date.parse(error.sentAt);
        update({ pendingSubmit: { clusterId: plan.clusterId, targetVersion: plan.targetVersion, body, sentAt: Number.isNaN(earlier) ? sentAt : earlier } });
      }
    }
  };

  const pending = state.pendingSubmit;
  const found = useCallback(
    (taskId: string) => {
      if (!pending) return;
      saveSubmittedPlan(taskId, { clusterId: pending.clusterId, body: pending.body });
      clearDraft();
      onSubmitted(pending.clusterId, taskId, 'found');
    },
    [pending, onSubmitted],
  );

  // CCE has no task for the lost submit: a new submit is a new request, so it gets a new key.
  const dropPending = () => {
    submission.reset();
    setSendAgainReason(null);
    update({ pendingSubmit: null, idempotencyKey: newIdempotencyKey() });
  };
  // The BFF holds the plan back until a person says why it may go out again; the reason goes with that one submit.
  const submitAgain = (reason: string) => {
    dropPending();
    setSendAgainReason(reason);
    setConfirming(blockers.length === 0);
    setBlockedShown(blockers.length > 0);
  };

  return {
    submission,
    confirming,
    blockedShown,
    pending,
    request,
    confirm,
    // A cancelled confirm drops the reason too: it must not ride along with a plan edited after it.
    cancel: () => {
      setConfirming(false);
      setSendAgainReason(null);
    },
    found,
    submitAgain,
    keepPlan: dropPending,
    busy: submission.isPending || pending !== null,
  };
}
