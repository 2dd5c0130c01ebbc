/** A tiny fetch wrapper for tests: Bearer token or session cookie, JSON in and out. */
export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export function api(baseUrl: string, auth: { token?: string; cookie?: string } = {}) {
  return async <T = any>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (e.g. /metrics)
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  };
}
