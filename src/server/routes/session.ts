import type { FastifyPluginAsync } from 'fastify';
import type { Session } from '../../shared/bff-api';

/** What the BFF knows about itself; who is signed in is added per request. */
export type ServerInfo = Pick<Session, 'mode' | 'region' | 'projectId'>;

export const sessionRoutes: FastifyPluginAsync<{ info: ServerInfo; auth: Session['auth'] }> = async (app, { info, auth }) => {
  app.get('/api/session', async (request, reply): Promise<Session> => {
    // Who is signed in changes with every sign-in and sign-out: never from a cache.
    reply.header('cache-control', 'no-store');
    const user = request.user;
    if (!user) return { ...info, auth };
    const operator = user.roles.includes('operator');
    return { ...info, auth, user: { name: user.name, role: operator ? 'operator' : 'viewer', canSubmit: operator } };
  });
};
