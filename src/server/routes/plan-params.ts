import type { FastifyRequest } from 'fastify';
import { BffCode } from '../../shared/bff-errors';
import { planIdSchema, revisionNumberSchema } from '../../shared/ids';
import type { RouteAccess } from '../auth/route-access';
import type { PlanStore } from '../db/plan-table';
import { BffHttpError } from '../errors';
import { parseJsonText, parseWith, requireJsonContentType } from '../json-body';

type PlanParams = { planId: string; revision?: string };

export function planIdOf(request: FastifyRequest): string {
  const parsed = planIdSchema.safeParse((request.params as PlanParams).planId);
  if (!parsed.success) throw new BffHttpError(400, BffCode.INVALID_PATH, 'The plan id in the path must be a UUID.');
  return parsed.data;
}

export function revisionOf(request: FastifyRequest): number {
  const raw = (request.params as PlanParams).revision ?? '';
  // Digits only: the schema coerces, and "1e0" or " 1" must not name revision 1.
  const parsed = revisionNumberSchema.safeParse(raw);
  if (!parsed.success || !/^[1-9]\d*$/.test(raw)) throw new BffHttpError(400, BffCode.INVALID_PATH, 'The revision in the path must be a whole number from 1.');
  return parsed.data;
}

/**
 * Access to a plan's routes: the plan's cluster, looked up in the database, is checked against the caller's allow-list
 * as a cluster in the path would be. An unknown plan names no cluster; its handler answers 404.
 */
export function planAccess(plans: PlanStore) {
  const planCluster = async (request: FastifyRequest) => [(await plans.find(planIdOf(request)))?.cluster_id ?? ''].filter(Boolean);
  return {
    read: { needs: 'viewer', clusters: planCluster, limit: 'read' },
    check: { needs: 'viewer', clusters: planCluster, limit: 'check' },
    write: { needs: 'operator', clusters: planCluster, limit: 'check' },
  } satisfies Record<string, RouteAccess>;
}

/** A JSON body read as text (so duplicate keys are refused as everywhere else), then parsed with the shared schema. */
export function bodyOf<S extends Parameters<typeof parseWith>[0]>(request: FastifyRequest, schema: S, what: string) {
  requireJsonContentType(request.headers['content-type'], what);
  return parseWith(schema, parseJsonText(typeof request.body === 'string' ? request.body : '', what), what);
}
