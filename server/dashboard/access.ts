import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { errorBody } from '../http/error-body';

const TOKEN_COOKIE = 'dashboard_token';
const TOKEN_HEADER = 'X-Dashboard-Token';
/** Marks a 401 as the dashboard's own (a token is needed), not one passed on from Convai. */
export const AUTH_REQUIRED_HEADER = 'X-Dashboard-Auth';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The dashboard's access token, when DASHBOARD_TOKEN is set: entered once in the browser, kept in
 * an HttpOnly, SameSite=Strict cookie (scripts cannot read it, other sites cannot send it), and
 * checked on every `/api` call. Scripts may send it as the X-Dashboard-Token header instead.
 */
export function dashboardAccess(token: string | null) {
  // The cookie holds a digest of the token, so the token itself is never stored in the browser.
  const expected = token ? digest(`cookie:${token}`).toString('hex') : null;
  const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

  return {
    required: token !== null,

    allowed(c: Context): boolean {
      if (!token || !expected) return true;
      const header = c.req.header(TOKEN_HEADER);
      if (header && same(digest(header), digest(token))) return true;
      const cookie = getCookie(c, TOKEN_COOKIE);
      return Boolean(cookie) && same(Buffer.from(cookie!), Buffer.from(expected));
    },

    /** Checks a token typed in the browser; when right, the browser keeps it for later visits. */
    signIn(c: Context, candidate: string): boolean {
      if (!token || !expected) return true;
      if (!same(digest(candidate), digest(token))) return false;
      setCookie(c, TOKEN_COOKIE, expected, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:',
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
      });
      return true;
    },

    signOut(c: Context) {
      deleteCookie(c, TOKEN_COOKIE, { path: '/' });
    },
  };
}

export type DashboardAccess = ReturnType<typeof dashboardAccess>;

/** Lets through only requests that carry the access token (when one is set), as `/api` does. */
export function requireAccess(access: DashboardAccess): MiddlewareHandler {
  return async (c, next) => {
    if (!access.allowed(c)) {
      c.header(AUTH_REQUIRED_HEADER, 'token');
      return errorBody(c, 'ERROR', 'This dashboard needs its access token.', 401);
    }
    await next();
  };
}
