import { Box, Typography } from '@mui/material';
import type { Ref } from 'react';
import type { DriftItem } from '../../../../shared/cluster-snapshot';
import { useT } from '../../../i18n/parts/plans';
import { driftKindKeys } from '../cluster-change-words';

interface DriftListProps {
  heading: string;
  items: readonly DriftItem[];
  ref?: Ref<HTMLHeadingElement>;
}

/**
 * What changed in the cluster, under a heading that takes the focus when the answer arrives. The BFF sends each change
 * as its kind and an English sentence naming the nodes, pools and add-ons: the kind is worded here, the sentence kept
 * as the BFF's detail (English shows only the sentence, which already says the kind).
 */
export function DriftList({ heading, items, ref }: DriftListProps) {
  const t = useT();
  return (
    <Box>
      <Typography variant="h3" ref={ref} tabIndex={-1} sx={{ mt: 2, outline: 'none' }}>{heading}</Typography>
      {items.length > 0 && (
        <Box component="ul" aria-label={t('plans.drift.list')} sx={{ pl: 3 }}>
          {items.map((item, index) => <li key={`${item.kind}:${index}`}>{t('plans.drift.item', { kind: driftKindKeys[item.kind], message: item.message })}</li>)}
        </Box>
      )}
    </Box>
  );
}
