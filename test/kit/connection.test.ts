import { pageOfList, pageRequest, toPage } from '../../subgraphs/kit/list/connection';
import {
  decodeCursor,
  encodeCursor,
  listIdentity,
  type CursorBinding,
} from '../../subgraphs/kit/list/cursor';

const binding: CursorBinding = {
  list: listIdentity('Query.councils', { nation: 'ENGLAND' }),
  order: 'name asc',
  version: '12.4.1700000000000',
};

describe('cursors', () => {
  it('round-trip as opaque text', () => {
    const cursor = encodeCursor(binding, { sort: 'Sheffield', key: 'E08000019' });
    expect(decodeCursor(cursor, binding, 'after')).toEqual({ sort: 'Sheffield', key: 'E08000019' });
    expect(cursor).not.toContain('Sheffield');
  });

  it('refuse what this API did not issue, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ', binding, 'after')).toThrow(
      '`after` is not a cursor issued by this API',
    );
    // The offset cursors of the previous version are not accepted either.
    expect(() =>
      decodeCursor(Buffer.from('cursor:v1:3').toString('base64url'), binding, 'before'),
    ).toThrow('`before` is not a cursor issued by this API');
  });

  it('are bound to their list, order and data version', () => {
    const cursor = encodeCursor(binding, { index: 3 });
    expect(() =>
      decodeCursor(cursor, { ...binding, list: listIdentity('Query.councils', {}) }, 'after'),
    ).toThrow('is a cursor of another list');
    expect(() => decodeCursor(cursor, { ...binding, order: 'name desc' }, 'after')).toThrow(
      'is a cursor of another order (name asc, not name desc)',
    );
    expect(() => decodeCursor(cursor, { ...binding, version: '13.5.1' }, 'after')).toThrow(
      'was issued before the data changed',
    );
  });
});

describe('page requests', () => {
  it('keep page sizes between 1 and 100, defaulting to 20, in either direction', () => {
    expect(pageRequest({}, binding)).toEqual({ direction: 'forward', limit: 20, after: null });
    expect(pageRequest({ last: 5 }, binding)).toEqual({
      direction: 'backward',
      limit: 5,
      before: null,
    });
    expect(() => pageRequest({ first: 0 }, binding)).toThrow(
      '`first` must be between 1 and 100; got 0',
    );
    expect(() => pageRequest({ last: 101 }, binding)).toThrow('`last` must be between 1 and 100');
  });

  it('refuse mixing the directions', () => {
    expect(() => pageRequest({ first: 2, last: 2 }, binding)).toThrow(
      'Page forward with `first` and `after`, or backward with `last` and `before`, not both',
    );
    const cursor = encodeCursor(binding, { index: 1 });
    expect(() => pageRequest({ after: cursor, before: cursor }, binding)).toThrow('not both');
  });
});

describe('pages', () => {
  it('know whether more follow from the one extra row fetched, forward and backward', async () => {
    const rows = ['a', 'b', 'c'].map((row, index) => ({ row, position: { index: index + 4 } }));
    const forward = toPage(
      rows,
      { direction: 'forward', limit: 2, after: { index: 3 } },
      binding,
      async () => 7,
    );
    expect(forward.nodes).toEqual(['a', 'b']);
    expect(forward.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(binding, { index: 4 }),
      endCursor: encodeCursor(binding, { index: 5 }),
    });
    expect(await forward.totalCount()).toBe(7);
    // Backward: the extra row is the first (furthest from `before`).
    const backward = toPage(
      rows,
      { direction: 'backward', limit: 2, before: { index: 7 } },
      binding,
      async () => 7,
    );
    expect(backward.nodes).toEqual(['b', 'c']);
    expect(backward.pageInfo.hasPreviousPage).toBe(true);
    expect(backward.pageInfo.hasNextPage).toBe(true);
  });

  it('page a list in memory both ways, ending where the other direction began', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const first = pageOfList(all, pageRequest({ first: 2 }, binding), binding);
    expect(first.nodes).toEqual(['a', 'b']);
    const next = pageOfList(
      all,
      pageRequest({ first: 2, after: first.pageInfo.endCursor }, binding),
      binding,
    );
    expect(next.nodes).toEqual(['c', 'd']);
    const back = pageOfList(
      all,
      pageRequest({ last: 2, before: next.pageInfo.startCursor }, binding),
      binding,
    );
    expect(back.nodes).toEqual(['a', 'b']);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const last = pageOfList(all, pageRequest({ last: 2 }, binding), binding);
    expect(last.nodes).toEqual(['d', 'e']);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });
});
