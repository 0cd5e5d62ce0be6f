import type { z } from 'zod/mini';
import type { scopeSchema } from '../../shared/upgrade-request';
import { translate } from '../i18n/parts/wizard';

type Scope = z.infer<typeof scopeSchema>;

const scopeIds = { Cluster: 'wizard.scope.Cluster', NodePool: 'wizard.scope.NodePool' } as const satisfies Record<Scope, string>;

/**
 * The step scope in words, in the active language. CCE's own value follows in brackets: it is what the request JSON,
 * CCE's console and its documentation show, so a reader can match the two.
 */
export const scopeLabel = (scope: Scope): string => translate(scopeIds[scope]);

