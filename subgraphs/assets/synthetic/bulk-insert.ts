import type { SynthRecord } from './generate';

/**
 * One batch of synthetic records as column arrays, for one statement that inserts into all four
 * tables with `unnest` (pg-copy-streams is not a dependency; unnest of arrays runs at about the
 * speed of COPY for rows this narrow, and one round trip per batch).
 */
export interface SynthBatch {
  text: string;
  values: unknown[];
  counts: { assets: number; events: number; periods: number; moratoria: number };
}

/** What is the same for every row of a run. */
export interface SynthConstants {
  runId: number;
  validFrom: Date;
  recordedOn: string;
  notes: string;
  sourceId: string;
  origin: string;
}

const ASSET_COLUMNS = [
  ['id', 'text'],
  ['name', 'text'],
  ['category', 'text'],
  ['address', 'text'],
  ['postcode', 'text'],
  ['latitude', 'float8'],
  ['longitude', 'float8'],
  ['council_id', 'text'],
  ['region', 'text'],
  ['listing_authority_name', 'text'],
  ['nominating_group', 'text'],
  ['owner_name', 'text'],
  ['recorded_status', 'text'],
  ['sports_ground', 'bool'],
  ['known_from', 'date'],
] as const;

/** `unnest($1::text[], $2::float8[]...) as t(a, b...)`, numbering parameters from `first`. */
const unnestOf = (columns: readonly (readonly [string, string])[], first: number) =>
  `unnest(${columns.map(([, type], i) => `$${first + i}::${type}[]`).join(', ')}) as t(${columns
    .map(([name]) => name)
    .join(', ')})`;

export function synthBatch(records: SynthRecord[], c: SynthConstants): SynthBatch {
  const assetValues = ASSET_COLUMNS.map(([name]) =>
    records.map((r) => r.asset[name as keyof SynthRecord['asset']]),
  );
  const events = records.flatMap((r) =>
    r.events.map((e) => [r.asset.id, e.kind, e.occurredOn] as const),
  );
  const periods = records.flatMap((r) => r.periods);
  const moratoria = records.flatMap((r) => r.moratoria);

  const values: unknown[] = [c.runId, c.validFrom, c.recordedOn, c.notes, c.sourceId, c.origin];
  const next = () => values.length + 1;
  const assetAt = next();
  values.push(...assetValues);
  const eventAt = next();
  values.push(
    events.map((e) => e[0]),
    events.map((e) => e[1]),
    events.map((e) => e[2]),
  );
  const periodAt = next();
  values.push(
    periods.map((p) => p.asset_id),
    periods.map((p) => p.council_id),
    periods.map((p) => p.status),
    periods.map((p) => p.qualifier),
    periods.map((p) => p.starts_on),
    periods.map((p) => p.ends_on),
    periods.map((p) => p.basis),
  );
  const moratoriumAt = next();
  values.push(
    moratoria.map((m) => m.asset_id),
    moratoria.map((m) => m.council_id),
    moratoria.map((m) => m.notified_on),
    moratoria.map((m) => m.regime),
    moratoria.map((m) => m.ends_on),
    moratoria.map((m) => m.protected_until),
  );

  const assetNames = ASSET_COLUMNS.map(([name]) => name).join(', ');
  // $1 run, $2 valid_from, $3 recorded_on, $4 notes, $5 source_id, $6 origin.
  const text = `
    with a as (
      insert into assets.asset (${assetNames}, category_inferred, recorded_on, notes, source_id,
        loaded_by_run, valid_from, location_latitude, location_longitude, location_precision,
        location_source_id)
      select ${assetNames}, false, $3::date, $4::text, $5::text, $1::bigint, $2::timestamptz,
        latitude, longitude, 'RECORD', $5::text
      from ${unnestOf(ASSET_COLUMNS, assetAt)}
    ), e as (
      insert into assets.asset_event (asset_id, kind, occurred_on, detail, origin, source_id,
        loaded_by_run, valid_from)
      select asset_id, kind, occurred_on, 'synthetic event', $6::text, $5::text, $1::bigint,
        $2::timestamptz
      from ${unnestOf(
        [
          ['asset_id', 'text'],
          ['kind', 'text'],
          ['occurred_on', 'date'],
        ],
        eventAt,
      )}
    ), p as (
      insert into assets.asset_period (asset_id, council_id, status, qualifier, starts_on, ends_on,
        basis)
      select * from ${unnestOf(
        [
          ['asset_id', 'text'],
          ['council_id', 'text'],
          ['status', 'text'],
          ['qualifier', 'text'],
          ['starts_on', 'date'],
          ['ends_on', 'date'],
          ['basis', 'text'],
        ],
        periodAt,
      )}
    )
    insert into assets.asset_moratorium (asset_id, council_id, notified_on, regime, ends_on,
      protected_until)
    select * from ${unnestOf(
      [
        ['asset_id', 'text'],
        ['council_id', 'text'],
        ['notified_on', 'date'],
        ['regime', 'text'],
        ['ends_on', 'date'],
        ['protected_until', 'date'],
      ],
      moratoriumAt,
    )}`;
  return {
    text,
    values,
    counts: {
      assets: records.length,
      events: events.length,
      periods: periods.length,
      moratoria: moratoria.length,
    },
  };
}
