import type { FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from './roles';

/** Which per-user rate limit a call counts against: reads, pre-/post-checks (they start work in CCE), submits. */
export type RateKind = 'read' | 'check' | 'submit';

/**
 * Who may call a route, declared beside the route itself (`config.access`) and read by the one access hook.
 * `public`: answered signed out too. Otherwise the role needed, the clusters the request names (each must be on the
 * user's allow-list; from the decoded route params, never from the raw target) and the rate limit it counts against.
 */
export type RouteAccess =
  | { needs: 'public' }
  | {
      needs: Role;
      /** May look the cluster up (a saved plan names its cluster in the database): still the matched route's params. */
      clusters?: (request: FastifyRequest) => string[] | Promise<string[]>;
      limit?: RateKind | ((request: FastifyRequest) => RateKind);
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** The clusters named by route params, e.g. `clusterParams('clusterId')` for `/api/clusters/:clusterId/…`. */
export const clusterParams =
  (...names: string[]) =>
  (request: FastifyRequest): string[] => {
    const params = request.params as Record<string, string | undefined>;
    return names.map((name) => params[name] ?? '');
  };

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

export interface DeclaredRoute {
  methods: string[];
  url: string;
  access: RouteAccess;
}

/**
 * An API route's declaration, read as the route is registered. Every API route must say who may call it: one without
 * a declaration fails the start, so a forgotten one can never be served open. Routes outside /api (the SPA's files)
 * are public unless they say otherwise, and are not listed.
 */
export function declaredAccess(route: RouteOptions): DeclaredRoute | undefined {
  if (!isApiPath(route.url)) return undefined;
  const access = route.config?.access;
  if (access === undefined) {
    throw new Error(`${String(route.method)} ${route.url} declares no access: add config.access (public, viewer or operator) to the route.`);
  }
  return { methods: ([] as string[]).concat(route.method), url: route.url, access };
}
