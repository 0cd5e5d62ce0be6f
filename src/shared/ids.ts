import { z } from 'zod/mini';
import { schemaMessage } from './schema-messages';

/** Huawei Cloud project ids are 32 lower-case hex characters. */
export const projectIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/, schemaMessage('projectId')));

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** CCE cluster ids are lower-case UUIDs. */
export const clusterIdSchema = z.string().check(z.regex(uuidPattern, schemaMessage('clusterId')));

/** Task ids (upgrade, pre-check) and node uids: UUID-like tokens; strict so nothing odd reaches a URL. */
export const taskIdSchema = z.string().check(z.regex(/^[0-9a-z][0-9a-z-]{0,63}$/, schemaMessage('taskId')));

/** Node pool ids as used as keys of nodePoolOrder/nodeOrder: a pool uid or the literal DefaultPool. */
export const DEFAULT_POOL = 'DefaultPool';
export const poolIdSchema = z.union([z.literal(DEFAULT_POOL), z.string().check(z.regex(uuidPattern))], schemaMessage('poolId', { pool: DEFAULT_POOL }));

/** Cluster versions: minor form (v1.29) or full form (v1.29.13-r10). */
export const clusterVersionSchema = z.string().check(z.regex(/^v\d{1,2}\.\d{1,3}(\.\d{1,3}(-r\d{1,4})?)?$/, schemaMessage('clusterVersion')));

/** Add-on template names: DNS-label style, as CCE names them (coredns, metrics-server, …). */
export const addonTemplateNameSchema = z.string().check(z.regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, schemaMessage('addonTemplateName')));

/** Saved plans are named by UUID; their revisions count from 1. */
export const planIdSchema = z.uuid(schemaMessage('planId'));
export const revisionNumberSchema = z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000));
