import type { FastifyRequest } from 'fastify';
import type { z } from 'zod/mini';
import { describeIssues, fieldIssues } from '../shared/issues';
import { rawBody } from './signature';

/** A test control's refusal: `{message, ...extra}` with the status, never CCE's error shape. */
export class ControlError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The control's JSON body parsed with its schema; an empty body is `{}`. */
export function controlBody<T>(schema: z.ZodMiniType<T>, request: FastifyRequest): T {
  let json: unknown;
  try {
    json = JSON.parse(rawBody(request) || '{}');
  } catch {
    throw new ControlError(400, 'body must be JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ControlError(400, describeIssues(fieldIssues(parsed.error)));
  return parsed.data;
}
