import type { ClusterChange, LabelChange, NodeChange, SnapshotChange } from '../../shared/cluster-snapshot';
import { translate } from '../i18n/parts/drift';
import { formatTime } from './format-time';
import { commaList, joinPhrases } from './word-lists';

// The cluster's changes between two snapshots, worded from the catalogue. src/shared/snapshot-drift.ts finds them (as
// data) and words them in English for the BFF; revision-change-words.test.ts holds the two wordings together.

/** A node kind as a message's select value (ICU keys are identifiers: nodeAdded, not node-added). */
const nodeKindKeys: Record<NodeChange['kind'], string> = {
  'node-added': 'nodeAdded',
  'node-removed': 'nodeRemoved',
  'node-relabelled': 'nodeRelabelled',
  'node-moved': 'nodeMoved',
};

const orNone = (value: string) => value || translate('drift.none');

function describeLabelChange(change: LabelChange): string {
  switch (change.kind) {
    case 'renamed':
      return translate('drift.label.renamed', { name: change.from });
    case 'added':
      return translate('drift.label.added', { key: change.key, value: change.value });
    case 'removed':
      return translate('drift.label.removed', { key: change.key });
    case 'changed':
      return translate('drift.label.changed', { key: change.key, before: change.before || '""', after: change.after || '""' });
  }
}

/** One change of the cluster in the planner's language. */
export function describeClusterChange(change: ClusterChange): string {
  switch (change.kind) {
    case 'node-added':
      return translate('drift.nodeAdded', { node: change.node, pool: change.pool });
    case 'node-removed':
      return translate('drift.nodeRemoved', { node: change.node, pool: change.pool });
    case 'node-moved':
      return translate('drift.nodeMoved', { node: change.node, from: change.from, to: change.to });
    case 'node-relabelled':
      return translate('drift.nodeRelabelled', { node: change.node, pool: change.pool, changes: joinPhrases(change.changes.map(describeLabelChange)) });
    case 'node-overflow':
      return translate('drift.nodeOverflow', { of: nodeKindKeys[change.of], count: change.count });
    case 'pool-added':
      return translate('drift.poolAdded', { pool: change.pool, nodes: change.nodes });
    case 'pool-removed':
      return translate('drift.poolRemoved', { pool: change.pool, nodes: change.nodes });
    case 'pool-renamed':
      return translate('drift.poolRenamed', { pool: change.pool, name: change.name });
    case 'pool-nodes':
      return translate('drift.poolNodes', { pool: change.pool, before: change.before, after: change.after });
    case 'pool-flavors':
      return translate('drift.poolFlavors', { pool: change.pool, before: orNone(commaList(change.before)), after: orNone(commaList(change.after)) });
    case 'version-moved':
      return translate('drift.versionMoved', { before: change.before, after: change.after });
    case 'patch-moved':
      return translate('drift.patchMoved', { before: orNone(change.before), after: orNone(change.after) });
    case 'addon-added':
      return translate('drift.addonAdded', { name: change.name, version: change.version });
    case 'addon-removed':
      return translate('drift.addonRemoved', { name: change.name, version: change.version });
    case 'addon-moved':
      return translate('drift.addonMoved', { name: change.name, before: change.before, after: change.after });
    case 'task-started':
      return translate('drift.taskStarted', { taskId: change.taskId, phase: change.phase });
  }
}

/** One drift item of a submit or a check (a change of the cluster, or the reviewed pre-check gone stale) in the planner's language. */
export function describeSnapshotChange(change: SnapshotChange): string {
  return change.kind === 'pre-check-expired'
    ? translate('drift.preCheckExpired', { taskId: change.taskId, at: formatTime(change.expiresAt) })
    : describeClusterChange(change);
}
