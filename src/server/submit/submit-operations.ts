import type { cceOperations, OperationName } from '../../shared/cce-operations';

type FlaggedSubmit = { [K in OperationName]: (typeof cceOperations)[K] extends { submit: true } ? K : never }[OperationName];

/** The BFF routes that alone send the operations flagged `submit: true`; a newly flagged operation without one fails to compile. */
export const submitOperations = {
  upgradeCluster: { kind: 'upgrade', url: '/api/clusters/:clusterId/upgrade' },
  retryUpgrade: { kind: 'retry', url: '/api/clusters/:clusterId/upgrade/retry' },
} as const satisfies Record<FlaggedSubmit, { kind: string; url: string }>;

export type SubmitOperation = keyof typeof submitOperations;
export type SubmitKind = (typeof submitOperations)[SubmitOperation]['kind'];

export const isSubmitOperation = (name: OperationName): name is SubmitOperation => name in submitOperations;

export const submitRouteFor = (operation: SubmitOperation, clusterId: string) => submitOperations[operation].url.replace(':clusterId', clusterId);
