// The fetch every generated client uses. Browsers send the session cookie on their own; this adds
// the other half of the antiforgery pattern: on POST/PUT/PATCH/DELETE it echoes the readable
// XSRF-TOKEN cookie in the X-XSRF-TOKEN header, fetching a token first if there is none, and
// retries once when the server says the token was stale (it sets a fresh cookie with that answer).

export const tokenCookie = 'XSRF-TOKEN';
export const tokenHeader = 'X-XSRF-TOKEN';
export const rejectedHeader = 'X-XSRF-Rejected';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : null;
}

/** @param issueToken asks the API for a token cookie (GET, so it needs none itself). */
export function createBrowserFetch(issueToken: () => Promise<void>) {
  async function send(url: RequestInfo, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    const token = readCookie(tokenCookie);
    if (token) headers.set(tokenHeader, token);
    return fetch(url, { ...init, headers, credentials: 'same-origin' });
  }

  return {
    async fetch(url: RequestInfo, init: RequestInit = {}): Promise<Response> {
      if (safeMethods.has((init.method ?? 'GET').toUpperCase())) {
        return fetch(url, { ...init, credentials: 'same-origin' });
      }

      if (!readCookie(tokenCookie)) await issueToken();
      const response = await send(url, init);
      return response.status === 400 && response.headers.get(rejectedHeader) ? send(url, init) : response;
    },
  };
}
