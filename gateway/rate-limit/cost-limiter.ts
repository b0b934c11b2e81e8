/** Where a client stands in its hour: what it may spend, what is left, when it starts again. */
export interface Allowance {
  limit: number;
  remaining: number;
  /** When the hour's points start again (ms since the epoch). */
  resetAt: number;
}

const HOUR_MS = 3_600_000;

/**
 * Query cost points per client per clock hour (GitHub's model: each request costs what its query
 * asks for). In memory, so each gateway replica counts alone; the clients remembered are bounded
 * (the least recently seen are forgotten first: a forgotten client starts a fresh hour).
 */
export class CostLimiter {
  private readonly spent = new Map<string, { hour: number; points: number }>();

  constructor(
    readonly pointsPerHour: number,
    private readonly maxClients: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Adds `points` to the client's hour and says where it stands against `limit`. */
  charge(client: string, points: number, limit = this.pointsPerHour): Allowance {
    const hour = Math.floor(this.now() / HOUR_MS);
    const previous = this.spent.get(client);
    const used = (previous?.hour === hour ? previous.points : 0) + points;
    this.spent.delete(client);
    this.spent.set(client, { hour, points: used });
    if (this.spent.size > this.maxClients) {
      const oldest = this.spent.keys().next();
      if (!oldest.done) this.spent.delete(oldest.value);
    }
    return {
      limit,
      remaining: Math.max(0, limit - used),
      resetAt: (hour + 1) * HOUR_MS,
    };
  }

  /** Where the client stands without spending anything. */
  peek(client: string, limit = this.pointsPerHour): Allowance {
    return this.charge(client, 0, limit);
  }
}
