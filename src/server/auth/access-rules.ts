import { SIGN_IN_PATH, SIGN_OUT_PATH } from '../../shared/bff-api';
import { matchOperation } from '../cce/allow-list';
import type { Role } from './roles';

export interface AccessRule {
  /** `public`: answered signed out too (sign-in itself, the session probe, the SPA's files). */
  needs: 'public' | Role;
  /** Every cluster the request names; each must be on the user's allow-list. */
  clusterIds: string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CALLBACK_PATH = '/api/auth/callback';
// Exact raw paths: nothing encoded or dotted can pass for one of them.
const PUBLIC_API_PATHS = new Set([SIGN_IN_PATH, CALLBACK_PATH, SIGN_OUT_PATH, '/api/session']);
const isPublicPath = (path: string) => !path.startsWith('/api/') || PUBLIC_API_PATHS.has(path);

// A CCE operation through the proxy that does not change the cluster (the pre- and post-checks) is planning;
// anything flagged `submit` is for operators. A path off the allow-list is the proxy's to refuse.
function proxyNeeds(method: string, rest: string, projectId: string): Role {
  try {
    return matchOperation(method, rest, projectId).operation.submit ? 'operator' : 'viewer';
  } catch {
    return 'viewer';
  }
}

function clusterIdsIn(path: string, query: string): string[] {
  const fromPath = [...path.matchAll(/\/clusters\/([^/]+)/g)].map((match) => match[1] ?? '');
  return [...fromPath, ...new URLSearchParams(query).getAll('cluster_id')];
}

/**
 * What a request needs, from its method and raw URL alone, so one hook enforces it for every route, present or future.
 * Reads need a viewer; every other state-changing call needs an operator unless listed here as planning (deny by default).
 */
export function accessRule(method: string, rawUrl: string, projectId: string): AccessRule {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1);
  if (isPublicPath(path)) return { needs: 'public', clusterIds: [] };
  const clusterIds = clusterIdsIn(path, query);
  if (SAFE_METHODS.has(method)) return { needs: 'viewer', clusterIds };
  if (path.startsWith('/api/cce/')) return { needs: proxyNeeds(method, rawUrl.slice('/api/cce'.length), projectId), clusterIds };
  return { needs: 'operator', clusterIds };
}
