import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../shared/plans-api';
import type { Caller } from './plan-views';

/** Without sign-in (loopback only) there is one person at the keyboard: the author, and nobody else can review. */
export const LOCAL_ACTOR: Actor = { subject: 'local', name: 'Local user (no sign-in)' };

export const actorOf = (user: { subject: string; name: string } | null | undefined): Actor => (user ? { subject: user.subject, name: user.name } : LOCAL_ACTOR);

export function callerOf({ user }: FastifyRequest): Caller {
  return { actor: actorOf(user), operator: !user || user.roles.includes('operator') };
}
