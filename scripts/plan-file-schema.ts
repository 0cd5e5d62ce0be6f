import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { PLAN_FILE_SUFFIX, planFileSchema } from '../src/shared/plan-file';

/** Where the published JSON Schema lives: served by the planner at /plan-file.schema.json, and in the repository. */
export const SCHEMA_PATH = fileURLToPath(new URL('../public/plan-file.schema.json', import.meta.url));

/** The plan file's JSON Schema, generated from the zod schema so the two can never say different things. */
export function planFileJsonSchema(): string {
  const schema = z.toJSONSchema(planFileSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, $id: 'https://cce-upgrade-planner/plan-file.schema.json', title: `CCE upgrade plan file (${PLAN_FILE_SUFFIX})` }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, planFileJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
