import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { AddonAssessment } from '../../../../../shared/addon-compat';

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
  const { name, currentVersion, current, options, proposal } = assessment;
  if (current === 'supported') {
    return <Typography variant="body2">{currentVersion} supports {targetVersion}.</Typography>;
  }
  if (current === 'unknown') {
    return (
      <Alert severity="info" role="note">
        CCE publishes no template for {name} {currentVersion}, so the planner cannot tell whether it supports {targetVersion}.
        {options.length > 0 && ' The versions offered below do support it.'}
      </Alert>
    );
  }
  if (patchedTo) {
    return <Alert severity="success" role="note">{currentVersion} does not support {targetVersion}; this plan patches it to {patchedTo}.</Alert>;
  }
  if (!proposal) {
    return (
      <Alert severity="error" role="note">
        {currentVersion} does not support {targetVersion}, and no published version of {name} from {currentVersion} on does, so it
        cannot be patched in this upgrade. Check the add-on in the CCE console before upgrading.
      </Alert>
    );
  }
  const stable = options[0]?.stable !== false;
  return (
    <Alert severity="warning" role="note" action={action}>
      {currentVersion} does not support {targetVersion}. Proposed: patch it to {proposal}, the newest {stable ? 'stable ' : ''}version that does.
      {unpatched && ` ${unpatched}`}
    </Alert>
  );
}

/** Whether the installed version fits the upgraded cluster, and what to do when it does not. */
export function CompatibilityNote(props: CompatibilityNoteProps) {
  const { invalidPatterns } = props.assessment;
  return (
    <>
      <Verdict {...props} />
      {invalidPatterns.length > 0 && (
        <Alert severity="info" role="note">
          CCE lists version patterns for {props.assessment.name} that are not valid regular expressions ({invalidPatterns.join(', ')}); the
          planner treats them as matching nothing.
        </Alert>
      )}
    </>
  );
}
