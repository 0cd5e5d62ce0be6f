import { useContext, useEffect } from 'react';
import type { AddonFatesSubject } from '../../../lib/use-addon-fates';
import { ReportAddonBlockersContext } from '../upgrade-request';
import { useAddonBlockers } from '../use-addon-blockers';

/** Tells the wizard's root what the add-ons block while the review is shown, and that they are unchecked once it is not. */
export function AddonBlockersReporter({ projectId, subject }: { projectId: string; subject: AddonFatesSubject }) {
  const report = useContext(ReportAddonBlockersContext);
  const blockers = useAddonBlockers(projectId, subject);
  // The words are the value: a new array with the same findings must not report again (and render the root again).
  const key = JSON.stringify(blockers);
  useEffect(() => report(JSON.parse(key) as string[]), [report, key]);
  useEffect(() => () => report(null), [report]);
  return null;
}
