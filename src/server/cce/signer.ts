import { computeSignature, formatAuthorization, sdkDate } from '../../shared/aksk-signature';
import type { Credentials } from './credentials';

export interface OutgoingRequest {
  method: string;
  url: URL;
  body: string;
  projectId: string;
}

/** Headers for a CCE call, signed as the vendor SDK signs them: host, content-type, x-project-id and x-sdk-date. */
export function signedHeaders(request: OutgoingRequest, credentials: Credentials, at: Date): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: request.url.host,
    'x-project-id': request.projectId,
    'x-sdk-date': sdkDate(at),
  };
  const names = Object.keys(headers).sort();
  const signature = computeSignature(
    {
      method: request.method,
      path: request.url.pathname,
      query: [...request.url.searchParams],
      headers,
      body: request.body,
    },
    names,
    credentials.secret(),
  );
  const { host: _host, ...sent } = headers; // undici sets Host itself from the URL; it is signed, not sent by hand
  return { ...sent, authorization: formatAuthorization({ access: credentials.accessKey(), signedHeaders: names, signature }) };
}
