import { Box } from '@mui/material';
import type { DriftItem } from '../../shared/cluster-snapshot';
import { useT } from '../i18n/parts/drift';
import { describeSnapshotChange } from '../lib/describe-drift';

/**
 * What changed in a cluster, as a list named `label`: each change is worded from the data the BFF sends with it (its
 * English `message` is for API clients), so it reads in the user's language and follows a switch.
 */
export function DriftItems({ label, items }: { label: string; items: readonly DriftItem[] }) {
  useT(); // the words come from describeSnapshotChange: this re-renders them on a switch of language
  return (
    <Box component="ul" aria-label={label} sx={{ my: 1, pl: 3 }}>
      {items.map((item, index) => <li key={`${item.kind}:${index}`}>{describeSnapshotChange(item.change)}</li>)}
    </Box>
  );
}
