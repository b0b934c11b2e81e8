import type { RequestScope } from '../service/module';
import { listIdentity, type CursorBinding } from './cursor';
import type { Order } from './list-query';

/**
 * The binding of one list field's cursors in this request: `name` is the field (`Query.councils`,
 * `Council.assets`), `parts` whatever makes the list this list (its parent's key, its filter and
 * other arguments), `order` its `orderBy` (none: a fixed order).
 */
export async function bindCursors(
  scope: RequestScope,
  name: string,
  parts: unknown[],
  order?: Order<string> | null,
): Promise<CursorBinding> {
  return {
    list: listIdentity(name, ...parts),
    order: order ? `${order.field} ${order.direction}` : 'fixed',
    version: await scope.dataVersion(),
  };
}
