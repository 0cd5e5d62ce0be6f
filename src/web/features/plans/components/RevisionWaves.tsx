import { Box, Button, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { wavePrecision } from '../../../../shared/wave-precision';
import type { Wave } from '../../../../shared/waves';
import { VirtualList } from '../../../components/VirtualList';
import { WaveNodes } from '../../../components/WaveNodes';
import { useToggleSet } from '../../../lib/use-toggle-set';
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
  const [expanded, toggle] = useToggleSet<number>();
  const precision = useMemo(() => wavePrecision(waves), [waves]);
  const titleId = useId();
  const row = (wave: Wave) => {
    const poolName = poolNames[wave.poolId] ?? wave.poolId;
    return (
      <Box sx={{ py: 1, px: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Typography id={`${titleId}-${wave.number}`} sx={{ fontWeight: 'bold' }}>
          Wave {wave.number} · {poolName} · {plural(wave.nodes.length, 'node')}{' '}
          <CommentButton anchor={{ kind: 'wave', wave: wave.number }} about={`wave ${wave.number}`} onComment={onComment} />
        </Typography>
        <WaveNodes
          wave={wave}
          precision={precision[wave.number - 1]!}
          poolName={poolName}
          expanded={expanded.has(wave.number)}
          onToggle={toggle}
          describedBy={`${titleId}-${wave.number}`}
        />
      </Box>
    );
  };
  return (
    <PlanSection title="Waves">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Predicted from this revision’s snapshot by CCE’s documented rules, so they do not change when the cluster does. Nodes
        are named only where a batch or a pool boundary fixes them; elsewhere CCE picks lightly loaded nodes first.
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
