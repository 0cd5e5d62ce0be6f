import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUpgradeRequest, planSchema, serializeUpgradeRequest, toUpgradeRequest } from './plan';
import { upgradeRequestSchema } from './upgrade-request';
import { planArb as plan } from './testing/plan-arbitrary';

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
