import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@lingui/core';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../app/app';
import { renderWithProviders } from '../testing/render';
import { activateLocale, browserLocale, initialLocale, LOCALE_STORAGE_KEY, translate } from './i18n';

describe('language', () => {
  it('adds a part’s English when its code loads, without re-rendering what is on screen', async () => {
    const changed = vi.fn();
    const stop = i18n.on('change', changed);
    const part = await import('./parts/task');
    stop();
    expect(part.translate('task.progress.label')).toBe('Upgrade progress');
    expect(changed).not.toHaveBeenCalled();
    await activateLocale('zh-CN');
    expect(part.translate('task.progress.label')).toBe('升级进度');
    await activateLocale('en');
    expect(part.translate('task.progress.label')).toBe('Upgrade progress');
  });

  it('follows the browser: Simplified Chinese for zh, zh-CN, zh-Hans and zh-SG, English otherwise', () => {
    expect(browserLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(browserLocale(['zh'])).toBe('zh-CN');
    expect(browserLocale(['zh-Hans-CN'])).toBe('zh-CN');
    expect(browserLocale(['zh-TW', 'en-GB'])).toBe('en');
    expect(browserLocale(['de-DE', 'fr'])).toBe('en');
    expect(browserLocale(['en-US', 'zh-CN'])).toBe('en');
  });

  it('prefers the choice kept on this browser to the browser’s own language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    expect(initialLocale()).toBe('zh-CN');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'klingon');
    expect(initialLocale()).toBe(browserLocale(navigator.languages));
  });

  it.each([
    [0, 1, '0 nodes in 1 node pool', '1个节点池，共0个节点'],
    [1, 1, '1 node in 1 node pool', '1个节点池，共1个节点'],
    [2, 2, '2 nodes in 2 node pools', '2个节点池，共2个节点'],
    [2000, 12, '2,000 nodes in 12 node pools', '12个节点池，共2,000个节点'],
  ])('counts %i nodes in %i pools in both languages', async (nodes, pools, english, chinese) => {
    expect(translate('cluster.nodesInPools', { nodes, pools })).toBe(english);
    await activateLocale('zh-CN');
    expect(translate('cluster.nodesInPools', { nodes, pools })).toBe(chinese);
  });

  it('switches the whole page to Chinese from the app bar, says so to the browser, and keeps the choice', async () => {
    const { user } = renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan a cluster upgrade' })).toBeInTheDocument();
    const languages = screen.getByRole('group', { name: 'Language' });
    expect(within(languages).queryByRole('button', { name: 'English' })).not.toBeInTheDocument();
    expect(within(languages).getByText('English')).toHaveAttribute('aria-current', 'true');

    await user.click(within(languages).getByRole('button', { name: '中文' }));

    expect(await screen.findByRole('heading', { level: 1, name: '规划集群升级' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('演示模式：当前规划基于内置的CCE模拟器，不会向华为云发送任何请求。');
    expect(within(screen.getByRole('group', { name: '语言' })).getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(document.title).toBe('规划集群升级 — CCE集群升级规划'));
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
  });
});
