import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clusterTraits } from '../../../shared/addon-compat';
import { parseCceTime } from '../../../shared/cce-time';
import { isAccepted, isRisk, preCheckState } from '../../../shared/pre-check';
import { resolvedByPlan, type CheckedPlan, type VerdictInput } from '../../../shared/pre-check-verdict';
import { useT } from '../../i18n/parts/review';
import { clusterQueries } from '../../lib/cluster-queries';
import { describeError } from '../../lib/describe-error';
import { addonQueries } from '../../lib/addon-queries';
import { preCheckQueries } from './api/pre-check-queries';
import { useSafeSubmitState } from './safe-submit-state';
import { commaList } from '../../lib/word-lists';

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

type ReviewTranslate = ReturnType<typeof useT>;

/** What changed since the check ran (as planChanges in src/shared/pre-check-verdict.ts), by id: empty when it still describes this plan. */
function planChangeIds(checked: CheckedPlan, plan: CheckedPlan) {
  return [
    ...(checked.clusterId === plan.clusterId ? [] : (['review.change.cluster'] as const)),
    ...(checked.targetVersion === plan.targetVersion ? [] : (['review.change.targetVersion'] as const)),
    ...(JSON.stringify(checked.addons) === JSON.stringify(plan.addons) ? [] : (['review.change.addons'] as const)),
  ];
}
type PlanChange = ReturnType<typeof planChangeIds>[number];

/**
 * Every reason the plan may not be submitted yet, with what to do, in the planner's language: the verdict of
 * submitBlockers (src/shared/pre-check-verdict.ts), case by case. CCE's item names and messages stay as CCE sent them.
 */
function blockersInWords(
  t: ReviewTranslate,
  { check, changes, accepted, plan, templates, clusterKind }: Omit<VerdictInput, 'changes'> & { changes: readonly PlanChange[] },
): string[] {
  if (!check) return [t('review.blocker.notRun')];
  if (changes.length > 0) {
    const list = commaList(changes.map((change) => t(change)));
    return [t('review.blocker.changed', { changes: list })];
  }
  switch (check.state) {
    case 'running':
      return [t('review.blocker.running')];
    case 'error':
      return [t('review.blocker.error', { message: check.message })];
    case 'expired':
      return [t('review.blocker.expired')];
    case 'done':
      return check.findings.flatMap((finding) => {
        if (isRisk(finding)) return isAccepted(finding, accepted) ? [] : [t('review.blocker.risk', { name: finding.name })];
        if (resolvedByPlan(finding, plan, templates, clusterKind)) return [];
        return [t('review.blocker.exception', { name: finding.name })];
      });
  }
}

/** The latest pre-check of this draft, what it found, and every reason the plan may not be submitted yet. */
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
  const changes = record ? planChangeIds(record.checked, plan) : [];
  const templateItems = templates.data?.items ?? [];

  let blockers: string[];
  if (record && task.isError) {
    blockers = [t('review.blocker.unreadable', { problem: describeError(task.error).title })];
  } else if (record && !task.data) {
    blockers = [t('review.blocker.loading')];
  } else {
    blockers = blockersInWords(t, { check, changes, accepted: state.acceptedRisks, plan, templates: templateItems, clusterKind });
  }
  return { record, task, check, changes, blockers, templates: templateItems, clusterKind };
}
