import { Box, Button, Stack, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import type { PlanningNode } from '../../../../../shared/inventory';
import { matchesSelector } from '../../../../../shared/selectors';
import type { NodePriority, NodeSelector } from '../../../../../shared/upgrade-request';
import { LintNote } from './LintNote';
import { MatchedNodes } from './MatchedNodes';
import { SelectorFields, type SelectorPath } from './SelectorFields';
import { useT } from '../../../../i18n/parts/wizard';

interface BatchItemProps {
  batch: NodePriority;
  path: SelectorPath;
  index: number;
  count: number;
  poolName: string;
  nodes: readonly PlanningNode[];
  labels: ReadonlyMap<string, string[]>;
  lints: string[];
  focusKey: string;
  onChange: (selector: NodeSelector) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export function BatchItem({ batch, path, index, count, poolName, nodes, labels, lints, focusKey, onChange, onMove, onRemove }: BatchItemProps) {
  const t = useT();
  const id = useId();
  const [showNodes, setShowNodes] = useState(false);
  const matched = useMemo(
    () => nodes.filter((node) => matchesSelector(node.labels, batch.nodeSelector)).map((node) => node.name),
    [nodes, batch.nodeSelector],
  );
  const where = t('wizard.batch.where', { batch: index + 1, pool: poolName });
  const matchedBy = t('wizard.batch.matchedBy', { where });
  return (
    <Box component="li" sx={{ mb: 2 }}>
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 'bold', px: 0.5 }}>
          {t('wizard.batch.legend', { batch: index + 1, priority: batch.priority })}
        </Typography>
        <Stack spacing={1.5}>
          <SelectorFields selector={batch.nodeSelector} onChange={onChange} where={where} labels={labels} path={path} focusKey={`${focusKey}:key`} />
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography role="status" aria-label={matchedBy} sx={{ mr: 1 }}>
              {t('wizard.batch.matches', { matched: matched.length, total: nodes.length })}
            </Typography>
            <Button
              size="small"
              aria-label={t(showNodes ? 'wizard.batch.hideNodesFor' : 'wizard.batch.showNodesFor', { where })}
              aria-expanded={showNodes}
              aria-controls={showNodes ? `${id}-nodes` : undefined}
              onClick={() => setShowNodes(!showNodes)}
            >
              {t(showNodes ? 'wizard.batch.hideNodes' : 'wizard.batch.showNodes')}
            </Button>
            <Button size="small" aria-label={t('wizard.action.moveUpOf', { target: where })} data-focus-key={`${focusKey}:up`} disabled={index === 0} onClick={() => onMove(-1)}>
              {t('wizard.action.moveUp')}
            </Button>
            <Button size="small" aria-label={t('wizard.action.moveDownOf', { target: where })} data-focus-key={`${focusKey}:down`} disabled={index === count - 1} onClick={() => onMove(1)}>
              {t('wizard.action.moveDown')}
            </Button>
            <Button size="small" color="error" aria-label={t('wizard.batch.removeOf', { where })} data-focus-key={`${focusKey}:remove`} onClick={onRemove}>
              {t('wizard.batch.remove')}
            </Button>
          </Stack>
          {showNodes && <MatchedNodes id={`${id}-nodes`} label={matchedBy} names={matched} />}
          {lints.map((lint) => (
            <LintNote key={lint}>{lint}</LintNote>
          ))}
        </Stack>
      </Box>
    </Box>
  );
}
