import type { OrganisationRow } from '../database';
import type { Organisation } from './organisation.type';

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    charityNumber: row.charity_number,
    companyNumber: row.company_number,
    societyNumber: row.society_number,
    website: row.website,
    sourceUrl: row.source_url,
    notes: row.notes,
    councilId: row.council_id,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}
