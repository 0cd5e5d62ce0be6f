import { z } from 'zod/mini';
import { clusterIdSchema } from './ids';
import {
  addonPatchSchema,
  clusterUpgradeActionSchema,
  nodePrioritySchema,
  priorityValueSchema,
  scopeSchema,
  STEP_DEFAULT,
  stepSchema,
  type UpgradeRequest,
} from './upgrade-request';
import { poolIdSchema } from './ids';

const action = clusterUpgradeActionSchema.shape;

/**
 * The wizard's form model: the body's fields, flattened, plus the cluster it targets.
 * Built from the request schema's own pieces so the form can never accept what the BFF refuses.
 */
export const planSchema = z.object({
  clusterId: clusterIdSchema,
  targetVersion: action.targetVersion,
  userDefinedStep: stepSchema,
  scope: scopeSchema,
  nodePoolOrder: z.record(poolIdSchema, priorityValueSchema),
  nodeOrder: z.record(poolIdSchema, z.array(nodePrioritySchema)),
  addons: z.array(addonPatchSchema),
  isOnlyUpgrade: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

export function emptyPlan(clusterId = ''): Plan {
  return {
    clusterId,
    targetVersion: '',
    userDefinedStep: STEP_DEFAULT,
    scope: 'Cluster',
    nodePoolOrder: {},
    nodeOrder: {},
    addons: [],
    isOnlyUpgrade: false,
  };
}

const isEmpty = (value: object) => Object.keys(value).length === 0;

/** The exact UpgradeCluster body for a plan; optional parts are left out when unused. */
export function toUpgradeRequest(plan: Plan): UpgradeRequest {
  return {
    metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
    spec: {
      clusterUpgradeAction: {
        targetVersion: plan.targetVersion,
        strategy: {
          type: 'inPlaceRollingUpdate',
          inPlaceRollingUpdate: { userDefinedStep: plan.userDefinedStep, scope: plan.scope },
        },
        ...(isEmpty(plan.nodePoolOrder) ? {} : { nodePoolOrder: plan.nodePoolOrder }),
        ...(isEmpty(plan.nodeOrder) ? {} : { nodeOrder: plan.nodeOrder }),
        ...(plan.addons.length === 0 ? {} : { addons: plan.addons }),
        ...(plan.isOnlyUpgrade ? { isOnlyUpgrade: true } : {}),
      },
    },
  };
}

export function fromUpgradeRequest(clusterId: string, body: UpgradeRequest): Plan {
  const { clusterUpgradeAction: a } = body.spec;
  return {
    clusterId,
    targetVersion: a.targetVersion,
    userDefinedStep: a.strategy.inPlaceRollingUpdate.userDefinedStep,
    scope: a.strategy.inPlaceRollingUpdate.scope ?? 'Cluster',
    nodePoolOrder: a.nodePoolOrder ?? {},
    nodeOrder: a.nodeOrder ?? {},
    addons: a.addons ?? [],
    isOnlyUpgrade: a.isOnlyUpgrade ?? false,
  };
}

/** The request text exactly as sent: the preview shows this string and the client posts it byte for byte. */
export function serializeUpgradeRequest(body: UpgradeRequest): string {
  return JSON.stringify(body, null, 2);
}
