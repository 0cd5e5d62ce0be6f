import { Alert, Box, Typography } from '@mui/material';
import { describeFateHeading } from '../../../../shared/addon-fates';
import { describeAddonLint } from '../../../../shared/addon-lints';
import { lintSeverity } from '../../../../shared/plan-lints';
import type { Revision } from '../../../../shared/plans-api';
import { describeError } from '../../../lib/describe-error';
import { useRevisionAddonFates } from '../use-revision-addon-fates';
import { CommentButton, type CommentOn } from './CommentButton';

/**
 * Every add-on the cluster had when the revision was saved, and what the upgrade does with it: the patches reviewers
 * approve, and what CCE does with the add-ons the revision leaves alone, judged by the region's templates today.
 */
export function RevisionAddons({ revision, onComment }: { revision: Revision; onComment: CommentOn }) {
  const { plan } = revision;
  const view = useRevisionAddonFates(revision);

  const comment = (name: string) => <CommentButton anchor={{ kind: 'addon', name }} about={`add-on ${name}`} onComment={onComment} />;
  const values = (name: string) => {
    const patch = plan.addons.find((candidate) => candidate.addonTemplateName === name);
    return patch?.values && <> with values <code>{JSON.stringify(patch.values)}</code></>;
  };

  if (view.state !== 'ready') {
    return (
      <>
        {view.state === 'error' && (
          <Alert severity="info" role="note">
            The planner could not read the cluster or the add-on versions CCE publishes ({describeError(view.error).title}), so it cannot tell
            what CCE does with the add-ons this revision does not patch.
          </Alert>
        )}
        {plan.addons.length === 0 ? (
          <Typography>No add-on patches.</Typography>
        ) : (
          <Box component="ul" aria-label="Add-on patches" sx={{ my: 0, pl: 3 }}>
            {plan.addons.map((patch) => (
              <li key={patch.addonTemplateName}>
                {patch.addonTemplateName} → {patch.version}{values(patch.addonTemplateName)} {comment(patch.addonTemplateName)}
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
        The add-ons the cluster had when this revision was saved, judged against the add-on versions CCE publishes today.
      </Typography>
      <Box component="ul" aria-label="Add-ons and what the upgrade does with them" sx={{ my: 0, pl: 3 }}>
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
