import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { BffCode } from '../../shared/bff-errors';
import { ErrorState } from '../components/ErrorState';
import { activateLocale, type Locale } from '../i18n/i18n';
import { ids, session } from '../testing/fixtures';
import { bffError, cceRoute } from '../testing/handlers';
import { renderWithProviders } from '../testing/render';
import { server } from '../testing/server';
import { apiFetch } from './api-client';
import { cceRequest } from './cce-client';
import { describeError } from './describe-error';

const failureOf = (request: Promise<unknown>) => request.then(() => undefined, (error: unknown) => error);
const planner = (url: string) => failureOf(apiFetch({ url, schema: z.object({ name: z.string() }) }));
const cce = () => failureOf(cceRequest('listUpgradeTasks', { projectId: session.projectId, params: { cluster_id: ids.prod } }));

/** Routes for each error the SPA makes itself: no answer, an error body it cannot read, a 2xx body it cannot read. */
function answerBadly() {
  server.use(
    http.get('*/api/down', () => HttpResponse.error()),
    http.get('*/api/odd', () => new HttpResponse('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })),
    http.get('*/api/shapeless', () => HttpResponse.json({})),
    http.get(cceRoute('listUpgradeTasks'), () => HttpResponse.json({ items: 'none' })),
  );
}

const words = {
  en: {
    network: 'The request did not reach the planner’s server',
    errorBody: 'The server answered HTTP 502, without an error message the planner can read',
    planner: 'The planner’s server returned an unexpected response',
    unexpected: 'The answer did not have the shape the planner expects; the fields that differ are listed below.',
    plannerIssue: { path: 'name', message: 'is missing or of the wrong kind (expected string)' },
    cce: 'CCE returned an unexpected response',
    cceIssue: { path: 'items', message: 'is missing or of the wrong kind (expected array)' },
  },
  'zh-CN': {
    network: '请求未能到达规划器服务端',
    errorBody: '服务端返回了HTTP 502，但没有规划器可读取的错误信息',
    planner: '规划器服务端返回了无法识别的响应',
    unexpected: '响应的格式与规划器预期的不同；不一致的字段列在下方。',
    plannerIssue: { path: 'name', message: '缺失或类型错误（应为string）' },
    cce: 'CCE返回了无法识别的响应',
    cceIssue: { path: 'items', message: '缺失或类型错误（应为array）' },
  },
} as const satisfies Record<Locale, unknown>;

describe('errors the SPA makes itself, in the language shown', () => {
  it.each(['en', 'zh-CN'] as const)('words their detail and issues from the catalogue by code (%s)', async (locale) => {
    await activateLocale(locale);
    answerBadly();
    const said = words[locale];
    expect(describeError(await planner('/api/down'))).toMatchObject({ detail: said.network, issues: [] });
    expect(describeError(await planner('/api/odd'))).toMatchObject({ detail: said.errorBody, issues: [] });
    // Who answered is the title; the detail says what was wrong with the answer, field by field.
    expect(describeError(await planner('/api/shapeless'))).toMatchObject({ title: said.planner, detail: said.unexpected, issues: [said.plannerIssue] });
    expect(describeError(await cce())).toMatchObject({ title: said.cce, detail: said.unexpected, issues: [said.cceIssue] });
  });

  it('keeps their English message for logs, and re-words what is shown when the language changes after the error', async () => {
    answerBadly();
    const network = await planner('/api/down');
    const shapeless = await planner('/api/shapeless');
    expect(network).toMatchObject({ message: 'The request did not reach the planner’s server' });
    await activateLocale('zh-CN');
    expect(describeError(network).detail).toBe(words['zh-CN'].network);
    expect(describeError(shapeless)).toMatchObject({ title: words['zh-CN'].planner, detail: words['zh-CN'].unexpected, issues: [words['zh-CN'].plannerIssue] });
    expect(shapeless).toMatchObject({ message: 'The planner’s server returned an unexpected response' });
  });

  it('shows the BFF’s and CCE’s own messages as they sent them, in Chinese too', async () => {
    await activateLocale('zh-CN');
    server.use(
      http.get('*/api/refused', () => bffError({ status: 403, code: BffCode.FORBIDDEN_CLUSTER, message: 'Not on your allow-list' })),
      http.get(cceRoute('listUpgradeTasks'), () => bffError({ status: 404, code: 'CCE.01404001', message: 'Resource not found', requestId: 'r-1' })),
    );
    expect(describeError(await planner('/api/refused'))).toMatchObject({ title: '此集群不在您的允许列表中', detail: 'Not on your allow-list' });
    expect(describeError(await cce())).toMatchObject({ title: '未找到', detail: 'Resource not found', requestId: 'r-1' });
  });

  it('re-words an error already on screen when the language is switched, and back', async () => {
    answerBadly();
    const network = await planner('/api/down');
    const shapeless = await cce();
    renderWithProviders(
      <>
        <ErrorState error={network} />
        <ErrorState error={shapeless} />
      </>,
    );
    const [down, odd] = screen.getAllByRole('alert') as [HTMLElement, HTMLElement];
    expect(down).toHaveTextContent(words.en.network);
    expect(odd).toHaveTextContent(words.en.cce);
    expect(within(odd).getByRole('list', { name: 'Problems reported' })).toHaveTextContent(`items: ${words.en.cceIssue.message}`);

    await act(() => activateLocale('zh-CN'));
    expect(down).toHaveTextContent(words['zh-CN'].network);
    expect(down).not.toHaveTextContent(words.en.network);
    expect(odd).toHaveTextContent(words['zh-CN'].cce);
    expect(within(odd).getByRole('list', { name: '报告的问题' })).toHaveTextContent(`items: ${words['zh-CN'].cceIssue.message}`);

    await act(() => activateLocale('en'));
    expect(down).toHaveTextContent(words.en.network);
    expect(within(odd).getByRole('list', { name: 'Problems reported' })).toHaveTextContent(`items: ${words.en.cceIssue.message}`);
  });
});
