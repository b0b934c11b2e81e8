/**
 * Shares the work of identical requests in flight at the same time: the first caller with a
 * key starts it, the others get the same promise; nothing is kept once it settles. Callers must
 * not mutate what it resolves to (the gateway shares a subgraph's answer as text, each caller
 * parsing its own copy).
 */
export function sharedInFlight<T>() {
  const inFlight = new Map<string, Promise<T>>();
  return (key: string, start: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key);
    if (running) return running;
    const work = start().finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  };
}

export type SharedInFlight<T> = ReturnType<typeof sharedInFlight<T>>;
