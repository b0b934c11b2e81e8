/**
 * Synthetic rows must never pass for real ones: their ids start with `SYN-`, and their source is
 * `S-SYNTHETIC`, which the assets manifest (`subgraphs/assets/src/sources.ts`) describes as an
 * optional, generated source so the API's `source` field can resolve it.
 */
export const SYNTHETIC_SOURCE_ID = 'S-SYNTHETIC';
export const SYNTHETIC_ID_PREFIX = 'SYN-';
/** The `origin` of every synthetic event. */
export const SYNTHETIC_ORIGIN = 'synthetic';
/** What every synthetic record says of itself. */
export const syntheticNotes = (seed: number) =>
  `Synthetic record (npm run synth, seed ${seed}): not a real asset of community value.`;
/** Bumped when the generator changes, so an `ingest_run` row says which generator wrote the data. */
export const GENERATOR_VERSION = 1;
