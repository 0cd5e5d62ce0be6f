import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { AddonPatch } from '../../../../../shared/upgrade-request';
import { addonQueries } from '../../api/addon-queries';
import { ValuesDiff } from './ValuesDiff';
import { valuesDiff } from './values-diff';

interface AddonPatchListProps {
  projectId: string;
  clusterId: string;
  patches: AddonPatch[];
}

export function AddonPatchList({ projectId, clusterId, patches }: AddonPatchListProps) {
  const instances = useQuery(addonQueries.instances(projectId, clusterId));
  const installed = (name: string) => instances.data?.items.find((instance) => instance.spec.addonTemplateName === name);
  return (
    <Stack spacing={1.5} component="section" aria-labelledby="addon-patches-heading">
      <Typography variant="h3" component="h3" id="addon-patches-heading">Add-on patches</Typography>
      {patches.map((patch) => {
        const instance = installed(patch.addonTemplateName);
        return (
          <Box key={patch.addonTemplateName}>
            <Typography component="h4" sx={{ fontWeight: 'bold' }}>
              {patch.addonTemplateName}: {instance ? `${instance.spec.version} → ` : ''}{patch.version}
            </Typography>
            {instance && patch.values && (
              <ValuesDiff changes={valuesDiff(instance.spec.values ?? {}, patch.values)} label={`Changes to the ${patch.addonTemplateName} values`} />
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
