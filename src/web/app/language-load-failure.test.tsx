import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { App } from './app';

// The Chinese catalogue cannot be fetched (a dropped connection, a deploy that replaced the file).
vi.mock('../i18n/zh-CN', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('language switch when Chinese cannot be loaded', () => {
  it('stays in English, says so beside the switch and keeps the button to try again', async () => {
    const { user } = renderWithProviders(<App />);
    const switcher = await screen.findByRole('group', { name: 'Language' });
    await user.click(within(switcher).getByRole('button', { name: '中文' }));
    expect(await within(switcher).findByRole('alert')).toHaveTextContent('Not loaded: try again');
    expect(within(switcher).getByRole('button', { name: '中文' })).toBeEnabled();
    expect(document.documentElement.lang).not.toBe('zh-CN');
    expect(localStorage.getItem('cce-planner.locale')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan a cluster upgrade');
  });
});
