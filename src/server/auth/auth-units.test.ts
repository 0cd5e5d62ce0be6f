import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './auth-routes';
import { groupsFrom, userFromClaims } from './roles';
import { ExpiringStore } from './session-store';

describe('userFromClaims', () => {
  const config = { roleClaim: 'groups', operatorGroups: ['ops'], viewerGroups: ['view'], clusterAllowlist: { view: ['c1'], ops: ['*'] } };

  it('makes operators viewers too, and names them from the friendliest claim present', () => {
    expect(userFromClaims({ sub: 'u1', preferred_username: 'olga', groups: ['x', 'ops'] }, config)).toEqual({ subject: 'u1', name: 'olga', roles: ['viewer', 'operator'], clusters: 'all' });
    expect(userFromClaims({ sub: 'u2', groups: 'view other' }, config)).toEqual({ subject: 'u2', name: 'u2', roles: ['viewer'], clusters: ['c1'] });
  });

  it('refuses someone in no planner group, or a token without a subject', () => {
    expect(userFromClaims({ sub: 'u3', groups: ['x'] }, config)).toBeUndefined();
    expect(userFromClaims({ groups: ['ops'] }, config)).toBeUndefined();
  });

  it('reads a nested role claim such as Keycloak realm roles', () => {
    expect(groupsFrom({ realm_access: { roles: ['ops', 7] } }, 'realm_access.roles')).toEqual(['ops']);
  });
});

describe('safeReturnTo', () => {
  it.each([
    ['/clusters/a/tasks/b?x=1', '/clusters/a/tasks/b?x=1'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/api/auth/logout', '/'],
    ['/ok\r\nSet-Cookie: x', '/'],
    [undefined, '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});

describe('ExpiringStore', () => {
  it('forgets entries after their time and the oldest when full', () => {
    let now = 0;
    const store = new ExpiringStore<string>({ ttlMs: 1000, maxEntries: 2, now: () => now });
    const a = store.create('a');
    const b = store.create('b');
    expect(store.get(a)).toBe('a');
    const c = store.create('c');
    expect([store.get(a), store.get(b), store.get(c)]).toEqual([undefined, 'b', 'c']);
    now = 1000;
    expect(store.get(b)).toBeUndefined();
    expect(store.take(c)).toBeUndefined();
  });

  it('hands a pending value out once', () => {
    const store = new ExpiringStore<string>({ ttlMs: 1000, maxEntries: 10 });
    const id = store.create('x');
    expect(store.take(id)).toBe('x');
    expect(store.take(id)).toBeUndefined();
  });
});
