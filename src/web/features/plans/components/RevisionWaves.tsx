import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import type { Wave } from '../../../../shared/waves';
import { NodeNameList } from '../../../components/NodeNameList';
import { VirtualList } from '../../../components/VirtualList';
import { plural } from '../plan-words';
import { CommentButton, type CommentOn } from './CommentButton';
import { PlanSection } from './PlanSection';

// Enough to read how the upgrade starts; a 240-wave plan lists the rest only on request, and then virtualized.
const FIRST_WAVES = 10;

interface RevisionWavesProps {
  waves: readonly Wave[];
  poolNames: Readonly<Record<string, string>>;
  onComment: CommentOn;
}

export function RevisionWaves({ waves, poolNames, onComment }: RevisionWavesProps) {
  const [all, setAll] = useState(false);
  const row = (wave: Wave) => (
    <Box sx={{ py: 1, px: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Typography sx={{ fontWeight: 'bold' }}>
        Wave {wave.number} · {poolNames[wave.poolId] ?? wave.poolId} · {plural(wave.nodes.length, 'node')}{' '}
        <CommentButton anchor={{ kind: 'wave', wave: wave.number }} about={`wave ${wave.number}`} onComment={onComment} />
      </Typography>
      <NodeNameList label={`Nodes in wave ${wave.number}`} nodes={wave.nodes} />
    </Box>
  );
  return (
    <PlanSection title="Waves">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Predicted from this revision’s snapshot by CCE’s documented rules, so they do not change when the cluster does. Where a
        pool’s nodes match no batch, CCE picks lightly loaded nodes first; names here are in name order.
      </Typography>
      {all ? (
        <VirtualList items={waves} regionLabel="All waves" listLabel="Waves" itemKey={(wave) => wave.number} estimateSize={72} renderItem={row} />
      ) : (
        <Box component="ol" aria-label="Waves" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {waves.slice(0, FIRST_WAVES).map((wave) => <li key={wave.number}>{row(wave)}</li>)}
        </Box>
      )}
      {!all && waves.length > FIRST_WAVES && (
        <Button onClick={() => setAll(true)}>Show all {waves.length} waves</Button>
      )}
    </PlanSection>
  );
}
