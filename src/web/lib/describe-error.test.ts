import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
    [429, 'The cluster is busy', /Wait a minute and retry/],
    [404, 'Not found', /pick another/],
  ])('HTTP %i reads "%s"', (status, title, next) => {
    const description = describeError(error(status));
    expect(description.title).toBe(title);
    expect(description.nextStep).toMatch(next);
    expect(description.detail).toBe('upstream said no');
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

  it('reports a network failure in words', async () => {
    server.use(http.get('*/api/down', () => HttpResponse.error()));
    const failure = await apiFetch({ url: '/api/down', schema: z.object({}) }).catch((e: unknown) => e);
    expect(describeError(failure).title).toBe('The planner’s server could not be reached');
  });
});
