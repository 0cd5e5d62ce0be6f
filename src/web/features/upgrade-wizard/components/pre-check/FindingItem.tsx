import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import type { AcceptedRisk } from '../../../../../shared/bff-api';
import { isRisk, type PreCheckFinding } from '../../../../../shared/pre-check';
import { NodeNameList } from '../../../../components/NodeNameList';
import { StepLink } from '../../wizard-navigation';
import { RiskAcceptance } from './RiskAcceptance';
import { useT } from '../../../../i18n/parts/review';
import { commaList } from '../../../../lib/word-lists';

interface FindingItemProps {
  finding: PreCheckFinding;
  accepted: AcceptedRisk | undefined;
  resolution: string | undefined;
  /** Undefined when the result no longer describes the plan: a new check is needed before accepting anything. */
  onAccept: ((reason: string) => void) | undefined;
  busy: boolean;
}

export function FindingItem({ finding, accepted, resolution, onAccept, busy }: FindingItemProps) {
  const t = useT();
  const id = useId();
  const risk = isRisk(finding);
  return (
    <Box component="li" aria-labelledby={id} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider', listStyle: 'none' }}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip size="small" color={risk ? 'warning' : 'error'} label={t(risk ? 'review.finding.risk' : 'review.finding.exception')} />
          <Typography id={id} sx={{ fontWeight: 'bold' }}>{finding.name}</Typography>
          {finding.level && <Typography variant="body2" color="text.secondary">{t('review.finding.level', { level: finding.level })}</Typography>}
          {finding.group && <Typography variant="body2" color="text.secondary">{finding.group}</Typography>}
        </Stack>
        {finding.message && <Typography variant="body2">{finding.message}</Typography>}
        {finding.nodes.length > 0 && (
          <NodeNameList label={t('review.finding.nodes', { name: finding.name })} nodes={finding.nodes.map((node) => ({ uid: node.uid, name: node.name ?? node.uid }))} />
        )}
        {finding.addons.length > 0 && <Typography variant="body2">{t('review.finding.addons', { addons: commaList(finding.addons) })}</Typography>}
        {resolution && <Alert severity="success" role="note">{resolution}</Alert>}
        {/* An add-on finding the plan does not fix yet is fixed by patching the add-on: the step that does it is a click away. */}
        {!resolution && finding.addons.length > 0 && (
          <Typography variant="body2">
            <StepLink step="addons" aria-describedby={id}>{t('review.finding.patchAddons')}</StepLink>
          </Typography>
        )}
        {accepted && <Typography variant="body2">{t('review.finding.accepted', { reason: accepted.reason })}</Typography>}
        {risk && !accepted && onAccept && <RiskAcceptance finding={finding} disabled={busy} onAccept={onAccept} />}
      </Stack>
    </Box>
  );
}
