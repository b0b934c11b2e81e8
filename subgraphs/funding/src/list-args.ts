import { Arg } from 'type-graphql';
import { AllocationOrder } from './allocation/allocation.inputs';
import { GrantOrder } from './grant/grant.inputs';

/** The `orderBy` argument of every list of allocations under an entity. */
export const AllocationOrderArg = () =>
  Arg('orderBy', () => AllocationOrder, {
    nullable: true,
    description: 'Defaults to id, ascending.',
  });

/** The `orderBy` argument of every list of grants under an entity. */
export const GrantOrderArg = () =>
  Arg('orderBy', () => GrantOrder, { nullable: true, description: 'Defaults to id, ascending.' });
