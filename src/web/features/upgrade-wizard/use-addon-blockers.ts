import { describeAddonLint, isBlockingAddonLint } from '../../../shared/addon-lints';
import { describeError } from '../../lib/describe-error';
import { useAddonFates, type AddonFatesSubject } from '../../lib/use-addon-fates';
import { addonsUncheckedBlocker } from './upgrade-request';

/** The add-on findings that must be dealt with before submit, in words with what to do; none while the plan has no target. */
export function useAddonBlockers(projectId: string, subject: AddonFatesSubject): string[] {
  const view = useAddonFates(projectId, subject);
  if (subject.clusterId === '' || subject.targetVersion === '') return [];
  switch (view.state) {
    case 'pending':
      return [addonsUncheckedBlocker(subject.targetVersion)];
    case 'error':
      return [
        `The installed add-ons could not be checked against ${subject.targetVersion}: ${describeError(view.error).title}. Retry in the add-ons section of this page.`,
      ];
    case 'ready':
      return view.lints.filter(isBlockingAddonLint).map(describeAddonLint);
  }
}

