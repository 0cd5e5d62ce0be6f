import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { SchemaMessageKey } from '../../shared/schema-messages';
import { SCHEMA_MESSAGES } from '../../shared/schema-messages-en';
import { stepSchema } from '../../shared/upgrade-request';
import { activateLocale } from './i18n';
import { translate } from './parts/schema';
import { SCHEMA_MESSAGE_IDS } from './schema-messages';

const firstMessage = (result: { error?: { issues: readonly { message: string }[] } }) => result.error?.issues[0]?.message;

describe('schema messages in the planner’s language', () => {
  it('say in English exactly what the BFF and the CLI say', () => {
    const values = { min: 10, max: 40, pool: 'DefaultPool', version: 1, operator: 'in' };
    for (const [key, english] of Object.entries(SCHEMA_MESSAGES)) {
      const expected = english.replace(/\{(\w+)\}/g, (_, name: keyof typeof values) => String(values[name]));
      expect(translate(SCHEMA_MESSAGE_IDS[key as SchemaMessageKey], values), key).toBe(expected);
    }
  });

  it('speak our schemas’ own messages and zod’s in Chinese once Chinese is chosen', async () => {
    const name = z.string().check(z.maxLength(3));
    expect(firstMessage(stepSchema.safeParse(0))).toBe('must be at least 1');
    expect(firstMessage(name.safeParse('long'))).toBe('must be at most 3 characters long');
    await activateLocale('zh-CN');
    expect(firstMessage(stepSchema.safeParse(0))).toBe('不能小于1');
    expect(firstMessage(stepSchema.safeParse(1.5))).toBe('必须是整数');
    expect(firstMessage(name.safeParse('long'))).toBe('长度不能超过3个字符');
    expect(firstMessage(z.enum(['Cluster', 'NodePool']).safeParse('x'))).toBe('必须是"Cluster"或"NodePool"');
  });
});
