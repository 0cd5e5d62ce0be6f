import { z } from 'zod/mini';
import { addonTemplateNameSchema, clusterIdSchema, projectIdSchema, taskIdSchema } from './ids';
import {
  addonInstanceListSchema,
  addonTemplateListSchema,
  clusterListSchema,
  clusterSchema,
  nodeListSchema,
  nodePoolListSchema,
  upgradeInfoSchema,
  upgradePathsSchema,
  emptyResponseSchema,
  postCheckSchema,
  preCheckTaskSchema,
  upgradeResponseSchema,
  upgradeTaskListSchema,
  upgradeTaskSchema,
} from './cce-responses';
import { postCheckRequestSchema, preCheckRequestSchema } from './check-requests';
import { upgradeRequestSchema } from './upgrade-request';
import { schemaMessage } from './schema-messages';

/**
 * The CCE operations the planner may call: the BFF's allow-list, the simulator's routes and the
 * SPA's URL builder all come from this table. Paths are relative to `/api` on the CCE endpoint.
 */
const pathParams = {
  project_id: projectIdSchema,
  cluster_id: clusterIdSchema,
  task_id: taskIdSchema,
} as const;
export type PathParam = keyof typeof pathParams;
export const pathParamSchemas: Record<PathParam, z.ZodMiniType<string>> = pathParams;

const flag = z.enum(['true', 'false']);

export const cceOperations = {
  listClusters: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters',
    query: { detail: flag, status: z.string().check(z.regex(/^[A-Za-z]{1,32}$/)), type: z.enum(['VirtualMachine', 'ARM64']) },
    response: clusterListSchema,
  },
  showCluster: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}',
    query: { detail: flag },
    response: clusterSchema,
  },
  showUpgradeInfo: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/upgradeinfo',
    query: {},
    response: upgradeInfoSchema,
  },
  listUpgradePaths: {
    method: 'GET',
    path: '/v3/clusterupgradepaths',
    query: {},
    response: upgradePathsSchema,
  },
  listNodePools: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/nodepools',
    query: { showDefaultNodePool: flag },
    response: nodePoolListSchema,
  },
  listNodes: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/nodes',
    query: { limit: z.string().check(z.regex(/^([1-9]\d{0,2}|1\d{3}|2000)$/, schemaMessage('taskLimit'))), marker: taskIdSchema },
    response: nodeListSchema,
  },
  listAddonInstances: {
    method: 'GET',
    path: '/v3/addons',
    query: { cluster_id: clusterIdSchema },
    requiredQuery: ['cluster_id'],
    response: addonInstanceListSchema,
  },
  listAddonTemplates: {
    method: 'GET',
    path: '/v3/addontemplates',
    query: { addon_template_name: addonTemplateNameSchema },
    response: addonTemplateListSchema,
  },
  showUpgradeTask: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/upgrade/tasks/{task_id}',
    query: {},
    response: upgradeTaskSchema,
  },
  listUpgradeTasks: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/upgrade/tasks',
    query: {},
    response: upgradeTaskListSchema,
  },
  upgradeCluster: {
    method: 'POST',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/upgrade',
    query: {},
    body: upgradeRequestSchema,
    response: upgradeResponseSchema,
    submit: true,
  },
  retryUpgrade: {
    method: 'POST',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/upgrade/retry',
    query: {},
    response: emptyResponseSchema,
    submit: true,
  },
  createPreCheck: {
    method: 'POST',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/precheck',
    query: {},
    body: preCheckRequestSchema,
    response: preCheckTaskSchema,
  },
  showPreCheck: {
    method: 'GET',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/precheck/tasks/{task_id}',
    query: {},
    response: preCheckTaskSchema,
  },
  createPostCheck: {
    method: 'POST',
    path: '/v3/projects/{project_id}/clusters/{cluster_id}/operation/postcheck',
    query: {},
    body: postCheckRequestSchema,
    response: postCheckSchema,
  },
} as const satisfies Record<string, CceOperation>;

export interface CceOperation {
  method: 'GET' | 'POST';
  path: string;
  query: Record<string, z.ZodMiniType<string>>;
  requiredQuery?: readonly string[];
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /**
   * Changes the cluster irreversibly: the BFF's generic proxy refuses it, and it is sent only through the audited,
   * idempotent submit routes (`/api/clusters/{cluster_id}/upgrade`, `/upgrade/retry`).
   */
  submit?: true;
}

export type OperationName = keyof typeof cceOperations;

/** Fills a path template; values are encoded so a stray character can never change the path. */
export function fillPath(template: string, params: Partial<Record<PathParam, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: PathParam) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
