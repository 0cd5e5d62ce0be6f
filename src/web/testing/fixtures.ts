import type { Session } from '../../shared/bff-api';
import {
  clusterListSchema,
  nodeListSchema,
  nodePoolListSchema,
  upgradeInfoSchema,
  upgradeResponseSchema,
  upgradeTaskSchema,
} from '../../shared/cce-responses';
import { sessionSchema } from '../../shared/bff-api';

// Fixtures are parsed with the shared schemas, so a mock can never answer what CCE could not.

export const session: Session = sessionSchema.parse({ mode: 'demo', region: 'ap-southeast-1', projectId: '0123456789abcdef0123456789abcdef' });
export const projectId = session.projectId;

export const ids = {
  prod: '11111111-1111-4111-8111-111111111111',
  edge: '22222222-2222-4222-8222-222222222222',
  legacy: '33333333-3333-4333-8333-333333333333',
  pool: '44444444-4444-4444-8444-444444444444',
  task: '55555555-5555-4555-8555-555555555555',
};

const cluster = (uid: string, name: string, version: string, phase: string, message?: string) => ({
  kind: 'Cluster',
  apiVersion: 'v3',
  metadata: { uid, name, creationTimestamp: '2025-11-02 08:15:00.000 +0000 UTC' },
  spec: { category: 'CCE', type: 'VirtualMachine', flavor: 'cce.s2.small', version, platformVersion: 'cce.10.0' },
  status: { phase, ...(message ? { reason: 'MasterUnhealthy', message } : {}) },
});

export const clusterList = clusterListSchema.parse({
  kind: 'Cluster',
  apiVersion: 'v3',
  items: [
    cluster(ids.prod, 'prod-a', 'v1.28', 'Available'),
    cluster(ids.edge, 'edge-b', 'v1.31', 'Available'),
    cluster(ids.legacy, 'legacy-c', 'v1.27', 'Unavailable', 'Master node etcd-2 is not responding'),
  ],
});

const info = (release: string, patch: string, targetVersions: string[]) =>
  upgradeInfoSchema.parse({
    kind: 'UpgradeInfo',
    apiVersion: 'v3',
    metadata: {},
    spec: { versionInfo: { release, patch, suggestPatch: patch, targetVersions }, lastUpgradeInfo: { phase: 'Success', progress: '100%' } },
    status: { phase: 'Success' },
  });

export const upgradeInfo: Record<string, ReturnType<typeof info>> = {
  [ids.prod]: info('v1.28.15', 'r30', ['v1.29', 'v1.30']),
  [ids.edge]: info('v1.31.4', 'r10', []),
};

export const nodePools = nodePoolListSchema.parse({
  kind: 'List',
  apiVersion: 'v3',
  items: [
    { metadata: { uid: 'DefaultPool', name: 'DefaultPool' }, spec: { initialNodeCount: 1 }, status: { currentNode: 1 } },
    { metadata: { uid: ids.pool, name: 'general' }, spec: { initialNodeCount: 2, type: 'vm' }, status: { currentNode: 2, phase: '' } },
  ],
});

const node = (n: number, poolId: string) => ({
  metadata: { uid: `a0000000-0000-4000-8000-00000000000${n}`, name: `node-${n}`, annotations: { 'kubernetes.io/node-pool.id': poolId } },
  spec: { flavor: 'c7.large.2', az: 'ap-southeast-1a', os: 'EulerOS 2.9' },
  status: { phase: 'Active', privateIP: `192.168.0.${10 + n}` },
});
export const nodes = nodeListSchema.parse({ kind: 'List', apiVersion: 'v3', items: [node(1, 'DefaultPool'), node(2, ids.pool), node(3, ids.pool)] });

export const upgradeResponse = upgradeResponseSchema.parse({
  metadata: { uid: ids.task },
  spec: { clusterUpgradeAction: { version: 'v1.28', targetVersion: 'v1.29', targetPlatformVersion: 'cce.11.0', config: {} } },
});

export const upgradeTask = (phase: string, progress?: string, extra: Record<string, string> = {}) =>
  upgradeTaskSchema.parse({
    apiVersion: 'v3',
    kind: 'UpgradeTask',
    metadata: { uid: ids.task, creationTimestamp: '2026-03-01T10:15:02Z', updateTimestamp: '2026-03-01T10:16:02Z' },
    spec: { version: 'v1.28', targetVersion: 'v1.29', items: {} },
    status: { phase, ...(progress === undefined ? {} : { progress }), ...extra },
  });
