import { Box, Button, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import type { PlanningNode, PlanningPool } from '../../../../../shared/inventory';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import { labelValues } from './batch-model';
import { BatchItem } from './BatchItem';
import { LintNote } from './LintNote';
import { usePoolBatches } from './use-pool-batches';
import { useT } from '../../../../i18n/parts/wizard';

interface PoolBatchesProps {
  pool: PlanningPool;
  nodes: readonly PlanningNode[];
  /** Lint messages about one batch, by batch index. */
  batchLints: ReadonlyMap<number, string[]>;
  /** Lint messages about the pool as a whole (overlaps, uncovered nodes). */
  poolLints: string[];
}

export function PoolBatches({ pool, nodes, batchLints, poolLints }: PoolBatchesProps) {
  const t = useT();
  const { batches, keys, add, remove, move, update } = usePoolBatches(pool.id);
  const labels = useMemo(() => labelValues(nodes), [nodes]);
  const { container, focusAfterChange } = useFocusAfterChange<HTMLDivElement>();
  const addKey = `${pool.id}:add`;

  const onAdd = () => focusAfterChange(`${add()}:key`);
  const onMove = (index: number, delta: -1 | 1) => {
    focusAfterChange(`${keys[index]}:${delta < 0 ? 'up' : 'down'}`, `${keys[index]}:${delta < 0 ? 'down' : 'up'}`);
    move(index, delta);
  };
  const onRemove = (index: number) => {
    focusAfterChange(...[keys[index + 1], keys[index - 1]].filter(Boolean).map((key) => `${key}:remove`), addKey);
    remove(index);
  };

  return (
    <Stack spacing={2} ref={container}>
      {nodes.length === 0 && <Typography>{t('wizard.batches.poolNoNodes')}</Typography>}
      {batches.length === 0 ? (
        <Typography color="text.secondary">{t('wizard.batches.none')}</Typography>
      ) : (
        <Box component="ol" aria-label={t('wizard.batches.listOf', { pool: pool.name })} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {batches.map((batch, index) => (
            <BatchItem
              key={keys[index]}
              batch={batch}
              index={index}
              count={batches.length}
              poolName={pool.name}
              nodes={nodes}
              labels={labels}
              path={`nodeOrder.${pool.id}.${index}.nodeSelector`}
              lints={batchLints.get(index) ?? []}
              focusKey={keys[index]!}
              onChange={(selector) => update(index, selector)}
              onMove={(delta) => onMove(index, delta)}
              onRemove={() => onRemove(index)}
            />
          ))}
        </Box>
      )}
      {poolLints.map((lint) => (
        <LintNote key={lint}>{lint}</LintNote>
      ))}
      <Box>
        <Button variant="outlined" aria-label={t('wizard.batches.addTo', { pool: pool.name })} data-focus-key={addKey} onClick={onAdd}>
          {t('wizard.batches.add')}
        </Button>
      </Box>
    </Stack>
  );
}
