import { Observable } from 'rxjs/Observable';
import type { AjaxCreationMethod, AjaxRequest, AjaxResponse } from 'rxjs/observable/dom/AjaxObservable';

/**
 * DirectLineJS's `ajax` service backed by Node's fetch. DirectLineJS uses XMLHttpRequest
 * by default, which Node lacks; `ajax` is its documented injection point, and everything
 * else (watermarks, polling, reconnects, token refresh) stays the library's own code.
 */
export const fetchAjax = Object.assign(
  (urlOrRequest: string | AjaxRequest): Observable<AjaxResponse> =>
    new Observable<AjaxResponse>((subscriber) => {
      const request: AjaxRequest = typeof urlOrRequest === 'string' ? { url: urlOrRequest, method: 'GET' } : urlOrRequest;
      const headers = Object.fromEntries(
        Object.entries((request.headers ?? {}) as Record<string, unknown>)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => [name, String(value)]),
      );
      const body =
        request.body === undefined || typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      const controller = new AbortController();
      const timer = request.timeout ? setTimeout(() => controller.abort(), request.timeout) : undefined;
      fetch(request.url ?? '', { method: request.method ?? 'GET', headers, body, signal: controller.signal })
        .then(async (res) => {
          const responseText = await res.text();
          let response: unknown = responseText;
          try {
            response = responseText ? JSON.parse(responseText) : null;
          } catch {
            // not JSON: keep the text
          }
          const result = {
            status: res.status,
            response,
            responseText,
            responseType: 'json',
            request,
            xhr: { getResponseHeader: (name: string) => res.headers.get(name) },
          } as unknown as AjaxResponse;
          if (res.ok) {
            subscriber.next(result);
            subscriber.complete();
          } else {
            subscriber.error(result);
          }
        })
        .catch((error: unknown) => subscriber.error({ status: 0, response: null, error }))
        .finally(() => clearTimeout(timer));
      return () => controller.abort();
    }),
  {
    get: notUsed,
    post: notUsed,
    put: notUsed,
    patch: notUsed,
    delete: notUsed,
    getJSON: notUsed,
  },
) as unknown as AjaxCreationMethod;

function notUsed(): never {
  throw new Error('DirectLineJS only calls ajax(request)');
}
