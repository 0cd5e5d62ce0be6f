import { expect } from 'vitest';
import type { OperationName, PathParam } from '../../shared/cce-operations';
import { cceOperations } from '../../shared/cce-operations';
import type { UpgradeRequest } from '../../shared/upgrade-request';
import type { TestSimulator } from './signed-inject';
import { apiPath, signedInject } from './signed-inject';

/** Test-only: signed calls to the simulator's operations, shared by the route tests. */
export function upgradeBody(targetVersion: string, extra: Partial<UpgradeRequest['spec']['clusterUpgradeAction']> = {}): UpgradeRequest {
  return {
    metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
    spec: {
      clusterUpgradeAction: {
        targetVersion,
        strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 8 } },
        ...extra,
      },
    },
  };
}

/** POSTs a body (a string is sent verbatim) and answers the status and the JSON body, whatever they are. */
export async function post(sim: TestSimulator, op: OperationName, params: Partial<Record<PathParam, string>>, body?: unknown) {
  const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const response = await signedInject(sim, { method: 'POST', url: apiPath(op, params), ...(raw === undefined ? {} : { body: raw }) });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

export const upgrade = (sim: TestSimulator, clusterId: string, body: unknown) => post(sim, 'upgradeCluster', { cluster_id: clusterId }, body);

/** A GET that must succeed, parsed with the operation's shared response schema. */
export async function read<Op extends OperationName>(sim: TestSimulator, op: Op, params: Partial<Record<PathParam, string>>, query = '') {
  const response = await signedInject(sim, { url: apiPath(op, params, query) });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return cceOperations[op].response.parse(response.json()) as ReturnType<(typeof cceOperations)[Op]['response']['parse']>;
}
