import { sql, type RawBuilder } from 'kysely';
import { badUserInput } from '../../../../platform/errors/client-errors';
import type { ChangeFilter } from './change-filter.input';

/** A filter as stored with a subscription and bound into SQL: null means "any". */
export interface StoredFilter {
  council_ids: string[] | null;
  strategic_authority_ids: string[] | null;
  kinds: string[] | null;
  sources: string[] | null;
}

const LIMITS = { councilIds: 50, strategicAuthorityIds: 20 } as const;

const orNull = (values: readonly string[] | null | undefined) =>
  values && values.length > 0 ? [...new Set(values)] : null;

/** A filter checked (sizes) and as stored; a 400 naming the field when it is too big. */
export function storedFilter(filter: ChangeFilter | null | undefined): StoredFilter {
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const values = filter?.[field];
    if (values && values.length > max)
      throw badUserInput(
        `\`filter.${field}\` takes up to ${max} codes; got ${values.length}`,
        'filter',
      );
  }
  return {
    council_ids: orNull(filter?.councilIds),
    strategic_authority_ids: orNull(filter?.strategicAuthorityIds),
    kinds: orNull(filter?.kinds),
    sources: orNull(filter?.sources),
  };
}

/**
 * Whether the change `c` matches a filter whose parts are SQL (values, or a subscription's
 * columns): the one definition the `changes` list and the webhook outbox both use.
 */
export function changeMatches(filter: {
  councilIds: RawBuilder<unknown>;
  authorityIds: RawBuilder<unknown>;
  kinds: RawBuilder<unknown>;
  sources: RawBuilder<unknown>;
}): RawBuilder<boolean> {
  const { councilIds, authorityIds, kinds, sources } = filter;
  return sql<boolean>`(
    (${councilIds}::text[] is null and ${authorityIds}::text[] is null
      or c.council_id = any(${councilIds}::text[])
      or c.strategic_authority_id = any(${authorityIds}::text[])
      or c.council_id in (select ca.council_id from notifications.council_authority ca
                          where ca.strategic_authority_id = any(${authorityIds}::text[])))
    and (${kinds}::text[] is null or c.kind = any(${kinds}::text[]))
    and (${sources}::text[] is null or c.subgraph = any(${sources}::text[])))`;
}

/** `changeMatches` over the values of a stored filter. */
export const matchesValues = (filter: StoredFilter) =>
  changeMatches({
    councilIds: sql.val(filter.council_ids),
    authorityIds: sql.val(filter.strategic_authority_ids),
    kinds: sql.val(filter.kinds),
    sources: sql.val(filter.sources),
  });
