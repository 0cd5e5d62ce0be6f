import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFileJsonSchema, SCHEMA_PATH } from './plan-file-schema';

describe('the published plan file JSON Schema', () => {
  it('is what the zod schema generates: run `npm run plan-file:schema` after changing src/shared/plan-file.ts', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(planFileJsonSchema());
  });

  it('names the format, its version and the fields a reader needs', () => {
    const schema = JSON.parse(planFileJsonSchema()) as { properties: Record<string, { const?: unknown }>; required: string[] };
    expect(schema.properties.format?.const).toBe('cce-upgrade-plan');
    expect(schema.properties.formatVersion?.const).toBe(1);
    expect(schema.required).toEqual(expect.arrayContaining(['request', 'bodySha256', 'plan', 'snapshot', 'snapshotSha256']));
  });
});
