import { sharedInFlight } from '../../gateway/in-flight';

describe('sharedInFlight', () => {
  const deferred = () => {
    let resolve: (value: string) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };

  it('runs identical work in flight once, and again once it has settled', async () => {
    const share = sharedInFlight<string>();
    const started: string[] = [];
    const work = deferred();
    const start = (key: string) => () => (started.push(key), work.promise);
    const a = share('k', start('k'));
    const b = share('k', start('k'));
    void share('other', start('other'));
    expect(started).toEqual(['k', 'other']);
    work.resolve('answer');
    expect(await Promise.all([a, b])).toEqual(['answer', 'answer']);
    void share('k', start('k'));
    expect(started).toEqual(['k', 'other', 'k']);
  });

  it('passes a failure to every caller that shared it', async () => {
    const share = sharedInFlight<string>();
    const work = deferred();
    const callers = [share('k', () => work.promise), share('k', () => work.promise)];
    work.reject(new Error('down'));
    for (const caller of callers) await expect(caller).rejects.toThrow('down');
  });
});
