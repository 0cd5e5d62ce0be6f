import { Alert, Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { assessAddon, clusterTraits } from '../../../../../shared/addon-compat';
import type { Plan } from '../../../../../shared/plan';
import { ErrorState } from '../../../../components/ErrorState';
import { LiveStatus } from '../../../../components/LiveStatus';
import { LoadingState } from '../../../../components/LoadingState';
import { addonQueries } from '../../../../lib/addon-queries';
import { clusterQueries } from '../../../../lib/cluster-queries';
import { describeCceOutcome } from '../../../../lib/describe-lint';
import { commaList } from '../../../../lib/word-lists';
import { useT } from '../../../../i18n/parts/addons';
import { useAddonFates } from '../../../../lib/use-addon-fates';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import type { StepProps } from '../../wizard-step';
import { AddonCard, addonSwitchKey } from './AddonCard';
import { useAddonPatches } from './use-addon-patches';
import { usePatchAll } from './use-patch-all';

export function AddonsStep({ projectId }: StepProps) {
  const t = useT();
  const [clusterId, targetVersion] = useWatch<Plan, ['clusterId', 'targetVersion']>({ name: ['clusterId', 'targetVersion'] });
  const cluster = useQuery(clusterQueries.detail(projectId, clusterId));
  const instances = useQuery(clusterQueries.addons(projectId, clusterId));
  const templates = useQuery(addonQueries.templates(projectId));
  const { keepOnly, patches } = useAddonPatches();
  const view = useAddonFates(projectId, { clusterId, targetVersion, patches });
  const fates = view.state === 'ready' ? view.fates : [];
  const patchAll = usePatchAll(clusterId, fates, view.state === 'ready' ? view.instances : []);
  const { container, focusAfterChange } = useFocusAfterChange<HTMLDivElement>();
  // The button goes once pressed: focus moves to the first add-on it patched, whose switch now says so.
  const onPatchAll = () => {
    focusAfterChange(...patchAll.proposed.map((patch) => addonSwitchKey(patch.name)));
    patchAll.patchAll();
  };

  const rows = useMemo(() => {
    if (!cluster.data || !instances.data || !templates.data) return undefined;
    const traits = clusterTraits(cluster.data, targetVersion);
    return instances.data.items.map((instance) => {
      const name = instance.spec.addonTemplateName;
      const template = templates.data.items.find((candidate) => candidate.metadata.name === name);
      return { instance, assessment: assessAddon(name, instance.spec.version, template, traits) };
    });
  }, [cluster.data, instances.data, templates.data, targetVersion]);

  // A draft made for another cluster may patch add-ons this one does not have.
  useEffect(() => {
    if (instances.data) keepOnly(new Set(instances.data.items.map((instance) => instance.spec.addonTemplateName)));
  }, [instances.data, keepOnly]);

  const failed = [cluster, instances, templates].find((query) => query.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!rows) return <LoadingState label={t('addons.loading')} />;
  if (rows.length === 0) return <Alert severity="info" role="note">{t('addons.step.none')}</Alert>;

  // Patched add-ons are no longer flagged: the banner follows the plan, not only the cluster.
  const flagged = fates.flatMap((fate) => (fate.kind === 'incompatible' ? [fate.name] : []));
  const patched = fates.some((fate) => fate.kind === 'patched');
  const versions = { currentVersion: cluster.data?.spec.version ?? '', targetVersion };
  const unpatched = (name: string) => {
    const fate = fates.find((candidate) => candidate.name === name);
    return fate?.kind === 'incompatible' ? describeCceOutcome(fate.cce, fate.version, versions) : undefined;
  };
  return (
    <Stack spacing={2} ref={container}>
      <Typography>{t('addons.step.intro', { target: targetVersion })}</Typography>
      {flagged.length > 0 ? (
        <Alert
          severity="warning"
          role="note"
          action={
            patchAll.proposed.length > 0 && <Button color="inherit" size="small" onClick={onPatchAll}>{t('addons.patchAll')}</Button>
          }
        >
          {t('addons.step.flagged', { count: flagged.length, target: targetVersion, names: commaList(flagged) })}
        </Alert>
      ) : (
        // A patch to a version that does not fit is flagged on its card, and holds Next back.
        fates.every((fate) => fate.kind !== 'patched' || fate.supportsTarget) && (
          <Alert severity="success" role="note">
            {t(patched ? 'addons.step.allSupportedOrPatched' : 'addons.step.allSupported', { target: targetVersion })}
          </Alert>
        )
      )}
      <LiveStatus label={t('addons.patchAll.status')} message={patchAll.done} />
      {rows.map(({ instance, assessment }) => (
        <AddonCard
          key={assessment.name}
          clusterId={clusterId}
          targetVersion={targetVersion}
          instance={instance}
          assessment={assessment}
          unpatched={unpatched(assessment.name)}
        />
      ))}
    </Stack>
  );
}
