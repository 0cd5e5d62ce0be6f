import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terraformExport } from './export-terraform';
import { hclIdentifier } from './hcl-text';
import { DEFAULT_POOL } from './ids';
import { skippedCheckItems } from './pre-check';
import type { PlanFile } from './plan-file';
import { selectorArb } from './testing/arbitraries';
import { bigAnalyticsFile, legacyBatchFile, planFileOf, prodPaymentsFile } from './testing/plan-files';
import { readUpgradeResource } from './testing/terraform-hcl';
import type { AddonPatch } from './upgrade-request';

const goldenDir = join(import.meta.dirname, 'testing', 'golden', 'terraform');

describe('terraformExport: the demo clusters, byte for byte (UPDATE_GOLDEN=1 rewrites them)', () => {
  it.each([
    ['prod-payments', prodPaymentsFile],
    ['legacy-batch', legacyBatchFile],
    ['big-analytics', bigAnalyticsFile],
  ])('%s', async (name, file) => {
    const { hcl } = terraformExport(file);
    const path = join(goldenDir, `${name}.tf`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, hcl);
    expect(hcl).toBe(readFileSync(path, 'utf8'));
    const { label, resource } = await readUpgradeResource(hcl);
    expect(label).toBe(name);
    expect(resource.cluster_id).toBe(file.plan.clusterId);
  });
});

describe('terraformExport: losses', () => {
  const fields = (file: PlanFile) => terraformExport(file).losses.map((loss) => loss.field);

  it('names only the skipped submit checks for a plan the provider carries whole', () => {
    expect(terraformExport(legacyBatchFile).losses).toEqual([expect.objectContaining({ kind: 'submit-checks', field: 'request' })]);
  });

  it('names scope NodePool, the pre-check, every accepted risk with its reason, and lost add-on values', () => {
    const file = planFileOf({
      cluster: { id: prodPaymentsFile.cluster.id, name: 'prod-payments', version: 'v1.28' },
      pools: [{ id: DEFAULT_POOL, name: DEFAULT_POOL, nodeCount: 3 }],
      plan: {
        targetVersion: 'v1.29',
        scope: 'NodePool',
        isOnlyUpgrade: true,
        addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values: { basic: {}, custom: { a: null, b: { c: {} } }, flavor: [1], extra: 1 } }],
      },
      acceptedRisks: [
        { name: 'NodeContainerdDisk', nodeUids: ['n-1'], reason: 'pruned nightly, room enough' },
        { name: 'DeprecatedApi', reason: 'no client calls it any more' },
      ],
      preCheck: { taskId: 'pc-1', phase: 'Success', expiresAt: null },
    });
    const { hcl, losses } = terraformExport(file);
    expect(losses.map((loss) => loss.kind)).toEqual(['submit-checks', 'pre-check', 'risk-reason', 'risk-reason', 'scope', 'addon-value', 'addon-value', 'addon-value', 'addon-value', 'addon-value']);
    expect(fields(file)).toEqual([
      'request',
      'preCheck',
      'acceptedRisks[0].reason',
      'acceptedRisks[1].reason',
      'plan.scope',
      'plan.addons[0].values.basic',
      'plan.addons[0].values.custom.a',
      'plan.addons[0].values.custom.b.c',
      'plan.addons[0].values.flavor',
      'plan.addons[0].values.extra',
    ]);
    // isOnlyUpgrade is no loss: the provider has is_only_upgrade (since v1.91.0).
    expect(hcl).toContain('is_only_upgrade = "true"');
    for (const loss of losses) expect(hcl).toContain(`#   - ${loss.field}: ${loss.detail}`);
    expect(hcl).toContain('"pruned nightly, room enough"');
  });
});

