import { Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { AcceptedRisk } from '../../../../../shared/bff-api';
import type { Plan } from '../../../../../shared/plan';
import { preCheckRequest, riskAcceptance, type PreCheckFinding } from '../../../../../shared/pre-check';
import { checkedPlanOf } from '../../../../../shared/pre-check-verdict';
import { ErrorState } from '../../../../components/ErrorState';
import { clusterQueries } from '../../../../lib/cluster-queries';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import { useCreatePreCheck } from '../../api/pre-check-queries';
import { useSafeSubmitState } from '../../safe-submit-state';
import { usePreCheckVerdict } from '../../use-pre-check-verdict';
import { stepAction } from '../SkipToStepActions';
import { AcceptedRiskList } from './AcceptedRiskList';
import { FindingGroups } from './FindingGroups';
import { CheckResultHeading, checkResultKey } from './CheckResultHeading';
import { PreCheckStatus } from './PreCheckStatus';
import { SubmitReadiness } from './SubmitReadiness';
import { useT } from '../../../../i18n/parts/review';

/** The review step's pre-upgrade check (reference §5): run it, read its findings, accept risks, see what blocks submit. */
export function PreCheckSection({ projectId, plan }: { projectId: string; plan: Plan }) {
  const t = useT();
  const headingId = useId();
  const { state, update } = useSafeSubmitState();
  const verdict = usePreCheckVerdict(projectId, plan);
  const info = useQuery(clusterQueries.upgradeInfo(projectId, plan.clusterId));
  const create = useCreatePreCheck();
  const { container, focusWhenShown } = useFocusAfterChange<HTMLElement>();

  const run = (accepted: AcceptedRisk[]) => {
    if (!info.data) return;
    const { release, patch } = info.data.spec.versionInfo;
    const clusterVersion = patch ? `${release}-${patch}` : release;
    create.mutate(
      { projectId, request: preCheckRequest({ clusterId: plan.clusterId, clusterVersion, targetVersion: plan.targetVersion }, accepted) },
      {
        onSuccess: (task) => {
          // The button pressed is disabled while CCE checks: keyboard users land on the result when it arrives.
          focusWhenShown(checkResultKey(task.metadata.uid));
          update({ preCheck: { taskId: task.metadata.uid, checked: checkedPlanOf(plan) }, acceptedRisks: accepted });
        },
      },
    );
  };

  // Risks accepted for another cluster or target do not carry over to a check of this plan.
  const { record, check, changes, blockers, task } = verdict;
  const samePlan = record !== null && record.checked.clusterId === plan.clusterId && record.checked.targetVersion === plan.targetVersion;
  const busy = create.isPending || check?.state === 'running';
  const accept = (finding: PreCheckFinding, reason: string) => run([...state.acceptedRisks, riskAcceptance(finding, reason)]);

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2} ref={container}>
      <Typography variant="h3" id={headingId}>{t('review.preCheck.heading')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('review.preCheck.explain')}
      </Typography>
      <PreCheckStatus check={check} task={task.data} starting={create.isPending} hasRun={record !== null} />
      {create.isError && <ErrorState error={create.error} />}
      {task.isError && <ErrorState error={task.error} onRetry={() => void task.refetch()} />}
      <Stack direction="row">
        {/* Until the check has passed, it is what the review step's skip link leads to. */}
        <Button variant="outlined" onClick={() => run(samePlan ? state.acceptedRisks : [])} disabled={busy || !info.data} {...(blockers.length > 0 ? stepAction : {})}>
          {t(record ? 'review.preCheck.runAgain' : 'review.preCheck.run')}
        </Button>
      </Stack>
      {record && check && check.state !== 'running' && <CheckResultHeading check={check} taskId={record.taskId} />}
      {check?.state === 'done' && (
        <FindingGroups
          findings={check.findings}
          accepted={state.acceptedRisks}
          plan={plan}
          templates={verdict.templates}
          clusterKind={verdict.clusterKind}
          onAccept={changes.length === 0 ? accept : undefined}
          busy={busy}
        />
      )}
      {check?.state === 'done' && samePlan && (
        // Risks still reported show their reason beside the finding; this lists the ones CCE now reports as skipped.
        <AcceptedRiskList accepted={state.acceptedRisks.filter((risk) => !check.findings.some((finding) => finding.name === risk.name))} />
      )}
      <SubmitReadiness blockers={blockers} />
    </Stack>
  );
}
