import { Alert, Box, Typography } from '@mui/material';
import type { Revision } from '../../../../shared/plans-api';
import { Trans, useT } from '../../../i18n/parts/plans';
import { describeError } from '../../../lib/describe-error';
import { describeAddonLint, describeFateHeading, lintSeverity } from '../../../lib/describe-lint';
import { useRevisionAddonFates } from '../use-revision-addon-fates';
import { CommentButton, type CommentOn } from './CommentButton';

/**
 * Every add-on the cluster had when the revision was saved, and what the upgrade does with it: the patches reviewers
 * approve, and what CCE does with the add-ons the revision leaves alone, judged by the region's templates today.
 */
export function RevisionAddons({ revision, onComment }: { revision: Revision; onComment: CommentOn }) {
  const t = useT();
  const { plan } = revision;
  const view = useRevisionAddonFates(revision);

  const comment = (name: string) => <CommentButton anchor={{ kind: 'addon', name }} about={t('plans.anchor.addon', { form: 'inline', name })} onComment={onComment} />;
  const values = (name: string) => {
    const patch = plan.addons.find((candidate) => candidate.addonTemplateName === name);
    return patch?.values && <Trans id="plans.addons.withValues" values={{ values: JSON.stringify(patch.values) }} components={{ 0: <code /> }} />;
  };

  if (view.state !== 'ready') {
    return (
      <>
        {view.state === 'error' && (
          <Alert severity="info" role="note">
            {t('plans.addons.unreadable', { reason: describeError(view.error).title })}
          </Alert>
        )}
        {plan.addons.length === 0 ? (
          <Typography>{t('plans.addons.noPatches')}</Typography>
        ) : (
          <Box component="ul" aria-label={t('plans.addons.patches')} sx={{ my: 0, pl: 3 }}>
            {plan.addons.map((patch) => (
              <li key={patch.addonTemplateName}>
                {t('plans.addons.patch', { name: patch.addonTemplateName, version: patch.version })}{values(patch.addonTemplateName)} {comment(patch.addonTemplateName)}
              </li>
            ))}
          </Box>
        )}
      </>
    );
  }

  const strays = view.lints.filter((lint) => !view.fates.some((fate) => fate.name === lint.addon));
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {t('plans.addons.explain')}
      </Typography>
      <Box component="ul" aria-label={t('plans.addons.fates')} sx={{ my: 0, pl: 3 }}>
        {view.fates.map((fate) => (
          <li key={fate.name}>
            {describeFateHeading(fate)}
            {fate.kind === 'patched' && <>{values(fate.name)} {comment(fate.name)}</>}
            {view.lints.filter((lint) => lint.addon === fate.name).map((lint) => (
              <Alert key={lint.kind} severity={lintSeverity(lint)} role="note" sx={{ my: 0.5 }}>{describeAddonLint(lint)}</Alert>
            ))}
          </li>
        ))}
        {strays.map((lint) => (
          <li key={lint.addon}>
            <Alert severity={lintSeverity(lint)} role="note" sx={{ my: 0.5 }}>{describeAddonLint(lint)}</Alert>
            {comment(lint.addon)}
          </li>
        ))}
      </Box>
    </>
  );
}
