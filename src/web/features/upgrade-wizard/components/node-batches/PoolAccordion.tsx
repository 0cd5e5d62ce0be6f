import { Accordion, AccordionDetails, AccordionSummary, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { ExpandIcon } from '../../../../components/ExpandIcon';
import type { PlanningNode, PlanningPool } from '../../../../../shared/inventory';
import type { Plan } from '../../../../../shared/plan';
import { PoolBatches } from './PoolBatches';
import type { PoolLints } from './use-pool-lints';

const count = (n: number, one: string, many: string) => `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;

/** One pool, closed until the user opens it (or its batches fail validation): big clusters mount only what is looked at. */
export function PoolAccordion({ pool, nodes, lints }: { pool: PlanningPool; nodes: readonly PlanningNode[]; lints: PoolLints }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const batches = useWatch<Plan, `nodeOrder.${string}`>({ name: `nodeOrder.${pool.id}` }) ?? [];
  const { errors } = useFormState<Plan>({ name: `nodeOrder.${pool.id}` });
  const invalid = errors.nodeOrder?.[pool.id] !== undefined;
  return (
    <Accordion expanded={open || invalid} onChange={(_, expanded) => setOpen(expanded)} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary id={`${id}-summary`} aria-controls={`${id}-details`} expandIcon={<ExpandIcon />}>
        <Typography component="span">
          <strong>{pool.name}</strong> · {count(pool.nodeCount, 'node', 'nodes')} · {count(batches.length, 'batch', 'batches')}
          {invalid && ' · needs attention'}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`${id}-details`}>
        <PoolBatches pool={pool} nodes={nodes} batchLints={lints.batches} poolLints={lints.pool} />
      </AccordionDetails>
    </Accordion>
  );
}
