import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL } from './ids';
import { fromUpgradeRequest, planSchema, serializeUpgradeRequest, toUpgradeRequest, type Plan } from './plan';
import { selectorOperators, upgradeRequestSchema } from './upgrade-request';

const poolId = fc.oneof(fc.constant(DEFAULT_POOL), fc.uuid({ version: 4 }));
const labelValue = fc.stringMatching(/^[a-z0-9]([a-z0-9.-]{0,10}[a-z0-9])?$/);
const nodeSelector = fc.constantFrom(...selectorOperators).chain((operator) => {
  const value =
    operator === 'in' || operator === 'notin'
      ? fc.array(labelValue, { minLength: 1, maxLength: 4 }).map((v) => ({ value: v }))
      : operator === 'gt' || operator === 'lt'
        ? fc.integer({ min: 0, max: 999 }).map((n) => ({ value: [String(n)] }))
        : fc.constant({});
  return fc.record({ key: fc.constantFrom('upgrade-wave', 'kubernetes.io/hostname', 'topology.kubernetes.io/zone'), value }).map(({ key, value }) => ({
    key,
    operator,
    ...value,
  }));
});

const plan: fc.Arbitrary<Plan> = fc.record({
  clusterId: fc.uuid({ version: 4 }),
  targetVersion: fc.constantFrom('v1.29', 'v1.30', 'v1.29.13-r10'),
  userDefinedStep: fc.integer({ min: 1, max: 40 }),
  scope: fc.constantFrom('Cluster' as const, 'NodePool' as const),
  nodePoolOrder: fc.dictionary(poolId, fc.integer({ min: 0, max: 1000 })),
  nodeOrder: fc.dictionary(poolId, fc.array(fc.record({ nodeSelector, priority: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 3 })),
  addons: fc.uniqueArray(
    fc.record({
      addonTemplateName: fc.constantFrom('coredns', 'everest', 'npd', 'metrics-server'),
      operation: fc.constant('patch' as const),
      version: fc.constantFrom('1.29.5', '2.4.1'),
      // Values as JSON can carry them: no -0, no "__proto__" keys.
      values: fc.dictionary(
        fc.constantFrom('basic', 'custom', 'flavor'),
        fc.dictionary(fc.string({ maxLength: 5 }).filter((k) => k !== '__proto__'), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown)),
      ),
    }),
    { selector: (a) => a.addonTemplateName, maxLength: 3 },
  ),
  isOnlyUpgrade: fc.boolean(),
});

describe('plan ↔ request', () => {
  it('every valid plan becomes a body the shared schema accepts', () => {
    fc.assert(fc.property(plan, (p) => upgradeRequestSchema.safeParse(toUpgradeRequest(p)).success));
  });

  it('form → body → form round-trips without loss', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(planSchema.safeParse(p).success).toBe(true);
        expect(fromUpgradeRequest(p.clusterId, toUpgradeRequest(p))).toEqual(p);
      }),
    );
  });

  it('the serialised body parses back to the same body', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const body = toUpgradeRequest(p);
        expect(upgradeRequestSchema.parse(JSON.parse(serializeUpgradeRequest(body)))).toEqual(body);
      }),
    );
  });

  it('leaves unused optional parts out of the body', () => {
    const body = toUpgradeRequest({ ...fc.sample(plan, 1)[0]!, nodePoolOrder: {}, nodeOrder: {}, addons: [], isOnlyUpgrade: false });
    expect(Object.keys(body.spec.clusterUpgradeAction).sort()).toEqual(['strategy', 'targetVersion']);
  });
});
