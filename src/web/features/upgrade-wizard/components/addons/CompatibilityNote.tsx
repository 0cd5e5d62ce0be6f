import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { AddonAssessment } from '../../../../../shared/addon-compat';
import { useT } from '../../../../i18n/parts/addons';
import { commaList } from '../../../../lib/word-lists';

interface CompatibilityNoteProps {
  assessment: AddonAssessment;
  targetVersion: string;
  /** The version the plan patches the add-on to, when it is a compatible one. */
  patchedTo: string | undefined;
  /** What CCE does with the add-on if the plan leaves it unpatched, in words. */
  unpatched?: string | undefined;
  action?: ReactNode;
}

function Verdict({ assessment, targetVersion, patchedTo, unpatched, action }: CompatibilityNoteProps) {
  const t = useT();
  const { name, currentVersion, current, options, proposal } = assessment;
  const versions = { current: currentVersion, target: targetVersion };
  if (current === 'supported') {
    return <Typography variant="body2">{t('addons.compat.supported', versions)}</Typography>;
  }
  if (current === 'unknown') {
    return (
      <Alert severity="info" role="note">
        {t(options.length > 0 ? 'addons.compat.unknownOffered' : 'addons.compat.unknown', { ...versions, name })}
      </Alert>
    );
  }
  if (patchedTo) {
    return <Alert severity="success" role="note">{t('addons.compat.patched', { ...versions, patchedTo })}</Alert>;
  }
  if (!proposal) {
    return <Alert severity="error" role="note">{t('addons.compat.stuck', { ...versions, name })}</Alert>;
  }
  const stable = options[0]?.stable !== false ? 'yes' : 'no';
  return (
    <Alert severity="warning" role="note" action={action}>
      {unpatched
        ? t('addons.compat.proposedOutcome', { ...versions, proposal, stable, outcome: unpatched })
        : t('addons.compat.proposed', { ...versions, proposal, stable })}
    </Alert>
  );
}

/** Whether the installed version fits the upgraded cluster, and what to do when it does not. */
export function CompatibilityNote(props: CompatibilityNoteProps) {
  const t = useT();
  const { invalidPatterns } = props.assessment;
  return (
    <>
      <Verdict {...props} />
      {invalidPatterns.length > 0 && (
        <Alert severity="info" role="note">
          {t('addons.compat.invalidPatterns', { name: props.assessment.name, patterns: commaList(invalidPatterns) })}
        </Alert>
      )}
    </>
  );
}
