import { type HttpLibrary, type RequestContext, ResponseContext, wrapHttpLibrary } from '@kubernetes/client-node';
import fetch, { type RequestInit } from 'node-fetch';

/**
 * The Kubernetes client's own HTTP library (node-fetch, with the kubeconfig's TLS agent), except that it follows no
 * redirect. node-fetch follows one to any other port or scheme on the same host with the Authorization header still
 * on it, so a compromised or misconfigured API server could send the kubeconfig's bearer token wherever it likes.
 * A redirect is answered to the caller as what it is: a 3xx status, which the client reports as an ApiException.
 */
export const noRedirectHttp: HttpLibrary = wrapHttpLibrary({
  async send(request: RequestContext): Promise<ResponseContext> {
    const response = await fetch(request.getUrl(), {
      method: request.getHttpMethod().toString(),
      // The client builds what node-fetch takes (it is the client's own library); only the declared types differ.
      body: request.getBody() as RequestInit['body'],
      headers: request.getHeaders(),
      signal: request.getSignal() as RequestInit['signal'],
      agent: request.getAgent(),
      redirect: 'manual',
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return new ResponseContext(response.status, headers, { text: () => response.text(), binary: () => response.buffer() });
  },
});
