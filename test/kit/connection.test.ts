import {
  decodeCursor,
  encodeCursor,
  pageRequest,
  toPage,
} from '../../subgraphs/kit/list/connection';

describe('connections', () => {
  it('round-trips opaque cursors', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(encodeCursor(41)).not.toContain('41');
  });

  it('rejects cursors it did not issue', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow('`after` is not a cursor issued by this API');
    expect(() => decodeCursor(Buffer.from('cursor:v1:-3').toString('base64url'))).toThrow(
      'not a cursor',
    );
  });

  it('keeps page sizes between 1 and 100, defaulting to 20', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ offset: 0, limit: 20 });
    expect(pageRequest(100, encodeCursor(9))).toEqual({ offset: 10, limit: 100 });
    expect(() => pageRequest(0, null)).toThrow('`first` must be between 1 and 100; got 0');
    expect(() => pageRequest(101, null)).toThrow('got 101');
  });

  it('knows whether more follow from the one extra row fetched', async () => {
    const page = toPage(['a', 'b', 'c'], { offset: 4, limit: 2 }, async () => 7);
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(4),
      endCursor: encodeCursor(5),
    });
    expect(await page.totalCount()).toBe(7);
    expect(toPage(['a'], { offset: 0, limit: 2 }, async () => 1).pageInfo.hasNextPage).toBe(false);
  });
});
