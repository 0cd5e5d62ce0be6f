import { cceErrorBodySchema } from '../../shared/cce-responses';
import { BffHttpError } from '../errors';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** CCE's two error spellings (errorCode/errorMessage and error_code/error_msg) become one BFF error. */
export function fromUpstreamError(status: number, text: string, requestIdHeader: string | undefined): BffHttpError {
  const parsed = cceErrorBodySchema.safeParse(parseJson(text));
  const body = parsed.success ? parsed.data : {};
  const code = body.errorCode ?? body.error_code ?? `CCE.HTTP_${status}`;
  const message = body.errorMessage ?? body.error_msg ?? body.message ?? `CCE answered HTTP ${status} without an explanation.`;
  const requestId = requestIdHeader ?? body.request_id;
  return new BffHttpError(status, code, message, requestId ? { requestId } : {});
}
