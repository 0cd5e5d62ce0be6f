import { attributeLines, hclString, jsonText } from './hcl-text';
import type { TerraformLoss } from './export-terraform-losses';
import type { AddonPatch } from './upgrade-request';

// The `addons` blocks of huaweicloud_cce_cluster_upgrade. The provider's `values` block has three JSON-string
// arguments, basic_json, custom_json and flavor_json; it json.Unmarshals each into a map[string]interface{}, sends them
// as values.basic/custom/flavor and passes the whole body through utils.RemoveNil first (see export-terraform.ts for
// the source read). Whatever of a plan's values does not survive that is reported, never dropped in silence.

const VALUE_PARTS = ['basic', 'custom', 'flavor'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmptyObject = (value: unknown) => isObject(value) && Object.keys(value).length === 0;
const member = (path: string, key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/**
 * What RemoveNil drops from an object it is given: members that are null or an empty object, at any depth reached
 * through objects (it does not look inside arrays). An object that only becomes empty is kept, as `{}`.
 */
function droppedMembers(value: Record<string, unknown>, path: string): string[] {
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = member(path, key);
    if (inner === null || isEmptyObject(inner)) return [at];
    return isObject(inner) ? droppedMembers(inner, at) : [];
  });
}

function valuesLosses(values: Record<string, unknown>, path: string): TerraformLoss[] {
  return Object.entries(values).flatMap(([key, part]): TerraformLoss[] => {
    const at = member(path, key);
    const loss = (field: string, detail: string): TerraformLoss => ({ kind: 'addon-value', field, detail });
    if (!(VALUE_PARTS as readonly string[]).includes(key)) {
      return [loss(at, 'the provider carries only values.basic, values.custom and values.flavor; this part is not sent')];
    }
    if (!isObject(part)) return [loss(at, `the provider parses ${key}_json into a JSON object; this value is not one and is not sent`)];
    if (isEmptyObject(part)) return [loss(at, 'the provider drops an empty object (utils.RemoveNil); it is not sent')];
    return droppedMembers(part, at).map((dropped) => loss(dropped, 'the provider drops null members and empty objects (utils.RemoveNil); not sent'));
  });
}

/** The `values` block's arguments: each part the provider can carry, as the JSON text it will parse. */
function valuesArguments(values: Record<string, unknown>): Array<[string, string]> {
  return VALUE_PARTS.flatMap((part): Array<[string, string]> => {
    const value = values[part];
    return isObject(value) && !isEmptyObject(value) ? [[`${part}_json`, hclString(jsonText(value))]] : [];
  });
}

/** One `addons` block per patch, in the plan's order, and what of each the provider cannot carry. */
export function addonBlocks(addons: readonly AddonPatch[]): { lines: string[]; losses: TerraformLoss[] } {
  const lines = addons.flatMap((addon) => {
    const values = addon.values === undefined ? [] : valuesArguments(addon.values);
    const valuesBlock = addon.values === undefined ? [] : values.length === 0 ? ['', '    values {}'] : ['', '    values {', ...attributeLines('      ', values), '    }'];
    return [
      '',
      '  addons {',
      ...attributeLines('    ', [
        ['addon_template_name', hclString(addon.addonTemplateName)],
        ['operation', hclString(addon.operation)],
        ['version', hclString(addon.version)],
      ]),
      ...valuesBlock,
      '  }',
    ];
  });
  const losses = addons.flatMap((addon, i) => (addon.values === undefined ? [] : valuesLosses(addon.values, `plan.addons[${i}].values`)));
  return { lines, losses };
}