// Strings that break naive HCL or comment writers: quotes, backslashes, template openers, line breaks of every kind.
const trickyArb = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1 }),
  fc.array(fc.constantFrom('${var.x}', '%{ if true }', '$${', '$$', '"', '\\', '\n', '\r\n', '\u2028', '\u202e', '#', '*/', 'EOT', 'é', '}'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
);
const jsonArb = fc.oneof(fc.jsonValue({ maxDepth: 3 }), trickyArb);
const valuesArb = fc.dictionary(fc.constantFrom('basic', 'custom', 'flavor', 'extra'), fc.oneof(fc.dictionary(trickyArb, jsonArb, { maxKeys: 4 }), jsonArb));
const poolIds = [DEFAULT_POOL, ...[1, 2, 3, 4].map((n) => `e0000000-0000-4000-8000-00000000000${n}`)];
const priorityArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

const planFileArb = fc
  .record({
    name: trickyArb.filter((name) => name.length <= 256),
    fromVersion: trickyArb.filter((version) => version.length <= 64),
    targetVersion: fc.oneof(fc.integer({ min: 0, max: 99 }).map((minor) => `v1.${minor}`), fc.tuple(fc.nat(99), fc.nat(999), fc.nat(9999)).map(([a, b, r]) => `v1.${a}.${b}-r${r}`)),
    userDefinedStep: fc.integer({ min: 1, max: 40 }),
    scope: fc.constantFrom('Cluster' as const, 'NodePool' as const),
    isOnlyUpgrade: fc.boolean(),
    nodePoolOrder: fc.dictionary(fc.constantFrom(...poolIds), priorityArb),
    nodeOrder: fc.dictionary(fc.constantFrom(...poolIds), fc.array(fc.record({ nodeSelector: selectorArb, priority: priorityArb }), { minLength: 1, maxLength: 4 })),
    addons: fc.uniqueArray(
      fc.record({ addonTemplateName: fc.constantFrom('coredns', 'everest', 'volcano'), version: fc.constantFrom('1.29.5', '2.4.1'), values: fc.option(valuesArb, { nil: undefined }) }),
      { selector: (addon) => addon.addonTemplateName, maxLength: 3 },
    ),
    acceptedRisks: fc.array(
      fc.record({ name: trickyArb.filter((n) => n.length <= 256), nodeUids: fc.option(fc.array(fc.uuid(), { minLength: 1, maxLength: 3 }), { nil: undefined }), reason: trickyArb.map((r) => `reason ${r} here`) }),
      { maxLength: 3 },
    ),
  })
  .map(({ name, fromVersion, addons, acceptedRisks, ...plan }) =>
    planFileOf({
      cluster: { id: prodPaymentsFile.cluster.id, name, version: fromVersion },
      pools: poolIds.map((id, i) => ({ id, name: `pool ${i} "${name}"`, nodeCount: i })),
      plan: {
        ...plan,
        addons: addons.map(({ values, ...addon }): AddonPatch => ({ ...addon, operation: 'patch', ...(values === undefined ? {} : { values }) })),
      },
      acceptedRisks: acceptedRisks.map(({ nodeUids, ...risk }) => ({ ...risk, ...(nodeUids ? { nodeUids } : {}) })),
    }),
  );

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The provider's utils.RemoveNil, restated: would it drop a null or empty-object member reached through objects? */
const removable = (value: Record<string, unknown>): boolean =>
  Object.values(value).some((inner) => inner === null || (isObject(inner) && (Object.keys(inner).length === 0 || removable(inner))));

describe('terraformExport: what HashiCorp’s parser reads back is the plan', () => {
  // fast-check found it (seed -855674404): a cluster named "  proto  " is labelled __proto__, which HCL takes as it is.
  it('reads back the resource of a cluster whose label is __proto__', async () => {
    const file = { ...legacyBatchFile, cluster: { ...legacyBatchFile.cluster, name: '  proto  ' } };
    const { label, resource } = await readUpgradeResource(terraformExport(file).hcl);
    expect(label).toBe('__proto__');
    expect(resource.target_version).toBe(file.plan.targetVersion);
  });

  it('round-trips the version, step, node order, pool order, add-ons, skips and isOnlyUpgrade for any plan file', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb, async (file) => {
        const { hcl, losses } = terraformExport(file);
        const { label, resource } = await readUpgradeResource(hcl);
        const { plan } = file;
        expect(label).toBe(hclIdentifier(file.cluster.name));
        expect(resource.cluster_id).toBe(plan.clusterId);
        // HCL normalizes plain strings to NFC; where that changes one, the loss says so.
        expect(resource.current_version).toBe(file.fromVersion.normalize('NFC'));
        expect(losses.some((loss) => loss.field === 'fromVersion')).toBe(file.fromVersion.normalize('NFC') !== file.fromVersion);
        expect(resource.target_version).toBe(plan.targetVersion);
        expect(resource.strategy).toEqual({ type: 'inPlaceRollingUpdate', in_place_rolling_update: { user_defined_step: plan.userDefinedStep } });
        expect(resource.nodepool_order ?? {}).toEqual(plan.nodePoolOrder);
        expect(resource.node_order ?? {}).toEqual(plan.nodeOrder);
        expect(resource.is_only_upgrade).toBe(plan.isOnlyUpgrade ? 'true' : undefined);
        expect(resource.skipped_check_item_list ?? []).toEqual(
          skippedCheckItems(file.acceptedRisks).map(({ name, resourceSelector }) => ({ name: name.normalize('NFC'), ...(resourceSelector ? { resource_selector: resourceSelector } : {}) })),
        );
        const lostFields = losses.map((loss) => loss.field);
        expect(resource.addons ?? []).toHaveLength(plan.addons.length);
        plan.addons.forEach((addon, i) => {
          const written = resource.addons![i]!;
          expect([written.addon_template_name, written.operation, written.version]).toEqual([addon.addonTemplateName, 'patch', addon.version]);
          expect(written.values === undefined).toBe(addon.values === undefined);
          for (const part of ['basic', 'custom', 'flavor', 'extra'] as const) {
            const planned = addon.values?.[part];
            const carried = written.values?.[`${part}_json` as 'basic_json'];
            const carriable = part !== 'extra' && isObject(planned) && Object.keys(planned).length > 0;
            if (carriable) expect(carried).toEqual(planned);
            else expect(carried).toBeUndefined();
            // Whatever of a part is not carried as it is, is a named loss.
            if (addon.values && part in addon.values && !(carriable && !removable(planned))) {
              expect(lostFields.some((field) => field.startsWith(`plan.addons[${i}].values`))).toBe(true);
            }
          }
        });
        expect(lostFields.includes('plan.scope')).toBe(plan.scope === 'NodePool');
      }),
      { numRuns: 150 },
    );
  });
});
