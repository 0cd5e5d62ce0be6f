import fc from 'fast-check';
import { DEFAULT_POOL } from '../ids';
import type { PlanningNode, PlanningPool } from '../inventory';
import type { NodePriority } from '../upgrade-request';
import { selectorOperators } from '../upgrade-request';
import type { WaveAction } from '../waves';

// Test-only generators for the planning logic: small label vocabularies so selectors actually match things.
const labelKeys = ['upgrade-wave', 'zone', 'rack'] as const;
const waveValues = ['canary', 'early', 'late'] as const;

const labelsArb = fc.record(
  { 'upgrade-wave': fc.constantFrom(...waveValues), zone: fc.constantFrom('a', 'b', 'c'), rack: fc.integer({ min: 0, max: 9 }).map(String) },
  { requiredKeys: [] },
);

export const selectorArb = fc.record({ key: fc.constantFrom(...labelKeys), operator: fc.constantFrom(...selectorOperators) }).chain(({ key, operator }) => {
  const values =
    operator === 'in' || operator === 'notin'
      ? fc.array(key === 'rack' ? fc.integer({ min: 0, max: 9 }).map(String) : fc.constantFrom(...waveValues, 'a', 'b'), { minLength: 1, maxLength: 3 }).map((value) => ({ value }))
      : operator === 'gt' || operator === 'lt'
        ? fc.integer({ min: 0, max: 9 }).map((n) => ({ value: [String(n)] }))
        : fc.constant({});
  return values.map((value) => ({ key, operator, ...value }));
});

export interface Fleet {
  pools: PlanningPool[];
  nodes: PlanningNode[];
  action: WaveAction;
}

export const fleetArb: fc.Arbitrary<Fleet> = fc
  .record({
    poolCount: fc.integer({ min: 1, max: 6 }),
    nodeSpecs: fc.array(fc.record({ pool: fc.nat(), labels: labelsArb }), { maxLength: 60 }),
    step: fc.integer({ min: 1, max: 40 }),
    scope: fc.constantFrom('Cluster' as const, 'NodePool' as const),
  })
  .chain(({ poolCount, nodeSpecs, step, scope }) => {
    const poolIds = [DEFAULT_POOL, ...Array.from({ length: poolCount - 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)];
    const nodes: PlanningNode[] = nodeSpecs.map((spec, i) => ({
      uid: `node-${i}`,
      name: `192.168.0.${i}`,
      poolId: poolIds[spec.pool % poolIds.length]!,
      privateIp: `192.168.0.${i}`,
      zone: spec.labels.zone ?? '',
      flavor: 'c7.large.2',
      phase: 'Active',
      labels: spec.labels,
    }));
    const pools: PlanningPool[] = poolIds.map((id, i) => ({
      id,
      name: `pool-${i}`,
      flavors: [],
      zones: [],
      architecture: 'amd64',
      nodeCount: nodes.filter((node) => node.poolId === id).length,
    }));
    const batchesArb: fc.Arbitrary<NodePriority[]> = fc.array(fc.record({ nodeSelector: selectorArb, priority: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 3 });
    return fc
      .record({
        nodePoolOrder: fc.dictionary(fc.constantFrom(...poolIds), fc.integer({ min: 0, max: 5 })),
        nodeOrder: fc.dictionary(fc.constantFrom(...poolIds), batchesArb),
      })
      .map(({ nodePoolOrder, nodeOrder }) => ({
        pools,
        nodes,
        action: { strategy: { type: 'inPlaceRollingUpdate' as const, inPlaceRollingUpdate: { userDefinedStep: step, scope } }, nodePoolOrder, nodeOrder },
      }));
  });
