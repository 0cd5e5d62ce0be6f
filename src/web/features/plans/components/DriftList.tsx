import { Box, Typography } from '@mui/material';
import type { Ref } from 'react';
import type { DriftItem } from '../../../../shared/cluster-snapshot';

interface DriftListProps {
  heading: string;
  items: readonly DriftItem[];
  ref?: Ref<HTMLHeadingElement>;
}

/** What changed in the cluster, under a heading that takes the focus when the answer arrives. */
export function DriftList({ heading, items, ref }: DriftListProps) {
  return (
    <Box>
      <Typography variant="h3" ref={ref} tabIndex={-1} sx={{ mt: 2, outline: 'none' }}>{heading}</Typography>
      {items.length > 0 && (
        <Box component="ul" aria-label="What changed in the cluster" sx={{ pl: 3 }}>
          {items.map((item, index) => <li key={`${item.kind}:${index}`}>{item.message}</li>)}
        </Box>
      )}
    </Box>
  );
}
