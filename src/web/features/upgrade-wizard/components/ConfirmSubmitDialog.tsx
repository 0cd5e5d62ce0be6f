import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { AcceptedRisk } from '../../../../shared/bff-api';
import { toUpgradeRequest, type Plan } from '../../../../shared/plan';
import { computeWaves } from '../../../../shared/waves';
import { FactList } from '../../../components/FactList';
import { clusterQueries } from '../../../lib/cluster-queries';
import { useInventory } from '../../../lib/use-inventory';
import { useT } from '../../../i18n/parts/review';
import { commaList } from '../../../lib/word-lists';

interface ConfirmSubmitDialogProps {
  open: boolean;
  projectId: string;
  plan: Plan;
  acceptedRisks: readonly AcceptedRisk[];
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

function WaveCount({ projectId, plan }: { projectId: string; plan: Plan }) {
  const t = useT();
  const inventory = useInventory(projectId, plan.clusterId);
  const waves = useMemo(
    () => (inventory.isPending ? undefined : computeWaves(inventory.pools, inventory.nodes, toUpgradeRequest(plan).spec.clusterUpgradeAction)),
    [inventory.isPending, inventory.pools, inventory.nodes, plan],
  );
  if (inventory.error) return <>{t('review.confirm.waveCountUnknown')}</>;
  if (!waves) return <>{t('review.confirm.counting')}</>;
  return <>{t('review.confirm.waveCount', { waves: waves.length, nodes: inventory.nodes.length })}</>;
}

/** The last look before an irreversible upgrade: what will happen, and the cluster name typed to confirm it. */
export function ConfirmSubmitDialog({ open, projectId, plan, acceptedRisks, busy, onCancel, onConfirm }: ConfirmSubmitDialogProps) {
  const t = useT();
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
        <DialogTitle id={titleId}>{t('review.confirm.title', { name: name ?? plan.clusterId })}</DialogTitle>
        <DialogContent>
          <DialogContentText id={descriptionId}>
            {t('review.confirm.description')}
          </DialogContentText>
          <FactList
            facts={[
              [t('review.fact.cluster'), name ?? plan.clusterId],
              [t('review.fact.version'), cluster.data ? `${cluster.data.spec.version} → ${plan.targetVersion}` : plan.targetVersion],
              [t('review.confirm.waves'), <WaveCount projectId={projectId} plan={plan} />],
              [
                t('review.confirm.addons'),
                plan.addons.length === 0
                  ? t('review.confirm.none')
                  : commaList(plan.addons.map((addon) => `${addon.addonTemplateName} → ${addon.version}`)),
              ],
              [
                t('review.acceptedRisks.heading'),
                acceptedRisks.length === 0 ? (
                  t('review.confirm.none')
                ) : (
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {acceptedRisks.map((risk) => <li key={`${risk.name}:${risk.nodeUids?.join(',') ?? ''}`}>{t('review.confirm.risk', { name: risk.name, reason: risk.reason })}</li>)}
                  </Box>
                ),
              ],
            ]}
          />
          <TextField
            label={t('review.confirm.typeName')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoFocus
            fullWidth
            autoComplete="off"
            helperText={name ? t('review.confirm.typeExactly', { name }) : t('review.confirm.loadingName')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>{t('review.cancel')}</Button>
          <Button type="submit" variant="contained" color="warning" disabled={!matches || busy}>
            {busy ? t('review.confirm.submitting') : t('review.confirm.confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
