import { Box } from '@mui/material';
import type { Revision } from '../../../../shared/plans-api';
import { useT } from '../../../i18n/parts/plans';

/** The exact text that is submitted, byte for byte: what the body hash names and what reviewers approve. */
export function RequestText({ revision }: { revision: Revision }) {
  const t = useT();
  return (
    <Box
      component="pre"
      role="region"
      aria-label={t('plans.request.of', { revision: revision.revision })}
      tabIndex={0}
      sx={{ maxHeight: 360, overflow: 'auto', p: 1, m: 0, border: 1, borderColor: 'grey.400', borderRadius: 1, fontSize: '0.8125rem' }}
    >
      {revision.request}
    </Box>
  );
}
