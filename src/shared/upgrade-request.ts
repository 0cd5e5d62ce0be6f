import { z } from 'zod/mini';
import { addonTemplateNameSchema, clusterVersionSchema, poolIdSchema } from './ids';
import { schemaIssueMessage, schemaMessage } from './schema-messages';

export const STEP_MIN = 1;
export const STEP_MAX = 40;
export const STEP_DEFAULT = 20;

export const scopeSchema = z.enum(['Cluster', 'NodePool']);

export const selectorOperators = ['in', 'notin', 'exists', '!', 'gt', 'lt'] as const;
export const selectorOperatorSchema = z.enum(selectorOperators);
export type SelectorOperator = z.infer<typeof selectorOperatorSchema>;

// Kubernetes label key: optional DNS-subdomain prefix, then a 1–63 char name.
const labelKeyPattern = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const labelValuePattern = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** The longest label key Kubernetes takes: a 253-character prefix, "/" and a 63-character name. */
export const LABEL_KEY_MAX = 317;
/** The most values one node selector may list. */
export const LABEL_VALUES_MAX = 1000;

export const labelKeySchema = z.string().check(z.maxLength(LABEL_KEY_MAX), z.regex(labelKeyPattern, schemaMessage('labelKey')));
export const labelValueSchema = z.string().check(z.regex(labelValuePattern, schemaMessage('labelValue')));

export const stepSchema = z
  .number(schemaMessage('wholeNumber'))
  .check(z.int(schemaMessage('wholeNumber')), z.gte(STEP_MIN, schemaMessage('atLeast', { min: STEP_MIN })), z.lte(STEP_MAX, schemaMessage('atMost', { max: STEP_MAX })));

export const priorityValueSchema = z.int(schemaMessage('wholeNumber')).check(z.gte(0, schemaMessage('notNegative')), z.lte(2 ** 31 - 1));

export const nodeSelectorSchema = z
  .strictObject({
    key: labelKeySchema,
    operator: selectorOperatorSchema,
    value: z.optional(z.array(labelValueSchema).check(z.maxLength(LABEL_VALUES_MAX, schemaMessage('labelValuesMax', { max: LABEL_VALUES_MAX })))),
  })
  .check(
    z.superRefine((selector, ctx) => {
      const values = selector.value ?? [];
      const fail = (key: 'selectorNeedsValues' | 'selectorTakesNoValues' | 'selectorNeedsNumber') =>
        ctx.addIssue({ code: 'custom', path: ['value'], message: schemaIssueMessage(key, { operator: selector.operator }) });
      switch (selector.operator) {
        case 'in':
        case 'notin':
          if (values.length === 0) fail('selectorNeedsValues');
          break;
        case 'exists':
        case '!':
          if (values.length > 0) fail('selectorTakesNoValues');
          break;
        case 'gt':
        case 'lt':
          if (values.length !== 1 || !/^\d{1,18}$/.test(values[0] ?? '')) fail('selectorNeedsNumber');
          break;
      }
    }),
  );
export type NodeSelector = z.infer<typeof nodeSelectorSchema>;

export const nodePrioritySchema = z.strictObject({
  nodeSelector: nodeSelectorSchema,
  priority: priorityValueSchema,
});
export type NodePriority = z.infer<typeof nodePrioritySchema>;

export const addonPatchSchema = z.strictObject({
  addonTemplateName: addonTemplateNameSchema,
  operation: z.literal('patch', schemaMessage('onlyPatch')),
  version: z.string().check(z.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, schemaMessage('addonVersion'))),
  values: z.optional(z.record(z.string(), z.unknown())),
});
export type AddonPatch = z.infer<typeof addonPatchSchema>;

export const clusterUpgradeActionSchema = z.strictObject({
  targetVersion: clusterVersionSchema,
  strategy: z.strictObject({
    type: z.literal('inPlaceRollingUpdate', schemaMessage('onlyInPlace')),
    inPlaceRollingUpdate: z.strictObject({
      userDefinedStep: stepSchema,
      scope: z.optional(scopeSchema),
    }),
  }),
  nodePoolOrder: z.optional(z.record(poolIdSchema, priorityValueSchema)),
  nodeOrder: z.optional(z.record(poolIdSchema, z.array(nodePrioritySchema).check(z.minLength(1), z.maxLength(100)))),
  addons: z.optional(
    z.array(addonPatchSchema).check(
      z.maxLength(100),
      z.superRefine((addons, ctx) => {
        const seen = new Set<string>();
        addons.forEach((addon, index) => {
          if (seen.has(addon.addonTemplateName)) {
            ctx.addIssue({ code: 'custom', path: [index, 'addonTemplateName'], message: `"${addon.addonTemplateName}" is patched twice` });
          }
          seen.add(addon.addonTemplateName);
        });
      }),
    ),
  ),
  isOnlyUpgrade: z.optional(z.boolean()),
  agencyName: z.optional(z.string().check(z.maxLength(64))),
});
export type ClusterUpgradeAction = z.infer<typeof clusterUpgradeActionSchema>;

/** The UpgradeCluster request body (reference §7). The one schema: form, BFF, simulator and mocks parse with it. */
export const upgradeRequestSchema = z.strictObject({
  metadata: z.strictObject({
    apiVersion: z.literal('v3'),
    kind: z.literal('UpgradeTask'),
  }),
  spec: z.strictObject({
    clusterUpgradeAction: clusterUpgradeActionSchema,
  }),
});
export type UpgradeRequest = z.infer<typeof upgradeRequestSchema>;
