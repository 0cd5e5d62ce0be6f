import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { AcceptedRisk } from '../../../../shared/bff-api';
import { toUpgradeRequest, type Plan } from '../../../../shared/plan';
import { computeWaves } from '../../../../shared/waves';
import { FactList } from '../../../components/FactList';
import { clusterQueries } from '../../../lib/cluster-queries';
import { useInventory } from '../../../lib/use-inventory';

interface ConfirmSubmitDialogProps {
  open: boolean;
  projectId: string;
  plan: Plan;
  acceptedRisks: readonly AcceptedRisk[];
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;


function WaveCount({ projectId, plan }: { projectId: string; plan: Plan }) {
  const inventory = useInventory(projectId, plan.clusterId);
  const waves = useMemo(
    () => (inventory.isPending ? undefined : computeWaves(inventory.pools, inventory.nodes, toUpgradeRequest(plan).spec.clusterUpgradeAction)),
    [inventory.isPending, inventory.pools, inventory.nodes, plan],
  );
  if (inventory.error) return <>unknown (the node list could not be read)</>;
  if (!waves) return <>counting…</>;
  return <>{plural(waves.length, 'wave')}, {plural(inventory.nodes.length, 'node')} (predicted)</>;
}

/** The last look before an irreversible upgrade: what will happen, and the cluster name typed to confirm it. */
export function ConfirmSubmitDialog({ open, projectId, plan, acceptedRisks, busy, onCancel, onConfirm }: ConfirmSubmitDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const [typed, setTyped] = useState('');
  const cluster = useQuery({ ...clusterQueries.detail(projectId, plan.clusterId), enabled: open });
  const name = cluster.data?.metadata.name;
  const matches = name !== undefined && typed.trim() === name;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog renders in a portal, but React still bubbles its submit to the wizard's form.
    event.stopPropagation();
    if (matches && !busy) onConfirm();
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onCancel} aria-labelledby={titleId} aria-describedby={descriptionId} slotProps={{ transition: { onExited: () => setTyped('') } }}>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>Start the upgrade of {name ?? plan.clusterId}?</DialogTitle>
        <DialogContent>
          <DialogContentText id={descriptionId}>
            CCE starts upgrading the cluster as soon as you confirm. An upgrade cannot be undone.
          </DialogContentText>
          <FactList
            facts={[
              ['Cluster', name ?? plan.clusterId],
              ['Version', cluster.data ? `${cluster.data.spec.version} → ${plan.targetVersion}` : plan.targetVersion],
              ['Waves', <WaveCount projectId={projectId} plan={plan} />],
              ['Add-on changes', plan.addons.length === 0 ? 'None' : plan.addons.map((addon) => `${addon.addonTemplateName} → ${addon.version}`).join(', ')],
              [
                'Accepted risks',
                acceptedRisks.length === 0 ? (
                  'None'
                ) : (
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {acceptedRisks.map((risk) => <li key={`${risk.name}:${risk.nodeUids?.join(',') ?? ''}`}>{risk.name}: “{risk.reason}”</li>)}
                  </Box>
                ),
              ],
            ]}
          />
          <TextField
            label="Type the cluster name to confirm"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoFocus
            fullWidth
            autoComplete="off"
            helperText={name ? `Type ${name} exactly.` : 'Loading the cluster name…'}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>Cancel</Button>
          <Button type="submit" variant="contained" color="warning" disabled={!matches || busy}>
            {busy ? 'Submitting…' : 'Confirm upgrade'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
