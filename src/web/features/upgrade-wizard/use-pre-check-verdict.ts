import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clusterTraits } from '../../../shared/addon-compat';
import { parseCceTime } from '../../../shared/cce-time';
import { preCheckState } from '../../../shared/pre-check';
import { planChanges, submitBlockers, type CheckedPlan } from '../../../shared/pre-check-verdict';
import { useT } from '../../i18n/parts/review';
import { clusterQueries } from '../../lib/cluster-queries';
import { describeError } from '../../lib/describe-error';
import { addonQueries } from '../../lib/addon-queries';
import { preCheckQueries } from './api/pre-check-queries';
import { useSafeSubmitState } from './safe-submit-state';
import { describeBlocker } from './blocker-words';

/** Re-renders when `until` passes, so an expiring check result blocks submit without a reload. */
function useClock(until: number | undefined): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (until === undefined || until <= now) return;
    // Capped: setTimeout fires at once for delays beyond 2^31 - 1 ms.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(until - now + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until, now]);
  return now;
}

/**
 * The latest pre-check of this draft, what it found, and every reason the plan may not be submitted yet: the shared
 * submitBlockers' verdict, or why there is none yet, worded as the hook renders (so a language switch rewords them).
 */
export function usePreCheckVerdict(projectId: string, plan: CheckedPlan) {
  const t = useT();
  const { state, timing } = useSafeSubmitState();
  const record = state.preCheck;
  const task = useQuery({
    ...preCheckQueries.task(projectId, record?.checked.clusterId ?? '', record?.taskId ?? '', timing.preCheckPollMs),
    enabled: record !== null,
  });
  const templates = useQuery({ ...addonQueries.templates(projectId), enabled: record !== null && plan.addons.length > 0 });
  const cluster = useQuery({ ...clusterQueries.detail(projectId, plan.clusterId), enabled: record !== null && plan.addons.length > 0 });
  const clusterKind = cluster.data ? clusterTraits(cluster.data, plan.targetVersion) : undefined;
  const clock = useClock(parseCceTime(task.data?.status.expireTimeStamp));
  // The clock may have last ticked before this result arrived.
  const now = Math.max(clock, task.dataUpdatedAt);
  const check = task.data ? preCheckState(task.data, now) : undefined;
  const changes = record ? planChanges(record.checked, plan) : [];
  const templateItems = templates.data?.items ?? [];

  let blockers: string[];
  if (record && task.isError) {
    blockers = [t('review.blocker.unreadable', { problem: describeError(task.error).title })];
  } else if (record && !task.data) {
    blockers = [t('review.blocker.loading')];
  } else {
    blockers = submitBlockers({ check, changes, accepted: state.acceptedRisks, plan, templates: templateItems, clusterKind }).map(describeBlocker);
  }
  return { record, task, check, changes, blockers, templates: templateItems, clusterKind };
}
