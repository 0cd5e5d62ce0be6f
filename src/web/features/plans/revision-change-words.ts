import type { RevisionChange, ValueChange } from '../../../shared/revision-diff';
import { translate } from '../../i18n/parts/plans';
import { describeSelector } from '../../lib/describe-selector';
import { commaList, joinClauses, joinPhrases } from '../../lib/word-lists';
import { describeClusterChange } from '../../lib/describe-drift';

// What changed from one revision to the next, worded from the catalogue. src/shared/revision-diff*.ts finds the
// changes (as data) and words them in English for the BFF; revision-change-words.test.ts holds the two wordings together.

function describeValueChange(change: ValueChange): string {
  switch (change.kind) {
    case 'added':
      return translate('plans.changes.value.added', { path: change.path, value: change.value });
    case 'removed':
      return translate('plans.changes.value.removed', { path: change.path });
    case 'changed':
      return translate('plans.changes.value.changed', { path: change.path, before: change.before, after: change.after });
  }
}

const onOff = (value: boolean) => (value ? 'on' : 'off');
const priorityWord = (value: number | undefined) => (value === undefined ? 'default' : String(value));

/** One change in the planner's language. */
export function describeRevisionChange(change: RevisionChange): string {
  switch (change.kind) {
    case 'target':
      return translate('plans.changes.target', { before: change.before, after: change.after });
    case 'step':
      return translate('plans.changes.step', { before: change.before, after: change.after });
    case 'scope':
      return translate('plans.changes.scope', { before: change.before, after: change.after });
    case 'onlyUpgrade':
      return translate('plans.changes.onlyUpgrade', { before: onOff(change.before), after: onOff(change.after) });
    case 'poolPriority':
      return translate('plans.changes.poolPriority', { pool: change.pool, before: priorityWord(change.before), after: priorityWord(change.after) });
    case 'poolAhead':
      return translate('plans.changes.poolAhead', { pool: change.pool, others: commaList(change.others) });
    case 'poolBehind':
      return translate('plans.changes.poolBehind', { pool: change.pool, others: commaList(change.others) });
    case 'batchAdded':
      return translate('plans.changes.batchAdded', { selector: describeSelector(change.selector), pool: change.pool, priority: change.priority });
    case 'batchPriority':
      return translate('plans.changes.batchPriority', { selector: describeSelector(change.selector), pool: change.pool, before: change.before, after: change.after });
    case 'batchRemoved':
      return translate('plans.changes.batchRemoved', { selector: describeSelector(change.selector), pool: change.pool });
    case 'batchesReordered':
      return translate('plans.changes.batchesReordered', { pool: change.pool });
    case 'nodesChangeWave':
      return translate('plans.changes.nodesChangeWave', { count: change.count });
    case 'waveCount':
      return translate('plans.changes.waveCount', { before: change.before, after: change.after });
    case 'addonUnpatched':
      return translate('plans.changes.addonUnpatched', { name: change.name });
    case 'addonPatched':
      return translate('plans.changes.addonPatched', { name: change.name, version: change.version });
    case 'addonVersion':
      return translate('plans.changes.addonVersion', { name: change.name, before: change.before, after: change.after });
    case 'addonValues':
      return translate('plans.changes.addonValues', { name: change.name, changes: joinPhrases(change.changes.map(describeValueChange)) });
    case 'riskAdded':
    case 'riskReason':
    case 'riskRemoved':
      return translate('plans.changes.risk', { change: change.kind, name: change.name, nodes: change.nodes });
    case 'cluster': {
      const changes = joinClauses(change.changes.map(describeClusterChange));
      return change.more === 0 ? translate('plans.changes.cluster', { changes }) : translate('plans.changes.clusterMore', { changes, more: change.more });
    }
  }
}
