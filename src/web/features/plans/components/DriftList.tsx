import { Box, Typography } from '@mui/material';
import type { Ref } from 'react';
import type { DriftItem } from '../../../../shared/cluster-snapshot';
import { DriftItems } from '../../../components/DriftItems';
import { useT } from '../../../i18n/parts/plans';

interface DriftListProps {
  heading: string;
  items: readonly DriftItem[];
  ref?: Ref<HTMLHeadingElement>;
}

/** What changed in the cluster, under a heading that takes the focus when the answer arrives. */
export function DriftList({ heading, items, ref }: DriftListProps) {
  const t = useT();
  return (
    <Box>
      <Typography variant="h3" ref={ref} tabIndex={-1} sx={{ mt: 2, outline: 'none' }}>{heading}</Typography>
      {items.length > 0 && <DriftItems label={t('plans.drift.list')} items={items} />}
    </Box>
  );
}
