import type { FastifyPluginAsync } from 'fastify';
import type { PlannerSession, Session } from '../../shared/bff-api';

/** What the BFF knows about itself; who is signed in is added per request. */
export type ServerInfo = Pick<PlannerSession, 'mode' | 'region' | 'projectId'>;

export const sessionRoutes: FastifyPluginAsync<{ info: ServerInfo; auth: PlannerSession['auth']; approvalsRequired: number }> = async (app, { info, auth, approvalsRequired }) => {
  app.get('/api/session', { config: { access: { needs: 'public' } } }, async (request, reply): Promise<Session> => {
    // Who is signed in changes with every sign-in and sign-out: never from a cache.
    reply.header('cache-control', 'no-store');
    const user = request.user;
    // A signed-out browser learns only that it must sign in: region and project are for users.
    if (!user) return auth === 'oidc' ? { auth } : { ...info, auth, approvalsRequired };
    const operator = user.roles.includes('operator');
    return { ...info, auth, approvalsRequired, user: { name: user.name, role: operator ? 'operator' : 'viewer', canSubmit: operator } };
  });
};
