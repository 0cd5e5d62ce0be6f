import { config } from 'zod/mini';
import { type SchemaMessageKey, speakSchemaMessages } from '../../shared/schema-messages';
import { translate, type SchemaId } from './parts/schema';
import { andList, orList } from '../lib/word-lists';

/**
 * Zod's issues in the planner's language. Our schemas' own messages (src/shared/schema-messages.ts) by their key; the
 * issues zod words itself (zod/mini has no words of its own) by issue code. In place of the English the BFF and the CLI
 * load (src/shared/zod-messages.ts). main.tsx loads it just after the first render, as nothing is validated before a
 * click; the tests' setup imports it at once.
 */
export const SCHEMA_MESSAGE_IDS: Record<SchemaMessageKey, SchemaId> = {
  wholeNumber: 'schema.wholeNumber',
  atLeast: 'schema.atLeast',
  atMost: 'schema.atMost',
  notNegative: 'schema.notNegative',
  atLeastMinutes: 'schema.atLeastMinutes',
  atMostMinutes: 'schema.atMostMinutes',
  atMostWindowMinutes: 'schema.atMostWindowMinutes',
  notBelowLow: 'schema.notBelowLow',
  labelKey: 'schema.labelKey',
  labelValue: 'schema.labelValue',
  labelValuesMax: 'schema.labelValuesMax',
  selectorNeedsValues: 'schema.selectorNeedsValues',
  selectorTakesNoValues: 'schema.selectorTakesNoValues',
  selectorNeedsNumber: 'schema.selectorNeedsNumber',
  onlyPatch: 'schema.onlyPatch',
  addonVersion: 'schema.addonVersion',
  onlyInPlace: 'schema.onlyInPlace',
  planId: 'schema.planId',
  uuid: 'schema.uuid',
  reviewReason: 'schema.reviewReason',
  commentText: 'schema.commentText',
  keepToCharacters: 'schema.keepToCharacters',
  riskReason: 'schema.riskReason',
  resendReason: 'schema.resendReason',
  projectId: 'schema.projectId',
  clusterId: 'schema.clusterId',
  taskId: 'schema.taskId',
  poolId: 'schema.poolId',
  clusterVersion: 'schema.clusterVersion',
  addonTemplateName: 'schema.addonTemplateName',
  sha256: 'schema.sha256',
  formatVersion: 'schema.formatVersion',
  windowStart: 'schema.windowStart',
  timeZone: 'schema.timeZone',
  taskLimit: 'schema.taskLimit',
};

speakSchemaMessages((key, values) => translate(SCHEMA_MESSAGE_IDS[key], values));

const oneOf = (values: readonly unknown[]) => orList(values.map((value) => JSON.stringify(value)));
const SIZED = new Set(['string', 'array', 'set', 'file']);

config({
  localeError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return translate('schema.invalidType', { expected: issue.expected });
      case 'invalid_value':
        return translate('schema.invalidValue', { values: oneOf(issue.values) });
      case 'too_big': {
        const maximum = issue.maximum.toString();
        if (issue.origin === 'string') return translate('schema.tooLong', { maximum });
        if (SIZED.has(issue.origin)) return translate('schema.tooManyItems', { maximum });
        return translate(issue.inclusive === false ? 'schema.tooBigExclusive' : 'schema.tooBig', { maximum });
      }
      case 'too_small': {
        const minimum = issue.minimum.toString();
        if (issue.origin === 'string') return translate('schema.tooShort', { minimum });
        if (SIZED.has(issue.origin)) return translate('schema.tooFewItems', { minimum });
        return translate(issue.inclusive === false ? 'schema.tooSmallExclusive' : 'schema.tooSmall', { minimum });
      }
      case 'invalid_format':
        return translate('schema.invalidFormat');
      case 'unrecognized_keys':
        return translate('schema.unknownKeys', { keys: andList(issue.keys) });
      default:
        return translate('schema.invalid');
    }
  },
});
