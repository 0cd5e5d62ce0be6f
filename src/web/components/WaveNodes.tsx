import { Button, Typography } from '@mui/material';
import { useId } from 'react';
import type { WavePrecision } from '../../shared/wave-precision';
import type { Wave } from '../../shared/waves';
import { NodeNameList } from './NodeNameList';
import { useT } from '../i18n/parts/review';

// Lists up to this long show every name; longer ones show this many until expanded.
const COLLAPSED = 5;

/** Whole sentences, one per case. */
function chosenSentence(t: ReturnType<typeof useT>, wave: Wave, poolName: string, remaining: number): string {
  const values = { nodes: wave.nodes.length, pool: poolName, remaining };
  const batch = wave.nodes[0]?.batch;
  const all = wave.nodes.length === remaining;
  if (batch === undefined) return t(all ? 'review.waveNodes.rest' : 'review.waveNodes.chosen', values);
  return t(all ? 'review.waveNodes.batchRest' : 'review.waveNodes.batchChosen', { ...values, batch: batch + 1 });
}

interface WaveNodesProps {
  wave: Wave;
  precision: WavePrecision;
  poolName: string;
  /** Held by the list, not here: virtualized items unmount when scrolled away and must reopen as the user left them. */
  expanded: boolean;
  onToggle: (waveNumber: number) => void;
  /** The element naming the wave, so the toggle says which wave it opens. */
  describedBy?: string;
}

/**
 * A wave's nodes as honestly as the plan knows them: by name only where a batch or a pool boundary fixes them;
 * elsewhere a count and, on request, the candidates CCE picks from.
 */
export function WaveNodes({ wave, precision, poolName, expanded, onToggle, describedBy }: WaveNodesProps) {
  const t = useT();
  const listId = `${useId()}-nodes`;
  const toggle = (label: string, listShown: boolean) => (
    <Button size="small" aria-expanded={expanded} aria-controls={listShown ? listId : undefined} aria-describedby={describedBy} onClick={() => onToggle(wave.number)}>
      {label}
    </Button>
  );
  if (!precision.fixed) {
    const { candidates, before } = precision;
    return (
      <>
        <Typography variant="body2">{chosenSentence(t, wave, poolName, candidates.length - before)}</Typography>
        {expanded && <NodeNameList id={listId} label={t('review.waveNodes.candidates', { number: wave.number })} nodes={candidates} />}
        {toggle(expanded ? t('review.waveNodes.hideCandidates') : t('review.waveNodes.showCandidates', { count: candidates.length }), expanded)}
      </>
    );
  }
  const collapsible = wave.nodes.length > COLLAPSED;
  return (
    <>
      <NodeNameList id={listId} label={t('review.waveNodes.nodes', { number: wave.number })} nodes={collapsible && !expanded ? wave.nodes.slice(0, COLLAPSED) : wave.nodes} />
      {collapsible && toggle(expanded ? t('review.waveNodes.showFewer') : t('review.waveNodes.showAll', { count: wave.nodes.length }), true)}
    </>
  );
}
