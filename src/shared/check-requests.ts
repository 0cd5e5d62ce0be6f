import { z } from 'zod';
import { clusterIdSchema, clusterVersionSchema, taskIdSchema } from './ids';

/** A Risk item the user accepted; node checks are narrowed to the node uids the risk was reported on (reference §5.1). */
export const skippedCheckItemSchema = z.strictObject({
  name: z.string().min(1).max(256),
  resourceSelector: z
    .strictObject({
      key: z.literal('node.uid'),
      operator: z.literal('In'),
      values: z.array(taskIdSchema).min(1).max(2000),
    })
    .optional(),
});
export type SkippedCheckItem = z.infer<typeof skippedCheckItemSchema>;

/** What both checks are about: the cluster, the version it runs and the one it is going to (reference §5.1, §9). */
const checkSpec = z.strictObject({
  clusterID: clusterIdSchema,
  clusterVersion: clusterVersionSchema.optional(),
  targetVersion: clusterVersionSchema,
});

/** CreatePreCheck body (reference §5.1). */
export const preCheckRequestSchema = z.strictObject({
  apiVersion: z.literal('v3'),
  kind: z.literal('PreCheckTask'),
  spec: checkSpec.extend({ skippedCheckItemList: z.array(skippedCheckItemSchema).max(200).optional() }),
});
export type PreCheckRequest = z.infer<typeof preCheckRequestSchema>;

/** CreatePostCheck body (reference §9). */
export const postCheckRequestSchema = z.strictObject({
  apiVersion: z.literal('v3'),
  kind: z.literal('PostCheckTask'),
  spec: checkSpec,
});
export type PostCheckRequest = z.infer<typeof postCheckRequestSchema>;
