import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SIGN_OUT_PATH } from '../../../shared/bff-api';
import { activateLocale } from '../../i18n/i18n';
import { session } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { server } from '../../testing/server';
import { SignedInUser } from './components/SignedInUser';

describe('a failed sign-out', () => {
  it('says why in the planner’s words, and re-words it when the language is switched', async () => {
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ ...session, auth: 'oidc', user: { name: 'Ana', role: 'operator', canSubmit: true } })),
      http.post(`*${SIGN_OUT_PATH}`, () => HttpResponse.error()),
    );
    const { user } = renderWithProviders(<SignedInUser />);
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-out failed: The request did not reach the planner’s server. Try again.');

    await act(() => activateLocale('zh-CN'));
    expect(alert).toHaveTextContent('退出登录失败：请求未能到达规划器服务端。请重试。');
    expect(screen.getByRole('button', { name: '退出登录' })).toBeEnabled();
  });
});
