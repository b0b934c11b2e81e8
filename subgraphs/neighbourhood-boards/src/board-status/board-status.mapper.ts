import type { BoardStatusRow } from '../database';
import type { BoardStatusChange } from './board-status.type';

export const toBoardStatusChange = (row: BoardStatusRow): BoardStatusChange => ({
  status: row.status,
  since: row.since,
  legalForm: row.legal_form,
  body: row.body,
  sourceUrl: row.source_url,
  notes: row.notes,
  organisationId: row.organisation_id,
  sourceId: row.source_id,
  loadedAt: row.valid_from,
});
