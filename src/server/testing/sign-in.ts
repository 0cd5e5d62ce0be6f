import type { FastifyInstance } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import type { TestUser } from './oidc-test-provider';

/** A browser's cookie jar for one origin, as much of it as sign-in needs. */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  take(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.#cookies.delete(pair.slice(0, at));
      else this.#cookies.set(pair.slice(0, at), value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const setCookiesOf = (header: string | string[] | undefined) => (header === undefined ? [] : Array.isArray(header) ? header : [header]);

/** A BFF in this process (driven with inject), or one in a process of its own at this base URL (driven with fetch). */
export type BffTarget = FastifyInstance | string;

interface BffAnswer {
  statusCode: number;
  headers: OutgoingHttpHeaders;
  body: string;
}

async function get(bff: BffTarget, path: string, cookie = ''): Promise<BffAnswer> {
  if (typeof bff !== 'string') return bff.inject({ url: path, headers: cookie ? { cookie } : {} });
  const response = await fetch(`${bff}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const headers: OutgoingHttpHeaders = Object.fromEntries(response.headers);
  headers['set-cookie'] = response.headers.getSetCookie();
  return { statusCode: response.status, headers, body: await response.text() };
}

export interface SignInResult {
  /** The BFF's answer to the provider's redirect back (302 to the app, with the session cookie on success). */
  callback: BffAnswer;
  /** `cookie` header value carrying the BFF session, empty when sign-in did not create one. */
  cookie: string;
}

/**
 * Walks the whole authorization-code flow as a browser would: the BFF's sign-in redirect, the provider's real
 * sign-in form (filled in as `user`), the redirects back, and the BFF's callback. The callback may go to another
 * replica (`callbackApp`), as it may behind a load balancer.
 */
export async function signIn(app: BffTarget, user: TestUser, returnTo = '/', callbackApp = app): Promise<SignInResult> {
  const bffJar = new CookieJar();
  const start = await get(app, `/api/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (start.statusCode !== 302) throw new Error(`sign-in start answered ${start.statusCode}: ${start.body}`);
  bffJar.take(setCookiesOf(start.headers['set-cookie']));

  const providerJar = new CookieJar();
  let next = new URL(String(start.headers.location));
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(next, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: providerJar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: form.toString() } : {}),
    });
    providerJar.take(response.headers.getSetCookie());
    form = undefined;
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next);
      if (target.pathname === '/api/auth/callback') {
        const callback = await get(callbackApp, `${target.pathname}${target.search}`, bffJar.header());
        bffJar.take(setCookiesOf(callback.headers['set-cookie']));
        return { callback, cookie: bffJar.header() };
      }
      next = target;
      continue;
    }
    const page = await response.text();
    if (!page.includes('name="login"')) throw new Error(`the provider answered ${response.status} without a sign-in form: ${page.slice(0, 300)}`);
    next = new URL(/action="([^"]+)"/.exec(page)?.[1] ?? '', next);
    form = new URLSearchParams({ prompt: 'login', login: user, password: 'any' });
  }
  throw new Error('sign-in did not come back to the BFF within 10 redirects');
}
