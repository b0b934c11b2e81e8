import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../../schema/list-sizes';
import type { NotificationsContext } from '../context';
import { decodeChangeCursor, encodeChangeCursor, START } from './change-cursor';
import { ChangeFilter } from './change-filter.input';
import { storedFilter } from './change-match';
import { toChange } from './change.mapper';
import { listChanges } from './change.repository';
import { ChangeConnection } from './change.type';

@Resolver()
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'Every change the loads made (assets listed and delisted, moratoria, events; allocations and grants; boards’ status and members; councils), in the order they were loaded, not the day they happened: keep `pageInfo.endCursor` and ask again with it as `after` to get exactly what came since, each change once, across any number of reloads. Without `after`, from the first change.',
  })
  async changes(
    @Ctx() { db }: NotificationsContext,
    @Arg('after', () => String, {
      nullable: true,
      description: '`pageInfo.endCursor` of an earlier page (it stays valid for ever).',
    })
    after?: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.`,
    })
    first?: number | null,
    @Arg('filter', () => ChangeFilter, { nullable: true, description: 'Which changes.' })
    filter?: ChangeFilter | null,
  ): Promise<ChangeConnection> {
    const limit = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
      throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}`, 'first');
    const from = after ? decodeChangeCursor(after, 'after') : START;
    const rows = await listChanges(db, storedFilter(filter), from, limit + 1);
    const kept = rows.slice(0, limit);
    const edges = kept.map((row) => ({
      cursor: encodeChangeCursor(String(row.seq)),
      node: toChange(row),
    }));
    return Object.assign(new ChangeConnection(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: from !== START,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? encodeChangeCursor(from),
      },
    });
  }
}
