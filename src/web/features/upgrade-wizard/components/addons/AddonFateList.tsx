import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import type { Plan } from '../../../../../shared/plan';
import { useT } from '../../../../i18n/parts/addons';
import { describeAddonLint, lintSeverity } from '../../../../lib/describe-lint';
import { ErrorState } from '../../../../components/ErrorState';
import { LiveStatus } from '../../../../components/LiveStatus';
import { LoadingState } from '../../../../components/LoadingState';
import { useAddonFates } from '../../../../lib/use-addon-fates';
import { AddonFateItem } from './AddonFateItem';
import { listPatches, usePatchAll } from './use-patch-all';

/** The review's account of every installed add-on: patched, kept as it is, or left to CCE, and what CCE then does. */
export function AddonFateList({ projectId, plan }: { projectId: string; plan: Plan }) {
  const t = useT();
  const headingId = useId();
  const view = useAddonFates(projectId, { clusterId: plan.clusterId, targetVersion: plan.targetVersion, patches: plan.addons });
  const ready = view.state === 'ready' ? view : undefined;
  const patchAll = usePatchAll(plan.clusterId, ready?.fates ?? [], ready?.instances ?? []);
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1.5}>
      <Typography variant="h3" component="h3" id={headingId}>{t('step.addons')}</Typography>
      {view.state === 'error' && <ErrorState error={view.error} onRetry={view.retry} />}
      {view.state === 'pending' && <LoadingState label={t('addons.loading')} />}
      {ready && ready.fates.length === 0 && <Typography>{t('addons.review.none')}</Typography>}
      {patchAll.proposed.length > 0 && (
        <Alert
          severity="warning"
          role="note"
          action={<Button color="inherit" size="small" onClick={patchAll.patchAll}>{t('addons.patchAll')}</Button>}
        >
          {t('addons.review.proposed', { count: patchAll.proposed.length, target: plan.targetVersion, patches: listPatches(patchAll.proposed) })}
        </Alert>
      )}
      <LiveStatus label={t('addons.patchAll.status')} message={patchAll.done} />
      {ready && ready.fates.length > 0 && (
        <Box component="ul" aria-label={t('addons.review.list')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}>
          {ready.fates.map((fate) => (
            <AddonFateItem
              key={fate.name}
              fate={fate}
              lints={ready.lints.filter((lint) => lint.addon === fate.name)}
              instance={ready.instances.find((instance) => instance.spec.addonTemplateName === fate.name)}
              patch={plan.addons.find((patch) => patch.addonTemplateName === fate.name)}
              targetVersion={plan.targetVersion}
            />
          ))}
        </Box>
      )}
      {ready?.lints
        .filter((lint) => !ready.fates.some((fate) => fate.name === lint.addon))
        .map((lint) => <Alert key={lint.addon} severity={lintSeverity(lint)} role="note">{describeAddonLint(lint)}</Alert>)}
    </Stack>
  );
}
