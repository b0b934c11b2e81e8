import type { AssetStatus } from '../asset/asset.enums';
/**
 * Derived by `deriveTimelines` after every load, from `asset` and `asset_event` under the clock
 * settings in `derivation`; rebuilt whole, never edited. They let SQL filter on status and
 * moratoria; the API computes each asset's own dates from its events directly.
 */
export interface AssetPeriodTable {
  asset_id: string;
  council_id: string;
  status: AssetStatus;
  qualifier: string | null;
  /** First day of the span; null when the sources do not say when it began. */
  starts_on: string | null;
  /** First day after the span; null while it lasts. */
  ends_on: string | null;
  /** The rule or record the span rests on. */
  basis: string;
}

/**
 * What the `status` resolver reads of a period, and `asset_id` the loader keys on; not
 * `council_id`, which only the SQL filters use.
 */
export const ASSET_PERIOD_COLUMNS = [
  'asset_id',
  'status',
  'qualifier',
  'starts_on',
  'ends_on',
  'basis',
] as const satisfies readonly (keyof AssetPeriodTable)[];

export interface AssetMoratoriumTable {
  asset_id: string;
  council_id: string;
  notified_on: string;
  regime: string;
  /** Last day of the moratorium that applies (interim, or full when a group asked to bid). */
  ends_on: string;
  protected_until: string;
}

export interface DerivationTable {
  id: boolean;
  settings: unknown;
  derived_at: Date;
}
