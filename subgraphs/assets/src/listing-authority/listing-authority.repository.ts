import type { Kysely } from 'kysely';
import type { AssetsDatabase, ListingAuthorityRow } from '../database';
import { LISTING_AUTHORITY_COLUMNS } from './listing-authority.table';

/** Every listing authority (under 500), by register code and by GSS code, for the loaders. */
export interface ListingAuthorities {
  byCode: Map<string, ListingAuthorityRow>;
  byGss: Map<string, ListingAuthorityRow>;
}

export async function findListingAuthorities(
  db: Kysely<AssetsDatabase>,
): Promise<ListingAuthorities> {
  const rows = await db.selectFrom('listing_authority').select(LISTING_AUTHORITY_COLUMNS).execute();
  return {
    byCode: new Map(rows.map((row) => [row.code, row])),
    byGss: new Map(rows.filter((row) => row.gss_code).map((row) => [row.gss_code!, row])),
  };
}

/** An authority by register code (`WEW`) or GSS code (`E07000241`), as registers give either. */
export const findAuthority = (
  authorities: ListingAuthorities,
  codeOrGss: string,
): ListingAuthorityRow | undefined =>
  authorities.byCode.get(codeOrGss) ?? authorities.byGss.get(codeOrGss);

/** Who listed it and, when that council is gone, who holds its list now. */
export function successionNote(authority: ListingAuthorityRow): string | null {
  if (authority.current_code === authority.code) return null;
  const ended = authority.ended_on
    ? `which ended on ${authority.ended_on} (the register of local authorities' end date)`
    : 'which has since been abolished';
  return `Listed by ${authority.official_name}${authority.gss_code ? ` (${authority.gss_code})` : ''}, ${ended}; its list is now held by ${authority.current_name}.`;
}
