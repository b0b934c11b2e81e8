import { OrderDirection } from '../../subgraphs/kit/list/order-direction.enum';
import { sortableAmount, sortedRows, type RowOrdering } from '../../subgraphs/kit/list/sorted-rows';

interface Row {
  id: string;
  amount: string | null;
  title: string;
}

const ORDERING: RowOrdering<Row, 'amount' | 'title' | 'id'> = {
  fields: { amount: (row) => sortableAmount(row.amount), title: (row) => row.title, id: null },
  key: (row) => row.id,
};

const rows: Row[] = [
  { id: 'c', amount: '900.00', title: 'b' },
  { id: 'a', amount: null, title: 'B' },
  { id: 'd', amount: '10000.50', title: 'b' },
  { id: 'b', amount: '900.00', title: 'a' },
  { id: 'e', amount: null, title: 'a' },
];
const order = (field: 'amount' | 'title' | 'id', direction = OrderDirection.ASC) =>
  sortedRows(rows, ORDERING, { field, direction }).map((row) => row.id);

describe('sortedRows: the SQL list rules for a short list in memory', () => {
  it('compares amounts as numbers, not text, and puts rows without one last both ways', () => {
    expect(order('amount')).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(order('amount', OrderDirection.DESC)).toEqual(['d', 'c', 'b', 'e', 'a']);
  });

  it('breaks ties by key in the direction asked, and compares text by code unit as C collation does', () => {
    expect(order('title')).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(order('title', OrderDirection.DESC)).toEqual(['d', 'c', 'e', 'b', 'a']);
    expect(order('id', OrderDirection.DESC)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('leaves the list it was given as it was', () => {
    const before = rows.map((row) => row.id);
    order('title');
    expect(rows.map((row) => row.id)).toEqual(before);
  });
});
