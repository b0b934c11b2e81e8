/** What the gateway's data sources pass a fetcher (Apollo's `FetcherRequestInit`, or fetch's). */
interface Init {
  method?: string;
  headers?: Record<string, string> | Headers;
  body?: unknown;
}

interface Waiter<R> {
  resolve: (response: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Wraps a subgraph fetcher so that identical requests in flight at the same time (same URL,
 * method, headers and body) make one call: the first caller gets the response, the others a
 * clone of it. Only while in flight: nothing is kept once the response arrives. The headers are
 * part of the key, and the gateway sends each subgraph the data version the request was checked
 * under (`x-gateway-data-version`), so a request never shares a fetch that began before a load
 * it has already seen. The wrapped fetcher's responses must support `clone()` (fetch's and
 * undici's do).
 */
export function dedupFetcher<I extends Init | undefined, R extends { clone(): unknown }>(
  fetcher: (url: string, init: I) => Promise<R>,
): (url: string, init: I) => Promise<R> {
  const inFlight = new Map<string, Waiter<R>[]>();
  return (url, init) => {
    if (typeof init?.body !== 'string') return fetcher(url, init);
    const headers = init.headers instanceof Headers ? [...init.headers] : (init.headers ?? null);
    const key = JSON.stringify([url, init.method ?? 'GET', headers, init.body]);
    return new Promise<R>((resolve, reject) => {
      const waiting = inFlight.get(key);
      if (waiting) {
        waiting.push({ resolve, reject });
        return;
      }
      const waiters: Waiter<R>[] = [{ resolve, reject }];
      inFlight.set(key, waiters);
      fetcher(url, init).then(
        (response) => {
          inFlight.delete(key);
          // Every clone is taken before anyone reads: a body read first could not be cloned.
          const clones = waiters.slice(1).map(() => response.clone() as R);
          waiters[0].resolve(response);
          clones.forEach((clone, index) => waiters[index + 1].resolve(clone));
        },
        (error: unknown) => {
          inFlight.delete(key);
          for (const waiter of waiters) waiter.reject(error);
        },
      );
    });
  };
}
