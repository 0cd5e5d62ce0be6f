// The plan's lints in the planner's language (part `lints`), keyed by lint kind. src/shared/plan-lints.ts and
// src/shared/addon-lints.ts keep the English words for the BFF and the CLI; in English these say exactly what they say
// (describe-lint.test.ts compares them over every kind).
import type { AddonFate, CceOutcome } from '../../shared/addon-fates';
import type { AddonLint, UpgradeVersions } from '../../shared/addon-lints';
import { LONG_PLAN_MINUTES, type PlanLint } from '../../shared/plan-lints';
import { translate } from '../i18n/parts/lints';
import { formatMinutes } from './format-duration';
import { andList, commaList } from './word-lists';

export { lintSeverity } from '../../shared/plan-lints';

/** What CCE does with an incompatible add-on left unpatched, in one sentence. */
export function describeCceOutcome(cce: CceOutcome, version: string, { currentVersion, targetVersion }: UpgradeVersions): string {
  const versions = { current: currentVersion, target: targetVersion };
  if (cce.kind === 'leaves') return translate('lints.cceOutcome.leaves', { ...versions, version });
  return translate('lints.cceOutcome.upgrades', { ...versions, count: cce.candidates.length, candidates: andList(cce.candidates) });
}

const adviceOf = (cce: CceOutcome): 'leaves' | 'values' | 'version' => {
  if (cce.kind === 'leaves') return 'leaves';
  return cce.candidates.length === 1 ? 'values' : 'version';
};

const compatUnknown = {
  'no-template': 'lints.addonCompatUnknown.noTemplate',
  'unpublished-version': 'lints.addonCompatUnknown.unpublishedVersion',
} as const satisfies Record<Extract<AddonLint, { kind: 'addon-compat-unknown' }>['reason'], string>;

/** The lint in words, with what to do about it. */
export function describeAddonLint(lint: AddonLint): string {
  switch (lint.kind) {
    case 'addon-incompatible':
      return translate('lints.addonIncompatible', {
        addon: lint.addon,
        version: lint.version,
        target: lint.targetVersion,
        outcome: describeCceOutcome(lint.cce, lint.version, lint),
        advice: adviceOf(lint.cce),
        proposal: lint.proposal,
      });
    case 'addon-no-compatible-version':
      return translate('lints.addonNoCompatibleVersion', { addon: lint.addon, version: lint.version, target: lint.targetVersion });
    case 'addon-compat-unknown':
      return translate(compatUnknown[lint.reason], { addon: lint.addon, version: lint.version, target: lint.targetVersion });
    case 'addon-patch-unsupported':
      return translate('lints.addonPatchUnsupported', { addon: lint.addon, version: lint.version, target: lint.targetVersion });
    case 'addon-not-installed':
      return translate('lints.addonNotInstalled', { addon: lint.addon });
  }
}

/** The lint in words; `poolName` turns an id into what the user sees. */
export function describeLint(lint: PlanLint, poolName: (id: string) => string): string {
  switch (lint.kind) {
    case 'unknown-pool':
      return translate('lints.unknownPool', { field: lint.field, poolId: lint.poolId });
    case 'selector-matches-nothing':
      return translate('lints.selectorMatchesNothing', { pool: poolName(lint.poolId), batch: lint.batch + 1 });
    case 'label-key-absent':
      return translate('lints.labelKeyAbsent', { pool: poolName(lint.poolId), key: lint.key, batch: lint.batch + 1 });
    case 'nodes-in-two-batches':
      return translate('lints.nodesInTwoBatches', {
        count: lint.nodes.length,
        pool: poolName(lint.poolId),
        first: lint.batches[0] + 1,
        second: lint.batches[1] + 1,
      });
    case 'uncovered-nodes':
      return translate('lints.uncoveredNodes', { count: lint.count, pool: poolName(lint.poolId), waveCount: lint.waves.length, waves: commaList(lint.waves) });
    case 'long-plan':
      return translate('lints.longPlan', { high: formatMinutes(Math.ceil(lint.highMinutes)), limit: formatMinutes(LONG_PLAN_MINUTES) });
    case 'window-overrun':
      return translate('lints.windowOverrun', { overrun: formatMinutes(Math.ceil(lint.overrunMinutes)), window: formatMinutes(lint.windowMinutes) });
    case 'addon-incompatible':
    case 'addon-no-compatible-version':
    case 'addon-compat-unknown':
    case 'addon-patch-unsupported':
    case 'addon-not-installed':
      return describeAddonLint(lint);
  }
}

/** An add-on's fate as a heading: its name, and the version it ends the upgrade on as far as the plan decides it. */
export function describeFateHeading(fate: AddonFate): string {
  switch (fate.kind) {
    case 'patched':
      return translate('lints.fate.patched', { name: fate.name, from: fate.from, to: fate.to });
    case 'compatible':
      return translate('lints.fate.compatible', { name: fate.name, version: fate.version });
    case 'incompatible':
      return translate('lints.fate.incompatible', { name: fate.name, version: fate.version });
    case 'unknown':
      return translate('lints.fate.unknown', { name: fate.name, version: fate.version });
  }
}
