import { encodeNodeId } from '../../../kit/entity/node';
import type { EntityName } from '../../../../schema/entities';
import { ChangeSource, type ChangeKind } from './change.enums';
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

const SOURCE_NAMES = new Map(Object.entries(ChangeSource).map(([name, value]) => [value, name]));

/** A change as a webhook delivery carries it: `Change`'s fields, as the API would answer them. */
export function changePayload(row: ChangeRow) {
  const change = toChange(row);
  return {
    sequence: change.sequence,
    recordedAt: change.recordedAt,
    source: SOURCE_NAMES.get(change.source) ?? change.source,
    kind: change.kind,
    entityType: change.entityType,
    entityId: change.entityId,
    nodeId: change.nodeId,
    recordKey: change.recordKey,
    councilId: row.council_id,
    strategicAuthorityId: row.strategic_authority_id,
    fields: change.fields,
    before: change.before,
    after: change.after,
  };
}
