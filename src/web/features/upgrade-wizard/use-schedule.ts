import { useMemo } from 'react';
import { addonsUpgradedAfterCluster } from '../../../shared/addon-fates';
import { estimateUpgrade } from '../../../shared/duration-model';
import type { PlanningNode, PlanningPool } from '../../../shared/inventory';
import { estimateWindow, suggestFit } from '../../../shared/fit-suggestion';
import { fitWindow, windowStartInstant } from '../../../shared/maintenance-window';
import { toUpgradeRequest, type Plan } from '../../../shared/plan';
import { scheduleLints } from '../../../shared/plan-lints';
import { computeWaves, orderPools } from '../../../shared/waves';
import { useMeasuredWaves } from '../../lib/upgrade-duration-queries';
import { useAddonFates } from '../../lib/use-addon-fates';
import { effectiveAssumptions, useScheduleSettings } from './schedule-settings';

/**
 * Everything the estimate shows, from one place: the waves, the duration model's estimate, the window's fit and the
 * smallest change that would fit. The review, the strategy and the ordering steps all read it, so they never disagree.
 */
export function useSchedule(projectId: string, plan: Plan, pools: readonly PlanningPool[], nodes: readonly PlanningNode[]) {
  const [settings, updateSettings] = useScheduleSettings(plan.clusterId);
  // Until the history answers (or if it cannot), the estimate uses the assumptions alone.
  const measured = useMeasuredWaves(projectId, plan.clusterId).data;
  const action = useMemo(() => toUpgradeRequest(plan).spec.clusterUpgradeAction, [plan]);
  const fates = useAddonFates(projectId, { clusterId: plan.clusterId, targetVersion: plan.targetVersion, patches: plan.addons });
  // Add-ons CCE moves by itself take their time after the cluster too; until the fates are known, the patches alone count.
  const addonCount = fates.state === 'ready' ? addonsUpgradedAfterCluster(fates.fates) : plan.addons.length;
  const waves = useMemo(() => computeWaves(pools, nodes, action), [pools, nodes, action]);
  const orderedPools = useMemo(() => orderPools(pools, action.nodePoolOrder), [pools, action.nodePoolOrder]);
  const assumptions = useMemo(() => effectiveAssumptions(settings, measured), [settings, measured]);
  const estimate = useMemo(() => estimateUpgrade(waves, addonCount, assumptions), [waves, addonCount, assumptions]);
  const { window } = settings;
  const fit = window ? fitWindow(estimate.total, window.minutes) : undefined;
  const overruns = fit !== undefined && !fit.fits;
  const suggestion = useMemo(
    () => (window && overruns ? suggestFit({ pools, nodes, action, addonCount, assumptions, windowMinutes: window.minutes }) : undefined),
    [window, overruns, pools, nodes, action, addonCount, assumptions],
  );
  const lints = useMemo(() => scheduleLints(estimate, window ?? undefined), [estimate, window]);
  const startsAt = useMemo(() => (window ? windowStartInstant(window) : undefined), [window]);
  // A split is shown with each window's own estimate, so the reader can check both fit.
  const splitTotals = useMemo(() => {
    if (suggestion?.kind !== 'split') return undefined;
    const input = { pools, nodes, action, addonCount, assumptions };
    const rolling = { userDefinedStep: suggestion.step, scope: suggestion.scope };
    return [estimateWindow(input, suggestion.windows[0], 'first', rolling).total, estimateWindow(input, suggestion.windows[1], 'second', rolling).total] as const;
  }, [suggestion, pools, nodes, action, addonCount, assumptions]);
  return { settings, updateSettings, measured, action, waves, orderedPools, estimate, fit, suggestion, splitTotals, lints, startsAt };
}

export type Schedule = ReturnType<typeof useSchedule>;
