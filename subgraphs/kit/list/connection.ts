import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/client-errors';
import { PageInfo } from './page-info.type';
import { decodeCursor, encodeCursor, type CursorBinding, type CursorPosition } from './cursor';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../schema/list-sizes';

/** A page to fetch: forward from `after` (or the start), or backward from `before` (or the end). */
export type PageRequest =
  | { direction: 'forward'; limit: number; after: CursorPosition | null }
  | { direction: 'backward'; limit: number; before: CursorPosition | null };

/** The Relay paging arguments every list field takes (`PageArgs`). */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const pageSize = (value: number, argument: 'first' | 'last') => {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)
    throw badUserInput(
      `\`${argument}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}`,
      argument,
    );
  return value;
};

/**
 * Turns Relay arguments into a page, refusing sizes outside 1..MAX_PAGE_SIZE, mixed directions,
 * and cursors of another list, order or data version (`decodeCursor`).
 */
export function pageRequest(args: PageArguments, binding: CursorBinding): PageRequest {
  const { first, after, last, before } = args;
  if ((first != null || after != null) && (last != null || before != null))
    throw badUserInput(
      'Page forward with `first` and `after`, or backward with `last` and `before`, not both',
      last != null ? 'last' : 'before',
    );
  if (last != null || before != null)
    return {
      direction: 'backward',
      limit: pageSize(last ?? DEFAULT_PAGE_SIZE, 'last'),
      before: before ? decodeCursor(before, binding, 'before') : null,
    };
  return {
    direction: 'forward',
    limit: pageSize(first ?? DEFAULT_PAGE_SIZE, 'first'),
    after: after ? decodeCursor(after, binding, 'after') : null,
  };
}

export interface Page<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** A fetched row and where it stands in its list. */
export interface Positioned<Row> {
  row: Row;
  position: CursorPosition;
}

/**
 * Builds a page from rows fetched one beyond the page, in list order (a backward fetch reversed):
 * the extra row says whether more lie beyond in the direction asked. The total is a thunk so the
 * count query only runs when a client asks for `totalCount`.
 */
export function toPage<Node>(
  rows: Positioned<Node>[],
  request: PageRequest,
  binding: CursorBinding,
  count: () => Promise<number>,
): Page<Node> {
  const more = rows.length > request.limit;
  const kept =
    request.direction === 'forward' ? rows.slice(0, request.limit) : rows.slice(-request.limit);
  const edges = kept.map(({ row, position }) => ({
    cursor: encodeCursor(binding, position),
    node: row,
  }));
  return {
    edges,
    nodes: kept.map(({ row }) => row),
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? more : request.before !== null,
      hasPreviousPage: request.direction === 'forward' ? request.after !== null : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: count,
  };
}

/** Wraps a page in its connection class so the class's `totalCount` method is there to call. */
export function asConnection<C extends object, Node>(
  connectionType: new () => C,
  page: Page<Node>,
): C {
  return Object.assign(new connectionType(), page);
}

/**
 * Relay connection and edge types for one node type, e.g. `CouncilConnection`/`CouncilEdge`.
 * Subclass the result with `@ObjectType()` to name the connection.
 */
export function Connection<Node extends object>(
  nodeType: ClassType<Node>,
  nodeName = nodeType.name,
) {
  @ObjectType(`${nodeName}Edge`, { description: `One ${nodeName} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item; pass it as `after`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nodeName}.` })
    node!: Node;
  }

  // Never reachable itself, so type-graphql 2 leaves it out of the schema; subclasses inherit its fields.
  @ObjectType(`${nodeName}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'The items on this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items on this page, without cursors.' })
    nodes!: Node[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    totalCount!: () => Promise<number>;

    @Field(() => Int, {
      name: 'totalCount',
      description: 'Number of items in the whole filtered list.',
    })
    total(): Promise<number> {
      return this.totalCount();
    }
  }
  return ConnectionType;
}

const connectionTypes = new Map<ClassType, new () => object>();

/**
 * The named Relay connection type for a node type (`CouncilConnection` for `Council`), created
 * once: declare it beside the node type, `export const CouncilConnection = connectionOf(Council,
 * 'A page of councils.')`, and use it as the field's type.
 */
export function connectionOf<Node extends object>(
  nodeType: ClassType<Node>,
  description: string,
): new () => InstanceType<ReturnType<typeof Connection<Node>>> {
  const existing = connectionTypes.get(nodeType);
  if (existing) return existing as never;
  const base = Connection(nodeType);
  @ObjectType(`${nodeType.name}Connection`, { description })
  class NamedConnection extends base {}
  connectionTypes.set(nodeType, NamedConnection as never);
  return NamedConnection as never;
}

/** What every list resolver gives `listConnection`: its page of rows, its count, its mapping. */
export interface ListFetch<Row, Node> {
  rows: (request: PageRequest) => Promise<Positioned<Row>[]>;
  count: () => Promise<number>;
  map: (row: Row) => Node;
}

/**
 * One list field, written once: checks the paging arguments and the cursor against `binding`,
 * fetches a page of rows (one more than asked, to know whether more follow), maps them, and
 * counts only if the client asks for `totalCount`.
 */
export async function listConnection<C extends object, Row, Node>(
  connectionType: new () => C,
  args: PageArguments,
  binding: CursorBinding,
  query: ListFetch<Row, Node>,
): Promise<C> {
  const request = pageRequest(args, binding);
  const rows = await query.rows(request);
  const mapped = rows.map(({ row, position }) => ({ row: query.map(row), position }));
  return asConnection(connectionType, toPage(mapped, request, binding, query.count));
}

/** A connection over a short list already in memory (see `pageOfList`). */
export function connectionOfList<C extends object, Node>(
  connectionType: new () => C,
  args: PageArguments,
  binding: CursorBinding,
  all: Node[],
): C {
  return asConnection(connectionType, pageOfList(all, pageRequest(args, binding), binding));
}

/**
 * A page of a short list already in memory (a council's boards, a board's members): the loader
 * fetched every item of each parent in one statement, so paging here costs no SQL. Its cursors
 * carry positions, which hold while the data version they are bound to does.
 */
export function pageOfList<Node>(
  all: Node[],
  request: PageRequest,
  binding: CursorBinding,
): Page<Node> {
  const indexOf = (position: CursorPosition | null, argument: 'after' | 'before') => {
    if (position === null) return null;
    if (!('index' in position))
      throw badUserInput(
        `\`${argument}\` is a cursor of another list: use one this list gave`,
        argument,
      );
    return position.index;
  };
  let start: number;
  let end: number;
  if (request.direction === 'forward') {
    const after = indexOf(request.after, 'after');
    start = after === null ? 0 : after + 1;
    end = Math.min(all.length, start + request.limit + 1);
  } else {
    const before = indexOf(request.before, 'before');
    end = before === null ? all.length : Math.min(all.length, before);
    start = Math.max(0, end - request.limit - 1);
  }
  const rows = all.slice(start, end).map((row, i) => ({ row, position: { index: start + i } }));
  return toPage(rows, request, binding, async () => all.length);
}
