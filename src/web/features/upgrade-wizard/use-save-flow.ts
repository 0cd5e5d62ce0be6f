import { useRef } from 'react';
import { useSavePlan } from './api/save-plan';
import { clearDraft, type ReviseLink } from './draft-storage';
import { revisionBody } from './revision-body';
import { useSafeSubmitState } from './safe-submit-state';
import type { UpgradeRequestView } from './upgrade-request';

export type OnSaved = (planId: string, revision: number) => void;

/** Saves the reviewed text as a plan (or the revised plan's next revision) for other operators to review. */
export function useSaveFlow(revise: ReviseLink | null, onSaved: OnSaved) {
  const { state } = useSafeSubmitState();
  const saving = useSavePlan();
  const inFlight = useRef(false);

  const save = async (view: UpgradeRequestView) => {
    // A second click can arrive before the disabled state renders; a second save would be a second revision.
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const saved = await saving.mutateAsync({
        clusterId: view.plan.clusterId,
        revise,
        revision: revisionBody(state, view),
      });
      // The plan lives on the server now; its page is where it is reviewed, revised and submitted.
      clearDraft();
      onSaved(saved.planId, saved.revision);
    } catch {
      // The mutation holds the error and the page shows it; nothing was saved, so saving again is safe.
      inFlight.current = false;
    }
  };

  return { saving, save };
}
