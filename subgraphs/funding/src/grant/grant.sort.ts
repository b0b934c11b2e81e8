import { sortableAmount, sortedListOf, type RowOrdering } from '../../../kit/list/sorted-rows';
import { GrantOrder } from './grant.inputs';
import { toGrant } from './grant.mapper';
import type { GrantRow } from '../database';
import { GrantOrderField } from './grant.enums';

/** `GrantOrder` for a short list of grants in memory, as SQL orders `grants`. */
export const GRANT_ROW_ORDERING: RowOrdering<GrantRow, GrantOrderField> = {
  fields: {
    [GrantOrderField.AWARD_DATE]: (row) => row.award_date,
    [GrantOrderField.AMOUNT]: (row) => sortableAmount(row.amount_gbp),
    [GrantOrderField.TITLE]: (row) => row.title,
    [GrantOrderField.ID]: null,
  },
  key: (row) => row.id,
};

/** A list of grants under an entity (`list`, keyed by `parts`), in the order asked. */
export const grantList = sortedListOf(GRANT_ROW_ORDERING, () => new GrantOrder(), toGrant);
