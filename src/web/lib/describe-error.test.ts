import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { server } from '../testing/server';
import { ApiError, apiFetch } from './api-client';
import { describeError } from './describe-error';

const error = (status: number, code = 'X') => new ApiError({ status, code, message: 'upstream said no' });

describe('describeError', () => {
  it.each([
    [502, 'CCE could not be reached', /try again/],
    [504, 'CCE could not be reached', /try again/],
    [401, 'CCE did not accept the credentials', /credentials .* configured on the planner’s server \(BFF\)/],
    [403, 'CCE refused the request', /permissions of the credentials configured on the BFF/],
    [409, 'The cluster is busy', /Wait a minute and retry/],
    [429, 'CCE is throttling requests', /reads again by itself after a few seconds/],
    [404, 'Not found', /pick another/],
  ])('HTTP %i reads "%s"', (status, title, next) => {
    const description = describeError(error(status));
    expect(description.title).toBe(title);
    expect(description.nextStep).toMatch(next);
    expect(description.detail).toBe('upstream said no');
  });

  it('says how long CCE asked to wait on a 429, and tells a locked cluster from throttling', () => {
    const throttled = describeError(new ApiError({ status: 429, code: 'CCE.02429001', message: 'throttled', retryAfterSeconds: 7 }));
    expect(throttled.title).toBe('CCE is throttling requests');
    expect(throttled.nextStep).toBe(
      'CCE asked the planner to slow down and wait 7 seconds. The planner reads again by itself after 7 seconds; to repeat an action, wait that long, then retry.',
    );
    expect(describeError(new ApiError({ status: 429, code: 'CCE.01429002', message: 'locked' })).title).toBe('The cluster is busy');
  });

  it('keeps the message of an unknown error', () => {
    expect(describeError(new Error('boom'))).toMatchObject({ title: 'Something went wrong', detail: 'boom' });
  });
});

describe('apiFetch', () => {
  it('turns an error body that is not the BFF shape into an ApiError with the status', async () => {
    server.use(http.get('*/api/odd', () => new HttpResponse('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    const failure = await apiFetch({ url: '/api/odd', schema: z.object({}) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 502, message: 'The server answered 502 Bad Gateway' });
  });

  it('reads how long to wait from the Retry-After header, or from the body when the BFF put it there', async () => {
    server.use(
      http.get('*/api/header', () =>
        HttpResponse.json({ status: 429, code: 'CCE.02429001', message: 'slow down' }, { status: 429, headers: { 'Retry-After': '12' } }),
      ),
      http.get('*/api/body', () =>
        HttpResponse.json({ status: 429, code: 'CCE.02429001', message: 'slow down', retryAfterSeconds: 3 }, { status: 429, headers: { 'Retry-After': '12' } }),
      ),
      http.get('*/api/none', () => new HttpResponse('busy', { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': 'soon' } })),
    );
    const fail = (url: string) => apiFetch({ url, schema: z.object({}) }).catch((e: unknown) => e);
    expect(await fail('/api/header')).toMatchObject({ status: 429, retryAfterSeconds: 12 });
    expect(await fail('/api/body')).toMatchObject({ retryAfterSeconds: 3 });
    expect(await fail('/api/none')).toMatchObject({ status: 429, retryAfterSeconds: undefined });
  });

  it('reports a network failure in words', async () => {
    server.use(http.get('*/api/down', () => HttpResponse.error()));
    const failure = await apiFetch({ url: '/api/down', schema: z.object({}) }).catch((e: unknown) => e);
    expect(describeError(failure).title).toBe('The planner’s server could not be reached');
  });
});
