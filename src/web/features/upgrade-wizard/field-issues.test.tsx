import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LABEL_KEY_MAX, STEP_MAX } from '../../../shared/upgrade-request';
import { activateLocale } from '../../i18n/i18n';
import { ids } from '../../testing/fixtures';
import { renderWizardAt } from '../../testing/upgrade-wizard';

// The wizard's fields show the shared schema's own findings (src/shared/schema-messages.ts, or zod's), framed by the
// field: the limits are the schema's, and the words are found as the field renders, so they follow a language switch.

// Rendering a step is slow on a loaded machine; each test walks no further than one step.
const SLOW = 120_000;
const switchTo = (locale: 'en' | 'zh-CN') => act(() => activateLocale(locale));

describe('the wizard’s fields say the shared schema’s findings', () => {
  it(
    'a step size out of range, in English and then in Chinese; a fix clears it',
    async () => {
      const { user } = renderWizardAt('strategy');
      const input = await screen.findByRole('spinbutton', { name: 'Node step size' });
      await user.clear(input);
      await user.paste(String(STEP_MAX + 1));
      await user.click(screen.getByRole('button', { name: 'Next' }));
      await waitFor(() => expect(input).toHaveAccessibleDescription(`Node step size must be at most ${STEP_MAX}`));

      await switchTo('zh-CN');
      expect(input).toHaveAccessibleDescription(`节点升级步长不能大于${STEP_MAX}`);
      expect(input).toHaveAttribute('aria-invalid', 'true');

      await user.clear(input);
      await user.paste('5');
      expect(input).toHaveAccessibleDescription(`每批最大升级节点数：1~${STEP_MAX}，默认为20。`);
      expect(input).toHaveAttribute('aria-invalid', 'false');
    },
    SLOW,
  );

  it(
    'a label key past the schema’s limit and a value that is no label value, in Chinese and then in English',
    async () => {
      await activateLocale('zh-CN');
      const nodeOrder = { [ids.pool]: [{ nodeSelector: { key: 'rack', operator: 'in' as const, value: ['a'] }, priority: 1 }] };
      const { user } = renderWizardAt('node-batches', { nodeOrder });
      await user.click(await screen.findByRole('button', { name: 'general-x86 · 4个节点 · 1个批次' }));
      const where = '节点池general-x86中的批次1';
      const key = screen.getByRole('combobox', { name: `${where}的标签键` });
      await user.clear(key);
      await user.paste('k'.repeat(LABEL_KEY_MAX + 1));
      const values = screen.getByRole('combobox', { name: `${where}的标签值` });
      await user.click(values);
      await user.paste('a b');
      await user.keyboard('{Enter}');
      await user.click(screen.getByRole('button', { name: '下一步' }));
      await waitFor(() => expect(key).toHaveAccessibleDescription(`标签键长度不能超过${LABEL_KEY_MAX}个字符`));
      expect(values).toHaveAccessibleDescription('标签值“a b”必须是合法的Kubernetes标签值');

      await switchTo('en');
      expect(key).toHaveAccessibleDescription(`Label key must be at most ${LABEL_KEY_MAX} characters long`);
      expect(values).toHaveAccessibleDescription('Value “a b” must be a Kubernetes label value');
    },
    SLOW,
  );
});
