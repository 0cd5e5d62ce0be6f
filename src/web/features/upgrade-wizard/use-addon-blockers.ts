import { useT } from '../../i18n/parts/lints';
import { addonBlockers } from '../../lib/addon-blockers';
import { useAddonFates, type AddonFatesSubject } from '../../lib/use-addon-fates';

/** The add-on findings that must be dealt with before submit; none while the plan has no target. */
export function useAddonBlockers(projectId: string, subject: AddonFatesSubject): string[] {
  // The findings are words: worded again when the language changes.
  useT();
  const view = useAddonFates(projectId, subject);
  return subject.clusterId === '' || subject.targetVersion === '' ? [] : addonBlockers(view, subject.targetVersion);
}
