import { parse } from '@cdktn/hcl2json';
import { z } from 'zod/mini';

// Test-only: reads an exported .tf back with HashiCorp's own HCL parser (hcl2json, compiled to WebAssembly) and
// decodes the upgrade resource the way the provider would: JSON-string arguments parsed, blocks unwrapped. A strict
// schema, so an argument the export did not mean to write (say, one smuggled in through a comment) fails the test.

/**
 * hcl2json answers strings in Terraform's JSON syntax, where strings are templates again: `$${` and `%%{` stand for
 * `${` and `%{`, and a bare `${` or `%{` would be an interpolation, which an export must never contain.
 */
const literal = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    let out = '';
    for (let i = 0; i < value.length; i++) {
      if (value.startsWith('$${', i) || value.startsWith('%%{', i)) {
        out += `${value[i]}{`;
        i += 2;
      } else if (value.startsWith('${', i) || value.startsWith('%{', i)) {
        ctx.issues.push({ code: 'custom', input: value, message: `an interpolation, not a literal: ${value}` });
        return z.NEVER;
      } else out += value[i];
    }
    return out;
  }),
);
const json = z.pipe(
  literal,
  z.transform((text): unknown => JSON.parse(text)),
);
const one = <T extends z.ZodMiniType>(block: T) =>
  z.pipe(
    z.tuple([block]),
    z.transform(([only]) => only),
  );

const upgradeSchema = z.strictObject({
  cluster_id: literal,
  current_version: literal,
  target_version: literal,
  strategy: one(z.strictObject({ type: literal, in_place_rolling_update: one(z.strictObject({ user_defined_step: z.number() })) })),
  nodepool_order: z.optional(z.record(z.string(), z.number())),
  node_order: z.optional(z.record(z.string(), json)),
  addons: z.optional(
    z.array(
      z.strictObject({
        addon_template_name: literal,
        operation: literal,
        version: literal,
        values: z.optional(one(z.strictObject({ basic_json: z.optional(json), custom_json: z.optional(json), flavor_json: z.optional(json) }))),
      }),
    ),
  ),
  skipped_check_item_list: z.optional(
    z.array(
      z.strictObject({ name: literal, resource_selector: z.optional(one(z.strictObject({ key: literal, operator: literal, values: z.array(literal) }))) }),
    ),
  ),
  is_only_upgrade: z.optional(literal),
});

// Labels come from cluster names, and a name like "  proto  " makes the label `__proto__`: the resources are read as
// the parser's own entries, never copied into a new object by key (where `__proto__` would set the prototype instead).
const documentSchema = z.strictObject({
  resource: z.strictObject({
    huaweicloud_cce_cluster_upgrade: z.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
  }),
});

/** The one upgrade resource of an exported file, with its label, decoded. */
export async function readUpgradeResource(hcl: string) {
  const document = documentSchema.parse(await parse('upgrade.tf', hcl));
  const entries = Object.entries(document.resource.huaweicloud_cce_cluster_upgrade);
  if (entries.length !== 1) throw new Error(`expected one upgrade resource, found ${entries.length}`);
  const [label, resource] = entries[0]!;
  return { label, resource: one(upgradeSchema).parse(resource) };
}
