import type { DriftItem } from '../../../shared/cluster-snapshot';
import type { ClusterChange, LabelChange } from '../../../shared/snapshot-drift';
import { translate } from '../../i18n/parts/plans';
import { commaList, joinPhrases } from '../../lib/word-lists';

// The cluster's changes between two snapshots, worded from the catalogue. src/shared/snapshot-drift.ts finds them (as
// data) and words them in English for the BFF; revision-change-words.test.ts holds the two wordings together.

type DriftKind = DriftItem['kind'];

/** A drift kind as a message's select value (ICU keys are identifiers: nodeAdded, not node-added). */
export const driftKindKeys: Record<DriftKind, string> = {
  'node-added': 'nodeAdded',
  'node-removed': 'nodeRemoved',
  'node-relabelled': 'nodeRelabelled',
  'node-moved': 'nodeMoved',
  'pool-added': 'poolAdded',
  'pool-removed': 'poolRemoved',
  'pool-changed': 'poolChanged',
  'version-moved': 'versionMoved',
  'patch-moved': 'patchMoved',
  'addon-changed': 'addonChanged',
  'pre-check-expired': 'preCheckExpired',
  'task-started': 'taskStarted',
};

const orNone = (value: string) => value || translate('plans.drift.none');

function describeLabelChange(change: LabelChange): string {
  switch (change.kind) {
    case 'renamed':
      return translate('plans.drift.label.renamed', { name: change.from });
    case 'added':
      return translate('plans.drift.label.added', { key: change.key, value: change.value });
    case 'removed':
      return translate('plans.drift.label.removed', { key: change.key });
    case 'changed':
      return translate('plans.drift.label.changed', { key: change.key, before: change.before || '""', after: change.after || '""' });
  }
}

/** One change of the cluster in the planner's language. */
export function describeClusterChange(change: ClusterChange): string {
  switch (change.kind) {
    case 'node-added':
      return translate('plans.drift.nodeAdded', { node: change.node, pool: change.pool });
    case 'node-removed':
      return translate('plans.drift.nodeRemoved', { node: change.node, pool: change.pool });
    case 'node-moved':
      return translate('plans.drift.nodeMoved', { node: change.node, from: change.from, to: change.to });
    case 'node-relabelled':
      return translate('plans.drift.nodeRelabelled', { node: change.node, pool: change.pool, changes: joinPhrases(change.changes.map(describeLabelChange)) });
    case 'node-overflow':
      return translate('plans.drift.nodeOverflow', { of: driftKindKeys[change.of], count: change.count });
    case 'pool-added':
      return translate('plans.drift.poolAdded', { pool: change.pool, nodes: change.nodes });
    case 'pool-removed':
      return translate('plans.drift.poolRemoved', { pool: change.pool, nodes: change.nodes });
    case 'pool-renamed':
      return translate('plans.drift.poolRenamed', { pool: change.pool, name: change.name });
    case 'pool-nodes':
      return translate('plans.drift.poolNodes', { pool: change.pool, before: change.before, after: change.after });
    case 'pool-flavors':
      return translate('plans.drift.poolFlavors', { pool: change.pool, before: orNone(commaList(change.before)), after: orNone(commaList(change.after)) });
    case 'version-moved':
      return translate('plans.drift.versionMoved', { before: change.before, after: change.after });
    case 'patch-moved':
      return translate('plans.drift.patchMoved', { before: orNone(change.before), after: orNone(change.after) });
    case 'addon-added':
      return translate('plans.drift.addonAdded', { name: change.name, version: change.version });
    case 'addon-removed':
      return translate('plans.drift.addonRemoved', { name: change.name, version: change.version });
    case 'addon-moved':
      return translate('plans.drift.addonMoved', { name: change.name, before: change.before, after: change.after });
    case 'task-started':
      return translate('plans.drift.taskStarted', { taskId: change.taskId, phase: change.phase });
  }
}
