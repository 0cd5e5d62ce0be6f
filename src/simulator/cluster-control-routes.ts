import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { addonPatchSchema, labelKeySchema, labelValueSchema } from '../shared/upgrade-request';
import type { ClusterChanges } from './cluster-changes';
import { controlBody } from './control-body';

// As CCE names nodes: a lower-case letter first, then lower-case letters, digits, hyphens and dots, at most 56 characters.
const nodeNameSchema = z.string().check(z.regex(/^[a-z]([a-z0-9.-]{0,54}[a-z0-9])?$/, 'must be a CCE node name (a-z, 0-9, "-" and "."; 1–56 characters)'));
const labelsSchema = z.record(labelKeySchema, labelValueSchema);

export const newNodeSchema = z.strictObject({ name: z.optional(nodeNameSchema), labels: z.optional(labelsSchema) });
export const relabelSchema = z.strictObject({
  labels: z.record(labelKeySchema, z.nullable(labelValueSchema)).check(z.refine((labels) => Object.keys(labels).length > 0, 'must change at least one label')),
});
export const patchBumpSchema = z.strictObject({
  to: z.optional(z.union([z.literal('next'), z.string().check(z.regex(/^cce\.\d+\.\d+$/, 'must be "next" or a platformVersion such as cce.10.1'))])),
});
export const addonVersionSchema = z.strictObject({ version: addonPatchSchema.shape.version });

interface ClusterParams {
  clusterId: string;
}

/**
 * Unsigned controls that change a cluster between a plan's review and its submit (drift tests), under
 * /__sim/clusters/:clusterId/. Each change lasts until POST /__sim/reset.
 */
export async function clusterControlRoutes(app: FastifyInstance, { changes }: { changes: ClusterChanges }) {
  app.post<{ Params: ClusterParams & { pool: string } }>('/clusters/:clusterId/pools/:pool/nodes', async (request, reply) => {
    const { clusterId, pool } = request.params;
    return reply.code(201).send(changes.addNode(clusterId, pool, controlBody(newNodeSchema, request)));
  });

  app.patch<{ Params: ClusterParams & { node: string } }>('/clusters/:clusterId/nodes/:node/labels', async (request) => {
    const { clusterId, node } = request.params;
    return changes.relabelNode(clusterId, node, controlBody(relabelSchema, request).labels);
  });

  app.post<{ Params: ClusterParams }>('/clusters/:clusterId/patch', async (request) =>
    changes.bumpPatch(request.params.clusterId, controlBody(patchBumpSchema, request).to),
  );

  app.put<{ Params: ClusterParams & { addon: string } }>('/clusters/:clusterId/addons/:addon', async (request) => {
    const { clusterId, addon } = request.params;
    return changes.setAddonVersion(clusterId, addon, controlBody(addonVersionSchema, request).version);
  });
}
