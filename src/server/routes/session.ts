import type { FastifyPluginAsync } from 'fastify';
import type { Session } from '../../shared/bff-api';

export const sessionRoutes: FastifyPluginAsync<{ session: Session }> = async (app, { session }) => {
  app.get('/api/session', async () => session);
};
