import { Field, InputType } from 'type-graphql';
import { OrderDirection } from './order-direction.enum';
import type { Order } from './list-query';

/**
 * The `orderBy` input of one list, made from its field enum: `{ field, direction }`, defaulting
 * to `defaultField` ascending, ties broken by id. Declare it once beside the list's filter:
 * `export const CouncilOrder = orderInput('CouncilOrder', CouncilOrderField, CouncilOrderField.NAME, 'councils')`
 * (and `export type CouncilOrder = InstanceType<typeof CouncilOrder>`).
 */
export function orderInput<Field extends string>(
  name: string,
  fieldEnum: Record<string, Field>,
  defaultField: Field,
  /** What the list holds, for the description (`councils`). */
  items: string,
): new () => Order<Field> {
  @InputType(name, { description: `Sort order for ${items}; ties are broken by id.` })
  class OrderInput implements Order<Field> {
    @Field(() => fieldEnum, { description: 'What to sort by.' })
    field: Field = defaultField;

    @Field(() => OrderDirection, { description: 'Which way.' })
    direction: OrderDirection = OrderDirection.ASC;
  }
  return OrderInput;
}
