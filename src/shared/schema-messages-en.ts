import type { SchemaMessageValues } from './schema-messages';

/**
 * The words of our schemas' own issues (./schema-messages.ts), by stable key, in English: what the BFF, the simulator and
 * the CLI say (zod-messages.ts installs them). The SPA speaks them in the user's language by key instead and does not
 * bundle this table. `{name}` is filled from the values the schema passes.
 */
export const SCHEMA_MESSAGES = {
  wholeNumber: 'must be a whole number',
  atLeast: 'must be at least {min}',
  atMost: 'must be at most {max}',
  notNegative: 'must not be negative',
  atLeastMinutes: 'must be at least {min} minutes',
  atMostMinutes: 'must be at most {max} minutes',
  atMostWindowMinutes: 'must be at most {max} minutes (7 days)',
  notBelowLow: 'must not be below the low end',
  labelKey: 'must be a Kubernetes label key',
  labelValue: 'must be a Kubernetes label value',
  labelValuesMax: 'enter at most {max} values',
  selectorNeedsValues: 'operator "{operator}" needs at least one value',
  selectorTakesNoValues: 'operator "{operator}" takes no values',
  selectorNeedsNumber: 'operator "{operator}" needs exactly one whole-number value',
  onlyPatch: 'only "patch" is supported',
  addonVersion: 'must be an add-on version such as 1.29.5',
  onlyInPlace: 'only "inPlaceRollingUpdate" is supported',
  planId: 'must be a plan id (a UUID)',
  uuid: 'must be a UUID',
  reviewReason: 'say in at least {min} characters what should change',
  commentText: 'write a comment',
  keepToCharacters: 'keep it to {max} characters',
  riskReason: 'explain in at least {min} characters why the risk is acceptable',
  resendReason: 'say in at least {min} characters why the plan may be sent again',
  projectId: 'must be 32 lower-case hex characters',
  clusterId: 'must be a lower-case UUID',
  taskId: 'must be 1–64 lower-case letters, digits or dashes',
  poolId: 'must be a node pool uid or "{pool}"',
  clusterVersion: 'must look like v1.29 or v1.29.13-r10',
  addonTemplateName: 'must be an add-on template name such as coredns',
  sha256: 'must be a SHA-256 in lower-case hex',
  formatVersion: 'only format version {version} is known',
  windowStart: 'must be a date and time such as 2026-03-29T22:00',
  timeZone: 'must be a time zone such as Europe/Berlin',
  taskLimit: 'must be 1–2000',
} as const;

/** A schema message in English, its `{name}`s filled in. */
export const englishSchemaMessage = (key: keyof typeof SCHEMA_MESSAGES, values: SchemaMessageValues) =>
  SCHEMA_MESSAGES[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
