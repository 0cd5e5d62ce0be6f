import { describe, expect, it } from 'vitest';
import { clusterSchema, nodePoolSchema, upgradeTaskSchema } from '../../../shared/cce-responses';
import { clusterList, ids, nodePools, upgradeInfo } from '../../testing/fixtures';
import { clusterKind, clusterMarker, clusterSize } from './cluster-facts';

const [prod, edge, legacy] = clusterList.items as [typeof clusterList.items[0], typeof clusterList.items[0], typeof clusterList.items[0]];
const withStatus = (phase: string) => clusterSchema.parse({ ...prod, status: { phase } });
const task = (uid: string, phase: string, creationTimestamp: string) =>
  upgradeTaskSchema.parse({ metadata: { uid, creationTimestamp }, spec: { version: 'v1.28', targetVersion: 'v1.29' }, status: { phase } });
const pool = (count: number) => nodePoolSchema.parse({ metadata: { uid: 'DefaultPool', name: 'DefaultPool' }, spec: {}, status: { currentNode: count } });

describe('cluster facts', () => {
  it('counts nodes from ListClusters’ detail annotation when CCE sends it, else from the pools, in whole words', () => {
    expect(clusterSize(prod, nodePools.items)).toBe('10 nodes in 4 node pools');
    expect(clusterSize(prod, [pool(1)])).toBe('1 node in 1 node pool');
    const annotated = clusterSchema.parse({ ...prod, metadata: { ...prod.metadata, annotations: { totalNodesNumber: '2000' } } });
    expect(clusterSize(annotated, undefined)).toBe('2,000 nodes');
    expect(clusterSize(annotated, [pool(3), pool(4)])).toBe('2,000 nodes in 2 node pools');
    expect(clusterSize(prod, undefined)).toBeUndefined();
  });

  it('names the type and the category as the console does', () => {
    expect(clusterKind(prod)).toBe('VirtualMachine / CCE Standard');
    expect(clusterKind(clusterSchema.parse({ ...prod, spec: { ...prod.spec, type: 'ARM64', category: 'Turbo' } }))).toBe('ARM64 / CCE Turbo');
    expect(clusterKind(clusterSchema.parse({ ...prod, spec: { version: 'v1.28' } }))).toBeUndefined();
  });

  it('says what can be done with each cluster', () => {
    expect(clusterMarker(prod, upgradeInfo[ids.prod], undefined)).toEqual({ kind: 'offers', targets: ['v1.29', 'v1.30'] });
    expect(clusterMarker(edge, upgradeInfo[ids.edge], undefined)).toEqual({ kind: 'newest' });
    expect(clusterMarker(prod, undefined, undefined)).toEqual({ kind: 'unknown' });
    expect(clusterMarker(legacy, upgradeInfo[ids.legacy], undefined)).toEqual({
      kind: 'blocked',
      phase: 'Unavailable',
      message: 'Master node etcd-2 is not responding',
    });
  });

  it('points an upgrading cluster at its newest task, whatever order CCE lists them in', () => {
    const tasks = [task('new-one', 'Running', '2026-11-30 05:51:49.751000 +0000 UTC'), task('old-one', 'Success', '2026-10-01T08:00:00Z')];
    expect(clusterMarker(withStatus('Upgrading'), undefined, tasks)).toEqual({ kind: 'upgrading', taskId: 'new-one', stopped: false });
    expect(clusterMarker(withStatus('Upgrading'), undefined, [...tasks].reverse())).toEqual({ kind: 'upgrading', taskId: 'new-one', stopped: false });
    const failed = [task('stopped', 'Failed', '2026-11-30T06:00:00Z'), ...tasks.slice(1)];
    expect(clusterMarker(withStatus('Upgrading'), undefined, failed)).toEqual({ kind: 'upgrading', taskId: 'stopped', stopped: true });
    expect(clusterMarker(withStatus('Upgrading'), undefined, tasks.slice(1))).toEqual({ kind: 'upgrading-unknown' });
    expect(clusterMarker(withStatus('Upgrading'), undefined, undefined)).toEqual({ kind: 'upgrading-unknown' });
  });
});
