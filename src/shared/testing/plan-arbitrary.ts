import fc from 'fast-check';
import { DEFAULT_POOL } from '../ids';
import type { Plan } from '../plan';
import { selectorOperators } from '../upgrade-request';

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

/** Any plan the form may hold: the generator the round-trip properties (plan ↔ body, plan ↔ file, plan → HCL) share. */
export const planArb: fc.Arbitrary<Plan> = fc.record({
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

