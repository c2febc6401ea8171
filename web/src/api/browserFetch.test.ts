import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserFetch } from './browserFetch';

const fetchMock = vi.fn<typeof fetch>();

function setCookie(value: string) {
  document.cookie = `XSRF-TOKEN=${value}; path=/`;
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

afterEach(() => vi.unstubAllGlobals());

const sentHeader = (call: number) => new Headers(fetchMock.mock.calls[call][1]?.headers).get('X-XSRF-TOKEN');

describe('browser fetch for the generated clients', () => {
  it('sends reads as they are, with the session cookie', async () => {
    fetchMock.mockResolvedValue(new Response('{}'));
    const issueToken = vi.fn();

    await createBrowserFetch(issueToken).fetch('/api/account/me', { method: 'GET' });

    expect(issueToken).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ credentials: 'same-origin' });
    expect(sentHeader(0)).toBeNull();
  });

  it('asks for a token before the first unsafe request and echoes the cookie in the header', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const issueToken = vi.fn(async () => setCookie('fresh-token'));

    await createBrowserFetch(issueToken).fetch('/api/account/logout', { method: 'POST', headers: { Accept: 'application/json' } });

    expect(issueToken).toHaveBeenCalledTimes(1);
    expect(sentHeader(0)).toBe('fresh-token');
    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).get('Accept')).toBe('application/json');
  });

  it('retries once with the fresh cookie the server sent along with a stale-token rejection', async () => {
    setCookie('stale-token');
    fetchMock
      .mockImplementationOnce(async () => {
        setCookie('renewed-token');
        return new Response('{}', { status: 400, headers: { 'X-XSRF-Rejected': 'true' } });
      })
      .mockResolvedValueOnce(new Response('{}', { status: 200 }));

    const response = await createBrowserFetch(vi.fn()).fetch('/api/portal/profile', { method: 'PUT', body: '{"firstName":"Ana"}' });

    expect(response.status).toBe(200);
    expect(sentHeader(0)).toBe('stale-token');
    expect(sentHeader(1)).toBe('renewed-token');
    expect(fetchMock.mock.calls[1][1]?.body).toBe('{"firstName":"Ana"}');
  });

  it('does not retry an ordinary 400', async () => {
    setCookie('token');
    fetchMock.mockResolvedValue(new Response('{}', { status: 400 }));

    const response = await createBrowserFetch(vi.fn()).fetch('/api/account/register', { method: 'POST' });

    expect(response.status).toBe(400);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
