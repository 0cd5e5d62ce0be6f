import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import type { AcceptedRisk } from '../../../../../shared/bff-api';
import { Trans, useT } from '../../../../i18n/parts/review';

/**
 * The risks this plan accepted, with the reasons given. CCE reports a skipped item as passed, so once the re-run is clean
 * this list is the only place the decision stays visible before submitting (and the audit log records it).
 */
export function AcceptedRiskList({ accepted }: { accepted: readonly AcceptedRisk[] }) {
  const t = useT();
  const headingId = useId();
  if (accepted.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h4" id={headingId} sx={{ fontSize: '1.1rem', fontWeight: 'bold' }}>{t('review.acceptedRisks.heading')}</Typography>
      <Box component="ul" sx={{ my: 1, pl: 3 }}>
        {accepted.map((risk) => (
          <li key={`${risk.name}:${risk.nodeUids?.join(',') ?? ''}`}>
            <Typography variant="body2">
              {risk.nodeUids && risk.nodeUids.length > 0 ? (
                <Trans id="review.acceptedRisks.nodes" values={{ name: risk.name, count: risk.nodeUids.length }} components={{ 0: <strong /> }} />
              ) : (
                <strong>{risk.name}</strong>
              )}
            </Typography>
            <Typography variant="body2">{t('review.finding.accepted', { reason: risk.reason })}</Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
}
