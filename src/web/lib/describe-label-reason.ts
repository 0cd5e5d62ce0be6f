import type { LabelFailure } from '../../shared/node-labels';
import { translate } from '../i18n/parts/common';
import { describeError } from './describe-error';

/** Why the preview works on labels derived from CCE data: the BFF's answer said why, or asking it failed. */
export type LabelReason = { failure: LabelFailure; clusterId: string } | { error: Error };

/** The reason in the planner's language, with what to do about it. */
export function describeLabelReason(reason: LabelReason): string {
  if ('error' in reason) {
    const { title, detail } = describeError(reason.error);
    return translate('labels.unread', { title, detail });
  }
  const { failure, clusterId } = reason;
  switch (failure.code) {
    case 'no-kubeconfig':
      return translate('labels.noKubeconfig', { where: failure.where, file: `<KUBECONFIG_DIR>/${clusterId}.yaml` });
    case 'kubeconfig-unreadable':
      return translate('labels.kubeconfigUnreadable', { file: failure.kubeconfig ?? 'unknown' });
    case 'kubeconfig-no-cluster':
      return translate('labels.kubeconfigNoCluster', { file: failure.kubeconfig ?? 'unknown' });
    case 'redirect':
      return translate('labels.redirect', { status: failure.status });
    case 'refused':
      return translate('labels.refused', { status: failure.status });
    case 'http':
      return translate('labels.http', { status: failure.status });
    case 'timeout':
      return translate('labels.timeout', { seconds: failure.seconds });
    case 'malformed':
      return translate('labels.malformed');
    case 'unreachable':
      return translate('labels.unreachable', { errno: failure.errno ?? 'none' });
  }
}
