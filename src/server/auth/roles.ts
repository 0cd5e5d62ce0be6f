import { z } from 'zod/mini';
import { BffHttpError } from '../errors';
import type { AuthConfig } from './auth-config';
import { BffCode } from '../../shared/bff-errors';

const roleSchema = z.enum(['viewer', 'operator']);
export type Role = z.infer<typeof roleSchema>;

/** Who made a request, as the access hook and the audit log see it; parsed back from the session table. */
export const authenticatedUserSchema = z.object({
  subject: z.string().check(z.minLength(1)),
  name: z.string(),
  /** Operators hold both roles: whatever a viewer may do, an operator may too. */
  roles: z.array(roleSchema),
  /** The clusters this user may touch; "all" when no allow-list is configured or a group is given "*". */
  clusters: z.union([z.literal('all'), z.array(z.string())]),
});
export type AuthenticatedUser = z.infer<typeof authenticatedUserSchema>;

type Claims = Record<string, unknown>;

function claimAt(claims: Claims, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Claims)[key] : undefined), claims);
}

/** A groups claim is a list in most providers, a single string (space or comma separated) in some. */
export function groupsFrom(claims: Claims, path: string): string[] {
  const value = claimAt(claims, path);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function allowedClusters(groups: string[], allowlist: AuthConfig['clusterAllowlist']): AuthenticatedUser['clusters'] {
  if (!allowlist) return 'all';
  const ids = groups.flatMap((group) => allowlist[group] ?? []);
  return ids.includes('*') ? 'all' : [...new Set(ids)];
}

/** The user a set of ID-token claims describes, or undefined when none of their groups may use the planner. */
export function userFromClaims(
  claims: Claims,
  config: Pick<AuthConfig, 'roleClaim' | 'operatorGroups' | 'viewerGroups' | 'clusterAllowlist'>,
): AuthenticatedUser | undefined {
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject === '') return undefined;
  const groups = groupsFrom(claims, config.roleClaim);
  const roles: Role[] = groups.some((group) => config.operatorGroups.includes(group))
    ? ['viewer', 'operator']
    : groups.some((group) => config.viewerGroups.includes(group))
      ? ['viewer']
      : [];
  if (roles.length === 0) return undefined;
  const name = [claims.name, claims.preferred_username, claims.email].find((value): value is string => typeof value === 'string' && value !== '') ?? subject;
  return { subject, name, roles, clusters: allowedClusters(groups, config.clusterAllowlist) };
}

export const mayAccessCluster = (user: AuthenticatedUser, clusterId: string) => user.clusters === 'all' || user.clusters.includes(clusterId);

// Only what filtering needs; every other field passes through as CCE sent it.
const clusterListShape = z.looseObject({ items: z.array(z.looseObject({ metadata: z.looseObject({ uid: z.string() }) })) });

/**
 * ListClusters as this user may see it: only the clusters on their groups' allow-list, so nobody learns the names of
 * clusters they may not open. CCE's text is returned untouched when every cluster is allowed.
 */
export function visibleClusterList(text: string, user: AuthenticatedUser | null): string {
  if (!user || user.clusters === 'all') return text;
  const list = clusterListShape.safeParse(JSON.parse(text));
  // Fail closed: a list the planner cannot filter is not shown at all.
  if (!list.success)
    throw new BffHttpError(502, BffCode.UPSTREAM_MALFORMED, 'CCE sent a cluster list the planner could not read. Try again; if it persists, report it.');
  return JSON.stringify({ ...list.data, items: list.data.items.filter((cluster) => mayAccessCluster(user, cluster.metadata.uid)) });
}
