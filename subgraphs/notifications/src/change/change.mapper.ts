import { encodeNodeId } from '../../../kit/entity/node';
import type { EntityName } from '../../../../schema/entities';
import type { ChangeKind, ChangeSource } from './change.enums';
import type { ChangeRow } from './change.repository';
import { Change } from './change.type';

export function toChange(row: ChangeRow): Change {
  const type = row.entity_type as EntityName;
  return Object.assign(new Change(), {
    sequence: String(row.seq),
    recordedAt: row.recorded_at.toISOString(),
    source: row.subgraph as ChangeSource,
    kind: row.kind as ChangeKind,
    entityType: type,
    entityId: row.entity_id,
    nodeId: encodeNodeId(type, row.entity_id),
    entity: { __typename: type, id: row.entity_id },
    recordKey: row.record_key,
    council: row.council_id ? { id: row.council_id } : null,
    strategicAuthority: row.strategic_authority_id ? { id: row.strategic_authority_id } : null,
    fields: row.fields,
    before: (row.before as Record<string, unknown> | null) ?? null,
    after: (row.after as Record<string, unknown> | null) ?? null,
  });
}
