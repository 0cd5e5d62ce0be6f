import type { ClusterKind } from '../../../../../shared/addon-compat';
import { Box, Stack, Typography } from '@mui/material';
import type { AcceptedRisk } from '../../../../../shared/bff-api';
import type { AddonTemplate } from '../../../../../shared/cce-responses';
import { isAccepted, type FindingScope, type PreCheckFinding } from '../../../../../shared/pre-check';
import { resolvedByPlan, type CheckedPlan } from '../../../../../shared/pre-check-verdict';
import { groupBy } from '../../../../../shared/inventory';
import { FindingItem } from './FindingItem';

const groups: { scope: FindingScope; title: string }[] = [
  { scope: 'cluster', title: 'Cluster' },
  { scope: 'addons', title: 'Add-ons' },
  { scope: 'nodes', title: 'Nodes' },
];

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
  const byScope = groupBy(findings, (finding) => finding.scope);
  return (
    <Stack spacing={2}>
      {groups.map(({ scope, title }) => {
        const items = byScope.get(scope) ?? [];
        return (
          <Box key={scope}>
            <Typography variant="h5" component="h5" sx={{ fontSize: '1rem', fontWeight: 'bold' }}>{title}</Typography>
            {items.length === 0 ? (
              <Typography variant="body2" color="text.secondary">No findings.</Typography>
            ) : (
              <Box component="ul" aria-label={`${title} findings`} sx={{ p: 0, m: 0 }}>
                {items.map((finding) => (
                  <FindingItem
                    key={finding.key}
                    finding={finding}
                    accepted={isAccepted(finding, accepted) ? accepted.find((risk) => risk.name === finding.name) : undefined}
                    resolution={resolvedByPlan(finding, plan, templates, clusterKind)}
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
