import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/client-errors';
import { PageInfo } from './page-info.type';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../schema/list-sizes';

const CURSOR_PREFIX = 'cursor:v1:';

/**
 * Cursors are opaque to clients. Today they carry an offset into the ordered list; the prefix
 * lets us switch to keyset cursors later without breaking cursors clients have stored.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw badUserInput(`\`${argument}\` is not a cursor issued by this API: "${cursor}"`, argument);
  }
  return offset;
}

export interface PageRequest {
  /** Rows to skip. */
  offset: number;
  /** Rows to return; one more is fetched to learn whether a next page exists. */
  limit: number;
}

/** Turns Relay arguments into an offset window, rejecting sizes outside 1..MAX_PAGE_SIZE. */
export function pageRequest(
  first: number | undefined | null,
  after: string | undefined | null,
): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}`, 'first');
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

export interface Page<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/**
 * Builds a page from rows fetched with `limit + 1`. The total is a thunk so the count query
 * only runs when a client asks for `totalCount`.
 */
export function toPage<Node>(
  rows: Node[],
  request: PageRequest,
  count: () => Promise<number>,
): Page<Node> {
  const nodes = rows.slice(0, request.limit);
  const edges = nodes.map((node, index) => ({
    cursor: encodeCursor(request.offset + index),
    node,
  }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: rows.length > request.limit,
      hasPreviousPage: request.offset > 0,
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

/** The Relay paging arguments every list field takes (`PageArgs`). */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

/**
 * One list field, written once: checks the paging arguments, fetches a page of rows (one more
 * than asked, to know whether a next page exists), maps them, and counts only if the client
 * asks for `totalCount`.
 */
export async function listConnection<C extends object, Row, Node>(
  connectionType: new () => C,
  args: PageArguments,
  query: {
    rows: (request: PageRequest) => Promise<Row[]>;
    count: () => Promise<number>;
    map: (row: Row) => Node;
  },
): Promise<C> {
  const request = pageRequest(args.first, args.after);
  const rows = await query.rows(request);
  return asConnection(connectionType, toPage(rows.map(query.map), request, query.count));
}

/** A connection over a short list already in memory (see `pageOfList`). */
export function connectionOfList<C extends object, Node>(
  connectionType: new () => C,
  args: PageArguments,
  all: Node[],
): C {
  return asConnection(connectionType, pageOfList(all, pageRequest(args.first, args.after)));
}

/**
 * A page of a short list already in memory (a council's boards, a board's members): the loader
 * fetched every item of each parent in one statement, so paging here costs no SQL.
 */
export function pageOfList<Node>(all: Node[], request: PageRequest): Page<Node> {
  return toPage(
    all.slice(request.offset, request.offset + request.limit + 1),
    request,
    async () => all.length,
  );
}
