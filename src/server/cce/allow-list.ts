import { cceOperations, fillPath, type CceOperation, type OperationName, type PathParam, pathParamSchemas } from '../../shared/cce-operations';
import { describeIssues, fieldIssues } from '../../shared/issues';
import { BffHttpError, notAllowed } from '../errors';
import { BffCode } from '../../shared/bff-errors';

export interface MatchedOperation {
  name: OperationName;
  operation: CceOperation;
  params: Partial<Record<PathParam, string>>;
  query: Array<[string, string]>;
  /** The path to call upstream, relative to the endpoint's /api, rebuilt from validated parts. */
  path: string;
}

interface CompiledOperation {
  name: OperationName;
  operation: CceOperation;
  segments: string[];
}

const compiled: CompiledOperation[] = Object.entries(cceOperations).map(([name, operation]) => ({
  name: name as OperationName,
  operation,
  segments: operation.path.split('/').slice(1),
}));

const paramOf = (segment: string) => /^\{(\w+)\}$/.exec(segment)?.[1] as PathParam | undefined;

function matchPath(method: string, segments: string[]) {
  return compiled.find(
    (op) =>
      op.operation.method === method &&
      op.segments.length === segments.length &&
      op.segments.every((part, i) => paramOf(part) !== undefined || part === segments[i]),
  );
}

function validateQuery(operation: CceOperation, rawQuery: string): Array<[string, string]> {
  const pairs = [...new URLSearchParams(rawQuery)];
  const seen = new Set<string>();
  for (const [name, value] of pairs) {
    const schema = operation.query[name];
    if (!schema) throw new BffHttpError(400, BffCode.INVALID_QUERY, `Query parameter "${name}" is not allowed here.`);
    if (seen.has(name)) throw new BffHttpError(400, BffCode.INVALID_QUERY, `Query parameter "${name}" is given more than once.`);
    seen.add(name);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new BffHttpError(400, BffCode.INVALID_QUERY, `Query parameter "${name}" ${describeIssues(fieldIssues(parsed.error)).replace(/^\(body\): /, '')}.`);
    }
  }
  for (const name of operation.requiredQuery ?? []) {
    if (!seen.has(name)) throw new BffHttpError(400, BffCode.INVALID_QUERY, `Query parameter "${name}" is required.`);
  }
  return pairs;
}

/** Checks one dynamic path part with its shared schema; 400 naming the part otherwise. */
export function parsePathParam(name: PathParam, value: string): string {
  const parsed = pathParamSchemas[name].safeParse(value);
  if (!parsed.success) {
    throw new BffHttpError(400, BffCode.INVALID_PATH, `The ${name.replace('_', ' ')} in the path ${parsed.error.issues[0]?.message ?? 'is invalid'}.`);
  }
  return parsed.data;
}

/** One operation of the table called with validated path parameters, for the BFF's own routes. */
export function namedOperation(name: OperationName, params: Partial<Record<PathParam, string>>): MatchedOperation {
  const operation: CceOperation = cceOperations[name];
  return { name, operation, params, query: [], path: fillPath(operation.path, params) };
}

/**
 * Maps a browser request under /api/cce to one allow-listed CCE operation, or throws:
 * 404 for anything not on the list, 400 for a bad path part or query, 403 for another project.
 * Takes the path as routed (a target that is encoded or dotted never gets this far: plugins/request-target.ts) with its
 * raw query, and checks every segment and parameter itself rather than trusting any normalisation.
 */
export function matchOperation(method: string, rawUrl: string, projectId: string): MatchedOperation {
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1);
  if (!rawPath.startsWith('/') || rawPath.length > 512) throw notAllowed();
  const segments = rawPath.split('/').slice(1);
  const match = matchPath(method, segments);
  if (!match) throw notAllowed();

  const params: Partial<Record<PathParam, string>> = {};
  match.segments.forEach((part, i) => {
    const name = paramOf(part);
    if (name === undefined) return;
    params[name] = parsePathParam(name, segments[i] ?? '');
  });
  if (params.project_id !== undefined && params.project_id !== projectId) {
    throw new BffHttpError(403, BffCode.FORBIDDEN_PROJECT, 'This planner is configured for another project; it only calls CCE for its own project.');
  }
  return {
    name: match.name,
    operation: match.operation,
    params,
    query: validateQuery(match.operation, rawQuery),
    path: fillPath(match.operation.path, params),
  };
}
