import type { CookieSerializeOptions } from '@fastify/cookie';

/** `__Host-`: the browser keeps it only if Secure, Path=/ and host-only, so no sibling domain can plant or read it. */
export const SESSION_COOKIE = '__Host-planner-session';
/** Holds the pending login's id between leaving for the provider and returning from it. */
export const LOGIN_COOKIE = '__Host-planner-login';

export const LOGIN_TTL_SECONDS = 600;

export const sessionCookie = (maxAge: number): CookieSerializeOptions => ({
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/',
  maxAge,
});

// Lax, not Strict: the provider's redirect back is a cross-site navigation, which carries Lax cookies only.
export const loginCookie: CookieSerializeOptions = { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: LOGIN_TTL_SECONDS };

export const expired = (options: CookieSerializeOptions): CookieSerializeOptions => ({ ...options, maxAge: 0, expires: new Date(0) });
