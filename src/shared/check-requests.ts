import { z } from 'zod/mini';
import { clusterIdSchema, clusterVersionSchema, taskIdSchema } from './ids';

/** A Risk item the user accepted; node checks are narrowed to the node uids the risk was reported on (reference §5.1). */
export const skippedCheckItemSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(256)),
  resourceSelector: z.optional(
    z.strictObject({
      key: z.literal('node.uid'),
      operator: z.literal('In'),
      values: z.array(taskIdSchema).check(z.minLength(1), z.maxLength(2000)),
    }),
  ),
});
export type SkippedCheckItem = z.infer<typeof skippedCheckItemSchema>;

/** What both checks are about: the cluster, the version it runs and the one it is going to (reference §5.1, §9). */
const checkSpec = z.strictObject({
  clusterID: clusterIdSchema,
  clusterVersion: z.optional(clusterVersionSchema),
  targetVersion: clusterVersionSchema,
});

/** CreatePreCheck body (reference §5.1). */
export const preCheckRequestSchema = z.strictObject({
  apiVersion: z.literal('v3'),
  kind: z.literal('PreCheckTask'),
  spec: z.extend(checkSpec, { skippedCheckItemList: z.optional(z.array(skippedCheckItemSchema).check(z.maxLength(200))) }),
});
export type PreCheckRequest = z.infer<typeof preCheckRequestSchema>;

/** CreatePostCheck body (reference §9). */
export const postCheckRequestSchema = z.strictObject({
  apiVersion: z.literal('v3'),
  kind: z.literal('PostCheckTask'),
  spec: checkSpec,
});
export type PostCheckRequest = z.infer<typeof postCheckRequestSchema>;
