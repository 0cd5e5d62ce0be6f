import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { clusterQueries } from '../../../lib/cluster-queries';
import { describeAddon, type AddonTone } from '../task-words';

export interface PatchedAddon {
  addonTemplateName: string;
  version?: string | undefined;
}

interface AddonStatusSectionProps {
  projectId: string;
  clusterId: string;
  /** What the task patches; undefined when neither CCE nor this browser knows. */
  patches: readonly PatchedAddon[] | undefined;
  taskSucceeded: boolean;
}

// Word and icon carry the state; colour only repeats it.
const looks: Record<AddonTone, { icon: string; color: string }> = {
  done: { icon: '✓', color: 'success.dark' },
  busy: { icon: '⟳', color: 'info.main' },
  failed: { icon: '✕', color: 'error.main' },
  waiting: { icon: '○', color: 'text.secondary' },
  attention: { icon: '!', color: 'warning.main' },
};

function AddonList({ projectId, clusterId, patches, taskSucceeded }: AddonStatusSectionProps & { patches: readonly PatchedAddon[] }) {
  const instances = useQuery(clusterQueries.addons(projectId, clusterId));
  if (instances.isPending) return <LoadingState label="Loading the add-ons’ status" />;
  if (instances.isError) return <ErrorState error={instances.error} onRetry={() => void instances.refetch()} />;
  return (
    <Box component="ul" aria-label="Add-ons this upgrade patches" sx={{ my: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
      {patches.map(({ addonTemplateName, version }) => {
        const instance = instances.data.items.find((item) => item.spec.addonTemplateName === addonTemplateName);
        const { tone, text } = describeAddon(instance, version, taskSucceeded);
        return (
          <li key={addonTemplateName}>
            <Typography component="span" sx={{ fontWeight: 'bold' }}>{addonTemplateName}</Typography>
            {version ? ` → ${version}` : ''}:{' '}
            <Typography component="span" sx={{ color: looks[tone].color }}>
              <span aria-hidden="true">{looks[tone].icon}</span> {text}
            </Typography>
          </li>
        );
      })}
    </Box>
  );
}

/** The add-ons the task patches with their live instance status (reference §2.4). */
export function AddonStatusSection(props: AddonStatusSectionProps) {
  const headingId = useId();
  const { patches } = props;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="h2" id={headingId}>Add-ons</Typography>
      {patches === undefined ? (
        <Typography>
          Neither CCE nor this browser records which add-ons this task patches, so their progress is not shown. The CCE console lists each
          add-on’s status.
        </Typography>
      ) : patches.length === 0 ? (
        <Typography>This upgrade patches no add-ons.</Typography>
      ) : (
        <AddonList {...props} patches={patches} />
      )}
    </Box>
  );
}
