import fp from 'fastify-plugin';
import { BffHttpError } from '../errors';
import { BffCode } from '../../shared/bff-errors';

const badTarget = (why: string) =>
  new BffHttpError(400, BffCode.BAD_TARGET, `The planner refused the request address: ${why}. Send the path exactly as the planner's own pages do.`);

// A `.` or `..` segment, a doubled slash or a backslash: shapes some parsers fold away and others do not.
const AMBIGUOUS_SHAPE = /(^|\/)\.\.?(\/|$)|\/\/|\\/;

function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Why a request target could route other than it reads, or undefined when it cannot. The router matches decoded,
 * absolute-form-stripped paths, so anything that decoding or stripping would change is refused here instead of being
 * interpreted twice: only origin-form targets, no dot segments, doubled slashes or backslashes (raw or decoded), and
 * under /api nothing percent-encoded and no ";" at all — no API path needs them (every id is [a-z0-9-]). A "#" is refused
 * everywhere.
 */
function targetProblem(rawTarget: string): string | undefined {
  if (!rawTarget.startsWith('/') || rawTarget.startsWith('//')) return 'only a path starting with a single "/" is accepted';
  // A fragment is never sent by a browser; the router would end the path at it, the query parser would not.
  if (rawTarget.includes('#')) return 'a "#" has no place in a request';
  const queryAt = rawTarget.indexOf('?');
  const path = queryAt === -1 ? rawTarget : rawTarget.slice(0, queryAt);
  const plain = decoded(path);
  if (plain === undefined) return 'the path has a broken percent-encoding';
  if (AMBIGUOUS_SHAPE.test(path) || AMBIGUOUS_SHAPE.test(plain)) return 'the path has dot segments, doubled slashes or backslashes';
  if (/^\/api(?![\w-])/i.test(plain)) {
    if (plain !== path) return 'API paths must not be percent-encoded';
    // Some routers end a path at ";" (matrix parameters); no API path has one.
    if (path.includes(';')) return 'API paths have no ";"';
  }
  return undefined;
}

/** The first hook of every request: access is decided on the route that matched, so the target must match one way only. */
export const requestTarget = fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      const problem = targetProblem(request.raw.url ?? '');
      if (problem !== undefined) throw badTarget(problem);
    });
  },
  { name: 'request-target' },
);
