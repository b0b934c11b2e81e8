import { sortableAmount, sortedListOf, type RowOrdering } from '../../../kit/list/sorted-rows';
import { AllocationOrder } from './allocation.inputs';
import { toAllocation } from './allocation.mapper';
import type { AllocationRow } from '../database';
import { AllocationOrderField } from './allocation.enums';

/** `AllocationOrder` for a short list of allocations in memory, as SQL orders `allocations`. */
export const ALLOCATION_ROW_ORDERING: RowOrdering<AllocationRow, AllocationOrderField> = {
  fields: {
    [AllocationOrderField.AMOUNT]: (row) => sortableAmount(row.amount_gbp),
    [AllocationOrderField.ANNOUNCED_ON]: (row) => row.announced_on,
    [AllocationOrderField.ID]: null,
  },
  key: (row) => row.id,
};

/** A list of allocations under an entity (`list`, keyed by `parts`), in the order asked. */
export const allocationList = sortedListOf(
  ALLOCATION_ROW_ORDERING,
  () => new AllocationOrder(),
  toAllocation,
);
