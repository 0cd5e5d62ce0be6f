import { createContext, useContext, useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { Plan } from '../../../shared/plan';
import { addonsUncheckedBlocker } from '../../lib/addons-unchecked';
import { requestText } from './request-text';
import { useSafeSubmitState } from './safe-submit-state';
import { usePreCheckVerdict } from './use-pre-check-verdict';

/**
 * Every reason the plan may not be submitted yet; worked out once, at the wizard's root. The add-on findings come from
 * the review step (`null` until it reports), so the first screen does not load the add-on rules.
 */
export function useSubmitBlockers(projectId: string, control: Control<Plan>, addonBlockers: readonly string[] | null): string[] {
  const [clusterId, targetVersion, addons] = useWatch({ control, name: ['clusterId', 'targetVersion', 'addons'] });
  const preCheck = usePreCheckVerdict(projectId, { clusterId, targetVersion, addons }).blockers;
  return [...preCheck, ...(addonBlockers ?? [addonsUncheckedBlocker(targetVersion)])];
}

/** Where the review step reports the add-on findings that block submit. */
export const ReportAddonBlockersContext = createContext<(blockers: string[] | null) => void>(() => {});

export const SubmitBlockersContext = createContext<string[]>([]);

export interface UpgradeRequestView {
  /**
   * The plan as it will be sent: the form's, with isOnlyUpgrade set while nothing blocks submit (so a passing pre-check
   * covers it) and the user has not asked CCE to run its own check as well.
   */
  plan: Plan;
  /** The exact UpgradeCluster text: what the review shows, what the confirmation names and what the submit posts. */
  text: string;
}

/**
 * The one derivation of the request body from the form, so the preview is never a render behind what would be sent.
 * Use inside the wizard's FormProvider and SubmitBlockersContext.
 */
export function useUpgradeRequest(): UpgradeRequestView {
  const form = useWatch<Plan>() as Plan;
  const passed = useContext(SubmitBlockersContext).length === 0;
  const { skipCceCheck } = useSafeSubmitState().state;
  return useMemo(() => {
    const plan = { ...form, isOnlyUpgrade: passed && skipCceCheck };
    return { plan, text: requestText(plan) };
  }, [form, passed, skipCceCheck]);
}
