import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AcceptedRisk } from '../../../shared/bff-api';
import type { ClusterSnapshot } from '../../../shared/cluster-snapshot';
import type { Plan } from '../../../shared/plan';
import { describeRevisionChange as sharedWords, revisionChanges, type RevisionView } from '../../../shared/revision-diff';
import { clusterChanges, snapshotDrift } from '../../../shared/snapshot-drift';
import { selectorArb } from '../../../shared/testing/arbitraries';
import { CLUSTER_ID, nodesIn, POOLS, snapshotArb, snapshotOf } from '../../../shared/testing/snapshots';
import { activateLocale } from '../../i18n/i18n';
import { describeClusterChange } from '../../lib/describe-drift';
import { describeRevisionChange } from './revision-change-words';

// src/shared finds revision changes and cluster drift once, as data, and words them in English for the BFF; the SPA
// words the same data from its catalogue, by kind. In English the two wordings must say exactly the same (and what the
// e2e journeys read).

const words = (before: RevisionView, after: RevisionView) => revisionChanges(before, after).map(describeRevisionChange);
const driftWords = (reviewed: ClusterSnapshot, current: ClusterSnapshot) => clusterChanges(reviewed, current).map(describeClusterChange);
const poolNamesOf = (s: ClusterSnapshot) => Object.fromEntries(s.pools.map((pool) => [pool.id, pool.name]));

const planArb = (snapshot: ClusterSnapshot): fc.Arbitrary<Plan> => {
  const poolIds = snapshot.pools.map((pool) => pool.id);
  return fc.record({
    clusterId: fc.constant(CLUSTER_ID),
    targetVersion: fc.constantFrom('v1.29', 'v1.30'),
    userDefinedStep: fc.integer({ min: 1, max: 5 }),
    scope: fc.constantFrom('Cluster' as const, 'NodePool' as const),
    nodePoolOrder: fc.dictionary(fc.constantFrom(...poolIds), fc.integer({ min: 0, max: 3 }), { maxKeys: 3 }),
    nodeOrder: fc.dictionary(fc.constantFrom(...poolIds), fc.array(fc.record({ nodeSelector: selectorArb, priority: fc.integer({ min: 0, max: 3 }) }), { maxLength: 3 }), { maxKeys: 2 }),
    addons: fc.uniqueArray(
      fc.record({
        addonTemplateName: fc.constantFrom('coredns', 'everest'),
        operation: fc.constant('patch' as const),
        version: fc.constantFrom('1.29.0', '1.29.1'),
        values: fc.option(fc.record({ spec: fc.record({ replicas: fc.integer({ min: 1, max: 3 }), tolerations: fc.constantFrom([], [{ key: 'gpu' }]) }, { requiredKeys: [] }) }), { nil: undefined }),
      }),
      { selector: (addon) => addon.addonTemplateName, maxLength: 2 },
    ).map((addons) => addons.map(({ values, ...addon }) => (values === undefined ? addon : { ...addon, values }))),
    isOnlyUpgrade: fc.boolean(),
  });
};

const risksArb: fc.Arbitrary<AcceptedRisk[]> = fc.array(
  fc.record({ name: fc.constantFrom('DeprecatedAPIInUse', 'NodeDiskPressure'), reason: fc.constantFrom('The jobs retire next sprint.', 'Checked by hand.'), nodeUids: fc.option(fc.subarray(['uid-a', 'uid-b']), { nil: undefined }) }).map(({ nodeUids, ...risk }) => (nodeUids === undefined ? risk : { ...risk, nodeUids })),
  { maxLength: 2 },
);

const viewArb = (snapshot: ClusterSnapshot): fc.Arbitrary<RevisionView> =>
  fc.record({ plan: planArb(snapshot), acceptedRisks: risksArb }).map(({ plan, acceptedRisks }) => ({ plan, acceptedRisks, snapshot, poolNames: poolNamesOf(snapshot) }));

describe('revision changes in words', () => {
  it('say in English what the shared revision diff says, for any two revisions', () => {
    fc.assert(
      fc.property(
        snapshotArb.chain((snapshot) => fc.tuple(viewArb(snapshot), fc.oneof(viewArb(snapshot), snapshotArb.chain(viewArb)))),
        ([before, after]) => {
          expect(words(before, after)).toEqual(sharedWords(before, after));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('say in English what the shared drift says, for any two snapshots', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (reviewed, current) => {
        expect(driftWords(reviewed, current)).toEqual(snapshotDrift(reviewed, current, null, 0).map((item) => item.message));
      }),
      { numRuns: 200 },
    );
  });

  it('word renamed pools, flavors, counts, version, patch, add-ons, a new task and nodes past 20 as the shared drift does', () => {
    const reviewed = snapshotOf({ nodes: nodesIn(POOLS.general.id, 3), addons: [{ name: 'coredns', version: '1.28.4' }, { name: 'everest', version: '2.4.1' }] });
    const current = snapshotOf({
      version: 'v1.29',
      patch: '',
      pools: [{ ...POOLS.general, name: 'general-arm', flavors: [] }, { id: '33333333-3333-4333-8333-333333333333', name: 'spot' }],
      nodes: [...nodesIn(POOLS.general.id, 2, { gpu: '' }), ...nodesIn(POOLS.general.id, 24, {}, 10)],
      addons: [{ name: 'coredns', version: '1.29.1' }, { name: 'metrics-server', version: '1.3.6' }],
      runningTask: { id: 'task-x', phase: 'Running' },
    });
    const expected = snapshotDrift(reviewed, current, null, 0).map((item) => item.message);
    expect(expected).toContain('…and 4 more nodes were added');
    expect(driftWords(reviewed, current)).toEqual(expected);
  });

  it('speak Chinese with counts in one form', async () => {
    await activateLocale('zh-CN');
    const reviewed = snapshotOf({ nodes: nodesIn(POOLS.general.id, 1) });
    const one = snapshotOf({ nodes: [...nodesIn(POOLS.general.id, 1), ...nodesIn(POOLS.gpu.id, 1, {}, 2)] });
    expect(driftWords(reviewed, one)).toEqual(['节点web-2已加入节点池gpu-inference', '节点池gpu-inference节点数0 → 1']);
    const many = snapshotOf({ nodes: [...nodesIn(POOLS.general.id, 1), ...nodesIn(POOLS.gpu.id, 22, {}, 2)] });
    expect(driftWords(reviewed, many)).toContain('……另有2个节点已加入');
    const view: RevisionView = { plan: { clusterId: CLUSTER_ID, targetVersion: 'v1.29', userDefinedStep: 20, scope: 'Cluster', nodePoolOrder: {}, nodeOrder: {}, addons: [], isOnlyUpgrade: false }, poolNames: poolNamesOf(reviewed), snapshot: reviewed, acceptedRisks: [] };
    const risk = { name: 'DeprecatedAPIInUse', reason: 'Checked.', nodeUids: ['uid-a', 'uid-b'] };
    expect(words(view, { ...view, plan: { ...view.plan, userDefinedStep: 10 }, acceptedRisks: [risk] })).toEqual(['步长20 → 10', '新接受风险DeprecatedAPIInUse（2个节点）']);
  });
});
