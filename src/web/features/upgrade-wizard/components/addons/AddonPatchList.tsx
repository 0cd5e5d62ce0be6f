import { clusterQueries } from '../../../../lib/cluster-queries';
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { Plan } from '../../../../../shared/plan';
import { ValuesDiff } from './ValuesDiff';
import { valuesDiff } from './values-diff';

/** Each add-on patch exactly as the body carries it, with what it changes. */
export function AddonPatchList({ projectId, plan }: { projectId: string; plan: Plan }) {
  const instances = useQuery(clusterQueries.addons(projectId, plan.clusterId));
  const installed = (name: string) => instances.data?.items.find((instance) => instance.spec.addonTemplateName === name)?.spec;
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="addon-patches-heading">
      <Typography variant="h3" component="h3" id="addon-patches-heading">Add-on patches</Typography>
      {plan.addons.map((patch) => {
        const today = installed(patch.addonTemplateName);
        return (
          <Box key={patch.addonTemplateName}>
            <Typography component="h4" sx={{ fontWeight: 'bold' }}>
              {patch.addonTemplateName}: {today ? `${today.version} → ` : ''}{patch.version}
            </Typography>
            {today && patch.values && (
              <ValuesDiff changes={valuesDiff(today.values ?? {}, patch.values)} label={`Changes to the ${patch.addonTemplateName} values`} />
            )}
            <Box
              component="pre"
              tabIndex={0}
              role="region"
              aria-label={`${patch.addonTemplateName} patch as sent`}
              sx={{ m: 0, mt: 1, p: 1.5, overflow: 'auto', maxHeight: 240, bgcolor: 'grey.100', border: 1, borderColor: 'grey.400', borderRadius: 1, fontFamily: 'monospace', fontSize: '0.8125rem' }}
            >
              {JSON.stringify(patch, null, 2)}
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
}
