import { sql, type Kysely } from 'kysely';
import type { AssetsDatabase } from '../database';

/**
 * Writes each asset's point: its source's latitude and longitude (`RECORD`), else the centre of
 * its full postcode from the postcode files (`POSTCODE`), else none. One statement; only rows
 * whose point changes are written, so a reload stays a no-op (and a million synthetic assets,
 * which carry their own point, are read but not rewritten).
 */
export async function deriveLocations(trx: Kysely<AssetsDatabase>): Promise<void> {
  await sql`
    update assets.asset a
    set location_latitude = l.latitude, location_longitude = l.longitude,
        location_precision = l.precision, location_source_id = l.source_id
    from (
      select s.id,
             coalesce(s.latitude, c.latitude) as latitude,
             case when s.latitude is not null then s.longitude else c.longitude end as longitude,
             case when s.latitude is not null then 'RECORD'
                  when c.code is not null then 'POSTCODE' end as precision,
             case when s.latitude is not null then s.source_id else c.source_id end as source_id
      from assets.asset s
      left join assets.postcode_centroid c
        on c.kind = 'postcode' and s.latitude is null
       and replace(c.code, ' ', '') = replace(upper(s.postcode), ' ', '')
    ) l
    where a.id = l.id
      and (a.location_latitude, a.location_longitude, a.location_precision, a.location_source_id)
          is distinct from (l.latitude, l.longitude, l.precision, l.source_id)`.execute(trx);
}
