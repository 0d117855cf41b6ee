// The dashboard calls the /sim/ JSON API like any client; the login cookie proves the token. Errors come back as
// ApiError carrying the problem+json "detail", for the panel to show (never an alert box).

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** Calls the API; resolves to the parsed JSON (or text), rejects with ApiError. body may be an object or a string. */
export async function api(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, `upki-sim did not answer (${error.message})`);
  }
  if (response.status === 401) {
    location.assign('/sim/' + location.search); // the login ended (or the token changed): back to the form
  }
  const type = response.headers.get('Content-Type') || '';
  const data = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = data && typeof data === 'object' && data.detail ? data.detail : `HTTP ${response.status}`;
    throw new ApiError(response.status, detail);
  }
  return data;
}

/** Whether GET path answers 200: an optional part of the API that exists in this build. */
export async function answers(path) {
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    return response.ok;
  } catch (error) {
    return false;
  }
}
