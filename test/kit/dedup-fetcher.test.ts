import { dedupFetcher } from '../../gateway/dedup-fetcher';

describe('dedupFetcher', () => {
  const counting = () => {
    const calls: string[] = [];
    const release: (() => void)[] = [];
    const fetcher = (
      url: string,
      init?: { method?: string; body?: unknown; headers?: Record<string, string> },
    ) => {
      calls.push(`${url} ${String(init?.body)}`);
      return new Promise<Response>((resolve) =>
        release.push(() => resolve(new Response(`{"echo":${String(init?.body)}}`))),
      );
    };
    return { calls, release, fetcher: dedupFetcher(fetcher) };
  };

  it('shares one fetch between identical requests in flight, each with a readable body', async () => {
    const { calls, release, fetcher } = counting();
    const init = { method: 'POST', headers: { a: '1' }, body: '1' };
    const pending = [fetcher('http://x/graphql', init), fetcher('http://x/graphql', { ...init })];
    expect(calls).toHaveLength(1);
    release.forEach((done) => done());
    const bodies = await Promise.all(pending.map(async (p) => (await p).text()));
    expect(bodies).toEqual(['{"echo":1}', '{"echo":1}']);
  });

  it('fetches again once the first answer has arrived, and apart for other bodies or headers', async () => {
    const { calls, release, fetcher } = counting();
    const first = fetcher('http://x/graphql', { method: 'POST', body: '1' });
    fetcher('http://x/graphql', { method: 'POST', body: '2' });
    fetcher('http://x/graphql', { method: 'POST', body: '1', headers: { v: 'other' } });
    expect(calls).toHaveLength(3);
    release.forEach((done) => done());
    await first;
    fetcher('http://x/graphql', { method: 'POST', body: '1' });
    expect(calls).toHaveLength(4);
  });

  it('passes a failure to every request that shared it', async () => {
    let fail: (error: Error) => void = () => undefined;
    const fetcher = dedupFetcher(
      (_url: string, _init?: { body?: unknown }) =>
        new Promise<Response>((_resolve, reject) => (fail = reject)),
    );
    const pending = [fetcher('u', { body: 'b' }), fetcher('u', { body: 'b' })];
    fail(new Error('down'));
    for (const p of pending) await expect(p).rejects.toThrow('down');
  });
});
