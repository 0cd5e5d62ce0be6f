import type { ClusterKind } from '../../../../../shared/addon-compat';
import { Box, Stack, Typography } from '@mui/material';
import type { AcceptedRisk } from '../../../../../shared/bff-api';
import type { AddonTemplate } from '../../../../../shared/cce-responses';
import { isAccepted, type FindingScope, type PreCheckFinding } from '../../../../../shared/pre-check';
import { resolvedByPlan, type CheckedPlan } from '../../../../../shared/pre-check-verdict';
import { groupBy } from '../../../../../shared/inventory';
import { useT } from '../../../../i18n/parts/review';
import { FindingItem } from './FindingItem';
import { commaList } from '../../../../lib/word-lists';

const groups = [
  { scope: 'cluster', title: 'review.finding.group.cluster', list: 'review.finding.list.cluster' },
  { scope: 'addons', title: 'review.finding.group.addons', list: 'review.finding.list.addons' },
  { scope: 'nodes', title: 'review.finding.group.nodes', list: 'review.finding.list.nodes' },
] as const satisfies readonly { scope: FindingScope; title: string; list: string }[];

/** Why an add-on Exception is already fixed by the plan (see resolvedByPlan), in the planner's language; else undefined. */
function resolution(t: ReturnType<typeof useT>, finding: PreCheckFinding, plan: CheckedPlan, templates: readonly AddonTemplate[], clusterKind: ClusterKind | undefined) {
  const patches = resolvedByPlan(finding, plan, templates, clusterKind);
  if (patches === undefined) return undefined;
  return t('review.finding.resolved', { patches: commaList(patches.map((patch) => `${patch.name} ${patch.version}`)), version: plan.targetVersion });
}

interface FindingGroupsProps {
  findings: PreCheckFinding[];
  accepted: readonly AcceptedRisk[];
  plan: CheckedPlan;
  templates: readonly AddonTemplate[];
  clusterKind: ClusterKind | undefined;
  onAccept: ((finding: PreCheckFinding, reason: string) => void) | undefined;
  busy: boolean;
}

/** The check's findings by where CCE found them, each with what the user can do about it. */
export function FindingGroups({ findings, accepted, plan, templates, clusterKind, onAccept, busy }: FindingGroupsProps) {
  const t = useT();
  const byScope = groupBy(findings, (finding) => finding.scope);
  return (
    <Stack spacing={2}>
      {groups.map(({ scope, title, list }) => {
        const items = byScope.get(scope) ?? [];
        return (
          <Box key={scope}>
            <Typography variant="h5" component="h5" sx={{ fontSize: '1rem', fontWeight: 'bold' }}>{t(title)}</Typography>
            {items.length === 0 ? (
              <Typography variant="body2" color="text.secondary">{t('review.finding.none')}</Typography>
            ) : (
              <Box component="ul" aria-label={t(list)} sx={{ p: 0, m: 0 }}>
                {items.map((finding) => (
                  <FindingItem
                    key={finding.key}
                    finding={finding}
                    accepted={isAccepted(finding, accepted) ? accepted.find((risk) => risk.name === finding.name) : undefined}
                    resolution={resolution(t, finding, plan, templates, clusterKind)}
                    onAccept={onAccept && ((reason) => onAccept(finding, reason))}
                    busy={busy}
                  />
                ))}
              </Box>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}
