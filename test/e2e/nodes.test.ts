import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { print } from 'graphql';
import { encodeNodeId } from '../../subgraphs/kit/entity/node';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

/** One record of every entity type, its natural key and a field only its owner resolves. */
const FIRST_OF_EACH = `{
  councils(first: 1) { nodes { __typename id nodeId name } }
  strategicAuthorities(first: 1) { nodes { __typename id nodeId name } }
  neighbourhoodBoards(first: 1) { nodes { __typename id nodeId placeName } }
  organisations(first: 1) { nodes { __typename id nodeId name } }
  assets(first: 1) { nodes { __typename id nodeId name } }
  programmes(first: 1) { nodes { __typename id nodeId name } }
  allocations(first: 1) { nodes { __typename id nodeId recipientName } }
  grants(first: 1) { nodes { __typename id nodeId title } }
}`;

const NODE = `query ($id: ID!) {
  node(id: $id) {
    __typename nodeId
    ... on Council { id name }
    ... on StrategicAuthority { id name }
    ... on NeighbourhoodBoard { id placeName }
    ... on Organisation { id name }
    ... on Asset { id name }
    ... on Programme { id name }
    ... on Allocation { id recipientName }
    ... on Grant { id title }
  }
}`;

describe('Relay Node: every entity by its global id, through the gateway', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('gives every entity type a nodeId that node(id:) answers with the same record', async () => {
    const { data, errors } = await graphql(graph.gateway.url, FIRST_OF_EACH);
    expect(errors).toBeUndefined();
    const records = Object.values(data!).map(
      (list) => (list as { nodes: Record<string, string>[] }).nodes[0],
    );
    expect(records.map((r) => r.__typename).sort()).toEqual(
      [
        'Allocation',
        'Asset',
        'Council',
        'Grant',
        'NeighbourhoodBoard',
        'Organisation',
        'Programme',
        'StrategicAuthority',
      ].sort(),
    );
    for (const record of records) {
      // The id is the type and the natural key, and does not change with a reload.
      expect(record.nodeId).toBe(encodeNodeId(record.__typename as never, record.id));
      const answer = await graphql(graph.gateway.url, NODE, { id: record.nodeId });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.node).toEqual(record);
    }
    const many = await graphql(
      graph.gateway.url,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename nodeId } }',
      { ids: records.map((r) => r.nodeId) },
    );
    expect(many.data!.nodes).toEqual(
      records.map(({ __typename, nodeId }) => ({ __typename, nodeId })),
    );
  });

  it('answers null for a record that does not exist, and 400 for an id it never gave', async () => {
    const missing = await graphql(graph.gateway.url, NODE, {
      id: encodeNodeId('Council', 'E99999999'),
    });
    expect(missing.data).toEqual({ node: null });
    const missingGrant = await graphql(graph.gateway.url, NODE, {
      id: encodeNodeId('Grant', '360G-NOPE'),
    });
    expect(missingGrant.data).toEqual({ node: null });
    const forged = await graphql(graph.gateway.url, NODE, { id: 'not-an-id' });
    expect(forged.status).toBe(400);
    expect(forged.errors?.[0]).toMatchObject({
      message: '`id` is not a node id issued by this API: "not-an-id"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('serves Apollo Client 4: refetch by id, and page forward then back with relayStylePagination', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: graph.gateway.url }),
      cache: new InMemoryCache({
        typePolicies: { Query: { fields: { councils: relayStylePagination(['filter']) } } },
      }),
    });
    const COUNCILS = gql`
      query Councils($first: Int, $after: String, $last: Int, $before: String) {
        councils(first: $first, after: $after, last: $last, before: $before) {
          edges {
            cursor
            node {
              id
              nodeId
              name
            }
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
        }
      }
    `;
    type Result = {
      councils: {
        edges: { cursor: string; node: { id: string; nodeId: string; name: string } }[];
        pageInfo: { endCursor: string; startCursor: string; hasNextPage: boolean };
      };
    };
    const first = await client.query<Result>({ query: COUNCILS, variables: { first: 3 } });
    const page1 = first.data!.councils.edges.map((e) => e.node.id);
    expect(page1).toHaveLength(3);

    // Page forward: relayStylePagination merges the next page into the same cached list.
    await client.query<Result>({
      query: COUNCILS,
      variables: { first: 3, after: first.data!.councils.pageInfo.endCursor },
      // The cached list answers any page of itself, so the next page must ask the network.
      fetchPolicy: 'network-only',
    });
    const merged = client.readQuery<Result>({ query: COUNCILS, variables: { first: 3 } });
    const both = merged!.councils.edges.map((e) => e.node.id);
    expect(both.slice(0, 3)).toEqual(page1);
    expect(both).toHaveLength(6);

    // Page back from the second page: the page before it is the first, so the cached
    // list, which places it before that cursor, is unchanged with no duplicates.
    const secondStart = merged!.councils.edges[3].cursor;
    const back = await graphql(graph.gateway.url, print(COUNCILS), {
      last: 3,
      before: secondStart,
    });
    expect((back.data as Result).councils.edges.map((e) => e.node.id)).toEqual(page1);
    await client.query<Result>({
      query: COUNCILS,
      variables: { last: 3, before: secondStart },
      fetchPolicy: 'network-only',
    });
    const afterBack = client.readQuery<Result>({ query: COUNCILS, variables: { first: 3 } });
    expect(afterBack!.councils.edges.map((e) => e.node.id)).toEqual(both);

    // Refetch one council by its global id: the same record, from the network.
    const NODE_QUERY = gql`
      query Node($id: ID!) {
        node(id: $id) {
          nodeId
          ... on Council {
            id
            name
          }
        }
      }
    `;
    const target = first.data!.councils.edges[1].node;
    const refetched = await client.query<{ node: { id: string; name: string } }>({
      query: NODE_QUERY,
      variables: { id: target.nodeId },
      fetchPolicy: 'network-only',
    });
    expect(refetched.data!.node).toMatchObject({ id: target.id, name: target.name });
    client.stop();
  });
});
