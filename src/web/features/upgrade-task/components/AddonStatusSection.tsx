import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { Trans, useT } from '../../../i18n/parts/task';
import type { AddonInstance } from '../../../../shared/cce-responses';
import type { SideRead } from '../api/task-queries';
import { describeAddon, type AddonTone } from '../task-words';

export interface PatchedAddon {
  addonTemplateName: string;
  version?: string | undefined;
}

interface AddonStatusSectionProps {
  /** The add-on instances read in the same poll as the task. */
  addons: SideRead<AddonInstance>;
  onRetry: () => void;
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

function AddonList({ addons, onRetry, patches, taskSucceeded }: AddonStatusSectionProps & { patches: readonly PatchedAddon[] }) {
  const t = useT();
  if (!addons.ok) return <ErrorState error={addons.error} onRetry={onRetry} />;
  return (
    <Box component="ul" aria-label={t('task.addons.list')} sx={{ my: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
      {patches.map(({ addonTemplateName, version }) => {
        const instance = addons.items.find((item) => item.spec.addonTemplateName === addonTemplateName);
        const { tone, text } = describeAddon(instance, version, taskSucceeded);
        // Names, versions and CCE's reasons go in as elements, so nothing CCE wrote is read as markup of the message.
        const components = {
          0: <Typography component="span" sx={{ fontWeight: 'bold' }} />,
          1: <Typography component="span" sx={{ color: looks[tone].color }} />,
          2: <span aria-hidden="true">{looks[tone].icon}</span>,
        };
        const values = { name: <>{addonTemplateName}</>, version: <>{version}</>, status: <>{text}</> };
        return (
          <li key={addonTemplateName}>
            <Trans id={version ? 'task.addons.row' : 'task.addons.rowNoVersion'} values={values} components={components} />
          </li>
        );
      })}
    </Box>
  );
}

/** The add-ons the task patches with their live instance status (reference §2.4). */
export function AddonStatusSection(props: AddonStatusSectionProps) {
  const t = useT();
  const headingId = useId();
  const { patches } = props;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="h2" id={headingId}>{t('task.addons.heading')}</Typography>
      {patches === undefined ? (
        <Typography>{t('task.addons.unknown')}</Typography>
      ) : patches.length === 0 ? (
        <Typography>{t('task.addons.none')}</Typography>
      ) : (
        <AddonList {...props} patches={patches} />
      )}
    </Box>
  );
}
