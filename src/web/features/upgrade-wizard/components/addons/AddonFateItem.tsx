import { Alert, Box, Typography } from '@mui/material';
import type { AddonFate } from '../../../../../shared/addon-fates';
import type { AddonLint } from '../../../../../shared/addon-lints';
import type { AddonInstance } from '../../../../../shared/cce-responses';
import { useT } from '../../../../i18n/parts/addons';
import { describeAddonLint, describeFateHeading, lintSeverity } from '../../../../lib/describe-lint';
import type { AddonPatch } from '../../../../../shared/upgrade-request';
import { ValuesDiff } from './ValuesDiff';
import { valuesDiff } from './values-diff';

interface AddonFateItemProps {
  fate: AddonFate;
  /** The plan's findings about this add-on. */
  lints: readonly AddonLint[];
  instance: AddonInstance | undefined;
  patch: AddonPatch | undefined;
  targetVersion: string;
}

/** One installed add-on at review: what the plan does with it, and what CCE then does. */
export function AddonFateItem({ fate, lints, instance, patch, targetVersion }: AddonFateItemProps) {
  const t = useT();
  return (
    <Box component="li">
      <Typography component="h4" sx={{ fontWeight: 'bold' }}>{describeFateHeading(fate)}</Typography>
      {fate.kind === 'compatible' && <Typography variant="body2">{t('addons.review.compatible', { version: fate.version, target: targetVersion })}</Typography>}
      {fate.kind === 'patched' && fate.supportsTarget && <Typography variant="body2">{t('addons.review.patched', { to: fate.to, target: targetVersion })}</Typography>}
      {lints.map((lint) => (
        <Alert key={lint.kind} severity={lintSeverity(lint)} role="note" sx={{ mt: 0.5 }}>{describeAddonLint(lint)}</Alert>
      ))}
      {patch && (
        <>
          {instance && patch.values && (
            <ValuesDiff changes={valuesDiff(instance.spec.values ?? {}, patch.values)} label={t('addons.values.changes', { name: patch.addonTemplateName })} />
          )}
          <Box
            component="pre"
            tabIndex={0}
            role="region"
            aria-label={t('addons.review.patchSent', { name: patch.addonTemplateName })}
            sx={{ m: 0, mt: 1, p: 1.5, overflow: 'auto', maxHeight: 240, bgcolor: 'grey.100', border: 1, borderColor: 'grey.400', borderRadius: 1, fontFamily: 'monospace', fontSize: '0.8125rem' }}
          >
            {JSON.stringify(patch, null, 2)}
          </Box>
        </>
      )}
    </Box>
  );
}
