import { Box, Button, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { wavePrecision } from '../../../../shared/wave-precision';
import type { Wave } from '../../../../shared/waves';
import { VirtualList } from '../../../components/VirtualList';
import { WaveNodes } from '../../../components/WaveNodes';
import { useToggleSet } from '../../../lib/use-toggle-set';
import { useT } from '../../../i18n/parts/plans';
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
  const t = useT();
  const [all, setAll] = useState(false);
  const [expanded, toggle] = useToggleSet<number>();
  const precision = useMemo(() => wavePrecision(waves), [waves]);
  const titleId = useId();
  const row = (wave: Wave) => {
    const poolName = poolNames[wave.poolId] ?? wave.poolId;
    return (
      <Box sx={{ py: 1, px: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Typography id={`${titleId}-${wave.number}`} sx={{ fontWeight: 'bold' }}>
          {t('plans.waves.title', { wave: wave.number, pool: poolName, nodes: wave.nodes.length })}{' '}
          <CommentButton anchor={{ kind: 'wave', wave: wave.number }} about={t('plans.anchor.wave', { form: 'inline', wave: wave.number })} onComment={onComment} />
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
    <PlanSection title={t('plans.waves.heading')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('plans.waves.explain')}
      </Typography>
      {all ? (
        <VirtualList items={waves} regionLabel={t('plans.waves.all')} listLabel={t('plans.waves.heading')} itemKey={(wave) => wave.number} estimateSize={72} renderItem={row} />
      ) : (
        <Box component="ol" aria-label={t('plans.waves.heading')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {waves.slice(0, FIRST_WAVES).map((wave) => <li key={wave.number}>{row(wave)}</li>)}
        </Box>
      )}
      {!all && waves.length > FIRST_WAVES && (
        <Button onClick={() => setAll(true)}>{t('plans.waves.showAll', { count: waves.length })}</Button>
      )}
    </PlanSection>
  );
}
