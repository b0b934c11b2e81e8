import { readRealCsv } from './real-data';

// Exact arithmetic for independent checks: amounts as integer pence (BigInt), never floats.

export const pence = (pounds: string): bigint => {
  const [whole, fraction = ''] = pounds.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
};

export const pounds = (p: bigint): string => `${p / 100n}.${String(p % 100n).padStart(2, '0')}`;

/** Pence per head, rounded half up as Postgres `round(numeric, 2)` does for positive numbers. */
export const perHead = (total: bigint, population: number): string =>
  pounds((2n * total + BigInt(population)) / (2n * BigInt(population)));

export const sum = (amounts: string[]): bigint => amounts.reduce((acc, a) => acc + pence(a), 0n);

const PROGRAMME_OF_PHASE: Record<string, string> = {
  phase_1: 'PIPP-P1',
  phase_2: 'PIPP-P2',
  phase_3_expansion: 'PIPP-EXP40',
};

/** One amount of the money files: its council, programme, whether it is a cap, and when. */
export interface FileMoney {
  council: string;
  programme: string;
  cap: boolean;
  /** Pounds as the file gives them; empty where it gives none. */
  amount: string;
}

/** Every amount in the three money files, read here with csv-parse, not by the importers. */
export function moneyInFiles(): FileMoney[] {
  return [
    ...readRealCsv('pride_in_place_impact_fund_partial.csv').map((r) => ({
      council: r.la_gss_code,
      programme: 'PIPIF',
      cap: false,
      amount: r.allocation_total_gbp,
    })),
    ...readRealCsv('pride_in_place_places.csv').map((r) => ({
      council: r.la_gss_code,
      programme: PROGRAMME_OF_PHASE[r.phase],
      cap: true,
      amount: r.max_funding_gbp,
    })),
    ...readRealCsv('community_ownership_fund_awards_partial.csv').map((r) => ({
      council: r.la_gss_code,
      programme: 'COF',
      cap: false,
      amount: r.award_gbp,
    })),
  ];
}
