import { Button, Typography } from '@mui/material';
import { useId } from 'react';
import type { WavePrecision } from '../../shared/wave-precision';
import type { Wave } from '../../shared/waves';
import { NodeNameList } from './NodeNameList';

// Lists up to this long show every name; longer ones show this many until expanded.
const COLLAPSED = 5;

const nodes = (n: number) => `${n} ${n === 1 ? 'node' : 'nodes'}`;

/** Whole sentences (one per case) so they can move into the catalogue as they are. */
function chosenSentence(wave: Wave, poolName: string, remaining: number): string {
  const n = wave.nodes.length;
  const batch = wave.nodes[0]?.batch;
  if (batch === undefined) {
    return n === remaining
      ? `${nodes(n)} of pool ${poolName}: those that no batch catches and earlier waves leave, which depends on CCE’s choices by load.`
      : `${nodes(n)} of pool ${poolName}, chosen by CCE from the ${remaining} that no batch catches and earlier waves leave (it prefers lightly loaded nodes).`;
  }
  return n === remaining
    ? `${nodes(n)} of pool ${poolName}: those of batch ${batch + 1} that earlier waves leave, which depends on CCE’s choices by load.`
    : `${nodes(n)} of pool ${poolName}, chosen by CCE from the ${remaining} of batch ${batch + 1} that earlier waves leave (it prefers lightly loaded nodes).`;
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
        <Typography variant="body2">{chosenSentence(wave, poolName, candidates.length - before)}</Typography>
        {expanded && <NodeNameList id={listId} label={`Candidates for wave ${wave.number}`} nodes={candidates} />}
        {toggle(expanded ? 'Hide candidates' : `Show candidates (${candidates.length})`, expanded)}
      </>
    );
  }
  const collapsible = wave.nodes.length > COLLAPSED;
  return (
    <>
      <NodeNameList id={listId} label={`Nodes in wave ${wave.number}`} nodes={collapsible && !expanded ? wave.nodes.slice(0, COLLAPSED) : wave.nodes} />
      {collapsible && toggle(expanded ? 'Show fewer nodes' : `Show all ${wave.nodes.length} nodes`, true)}
    </>
  );
}
