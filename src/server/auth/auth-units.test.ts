import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './auth-routes';
import { groupsFrom, userFromClaims } from './roles';

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
