import type { StrategicAuthorityRow } from '../database';
import type { StrategicAuthority } from './strategic-authority.type';

export const toStrategicAuthority = (row: StrategicAuthorityRow): StrategicAuthority => ({
  id: row.id,
  gssCode: row.gss_code,
  name: row.name,
  kind: row.kind,
  region: row.region,
  startDate: row.start_date,
  memberCountInSource: row.member_codes_in_source.length,
  notes: row.notes,
  sourceId: row.source_id,
  loadedAt: row.valid_from,
});
