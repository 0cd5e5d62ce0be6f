import { Accordion, AccordionDetails, AccordionSummary, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { ExpandIcon } from '../../../../components/ExpandIcon';
import type { PlanningNode, PlanningPool } from '../../../../../shared/inventory';
import type { Plan } from '../../../../../shared/plan';
import { PoolBatches } from './PoolBatches';
import type { PoolLints } from './use-pool-lints';
import { Trans } from '../../../../i18n/parts/wizard';

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
          <Trans
            id={invalid ? 'wizard.batches.poolSummaryInvalid' : 'wizard.batches.poolSummary'}
            values={{ pool: pool.name, nodes: pool.nodeCount, batches: batches.length }}
            components={{ 0: <strong /> }}
          />
        </Typography>
      </AccordionSummary>
      <AccordionDetails id={`${id}-details`}>
        <PoolBatches pool={pool} nodes={nodes} batchLints={lints.batches} poolLints={lints.pool} />
      </AccordionDetails>
    </Accordion>
  );
}
