import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../platform/api-keys';
import { CALLER_KEY_HEADER } from '../../platform/http/caller';
import { createNotificationsModule } from '../../subgraphs/notifications/module';
import {
  readWebhookConfig,
  type WebhookConfig,
} from '../../subgraphs/notifications/src/webhook/webhook.config';
import { verifySignature } from '../../subgraphs/notifications/src/webhook/webhook-signature';
import { reloadableFixtures } from '../support/reloads';
import { graphql, startTestGraph, startTestSubgraph, type TestGraph } from '../support/services';

// Webhooks end to end: subscriptions made through the real gateway with API keys, a load of
// edited fixtures, and receivers on 127.0.0.1 (allowed here, refused by default) that fail
// their first attempts. Each must be sent every matching change once, signed, in order.

const SECRET = 'receiver-shared-secret-0123456789';
const WELWYN = 'E07000241';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  answered: number;
}

/** An HTTP receiver that answers `fail` with 500 first, then 200, and keeps every request. */
async function receiver(fail: number) {
  const requests: Received[] = [];
  let failuresLeft = fail;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const answered = failuresLeft > 0 ? 500 : 200;
      if (failuresLeft > 0) failuresLeft -= 1;
      requests.push({ headers: req.headers, body, answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    acknowledged: () => requests.filter((r) => r.answered === 200),
    failNext: (count: number) => (failuresLeft = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async (what: string, check: () => Promise<boolean> | boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('webhooks: signed, in order, retried, kept in a Postgres outbox', () => {
  const keysFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'cpg-webhook-keys-')), 'keys.json');
  const alice = createApiKey(keysFile, { id: 'alice', name: 'Alice', pointsPerHour: 1_000_000 });
  const bob = createApiKey(keysFile, { id: 'bob', name: 'Bob', pointsPerHour: 1_000_000 });
  const config: WebhookConfig = {
    ...readWebhookConfig({}),
    allowPrivateUrls: true,
    pollMs: 50,
    retryBaseMs: 100,
    retryMaxMs: 400,
    timeoutMs: 3_000,
  };
  let graph: TestGraph;
  const { files, load } = reloadableFixtures(() => graph.database);
  // With its delivery worker, which the other suites leave off.
  const startNotifications = (settings: WebhookConfig, database = graph.database) =>
    startTestSubgraph(
      createNotificationsModule(() => settings),
      database,
      undefined,
      undefined,
      true,
    );

  beforeAll(async () => {
    graph = await startTestGraph({
      gatewayEnv: { API_KEYS_FILE: keysFile },
      start: { notifications: (database) => startNotifications(config, database) },
    });
  });
  afterAll(() => graph?.stop());

  const as = (key: string | null, query: string, variables?: Record<string, unknown>) =>
    graphql(graph.gateway.url, query, variables, key ? { 'x-api-key': key } : {});
  const SUBSCRIBE = `mutation ($url: URL!, $secret: String!, $filter: ChangeFilter) {
    subscribeWebhook(url: $url, secret: $secret, filter: $filter) { id status url filter { councilIds kinds } }
  }`;
  const subscribe = async (key: string, url: string, filter: object) => {
    const response = await as(key, SUBSCRIBE, { url, secret: SECRET, filter });
    expect(response.errors).toBeUndefined();
    return response.data!.subscribeWebhook.id as string;
  };
  // The feed through the gateway; straight from the subgraph once a test has restarted it on
  // another port (the gateway knows the first).
  let feedUrl = () => graph.gateway.url;
  const feedCursor = async () => {
    let after: string | null = null;
    for (;;) {
      const response: {
        data?: { changes: { pageInfo: { endCursor: string; hasNextPage: boolean } } };
      } = await graphql(
        feedUrl(),
        'query ($after: String) { changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } } }',
        { after },
      );
      const { pageInfo } = response.data!.changes;
      after = pageInfo.endCursor;
      if (!pageInfo.hasNextPage) return after;
    }
  };
  const changesSince = async (after: string | null, filter: object) => {
    const response = await graphql(
      feedUrl(),
      'query ($after: String, $filter: ChangeFilter) { changes(after: $after, first: 100, filter: $filter) { nodes { sequence kind entityId } } }',
      { after, filter },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.changes.nodes as { sequence: string; kind: string; entityId: string }[];
  };

  it('refuses to subscribe without an API key, or with a short secret, naming what is wrong', async () => {
    const anonymous = await as(null, SUBSCRIBE, {
      url: 'https://example.org/hook',
      secret: SECRET,
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].message).toContain('x-api-key');
    const short = await as(alice, SUBSCRIBE, { url: 'https://example.org/hook', secret: 'short' });
    expect(short.errors?.[0]).toMatchObject({
      message: expect.stringContaining('`secret` must be 16 to 256 characters'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await as('cpg_not-a-key', '{ webhookSubscriptions { id } }');
    expect(unknown.status).toBe(401);
  });

  it('sends each matching change once, signed and in order, after failed attempts', async () => {
    const aliceHook = await receiver(2);
    const bobHook = await receiver(0);
    try {
      const aliceId = await subscribe(alice, aliceHook.url, { councilIds: [WELWYN] });
      await subscribe(bob, bobHook.url, { kinds: ['ALLOCATION_CHANGED'] });

      // Each key sees its own subscriptions only, the same query text for both (never cached).
      const list = '{ webhookSubscriptions { id url } }';
      for (const [key, url] of [
        [alice, aliceHook.url],
        [bob, bobHook.url],
        [alice, aliceHook.url],
      ])
        expect((await as(key, list)).data!.webhookSubscriptions).toEqual([
          { id: expect.any(String), url },
        ]);

      const before = await feedCursor();
      files.assets.edit('assets_of_community_value.csv', (csv) =>
        csv.replace(',The Fixture Arms,', ',The Fixture Arms Inn,'),
      );
      files.assets.edit(
        'acv_events.csv',
        (csv) =>
          `${csv.trimEnd()}\nFIX-ACV-MORATORIUM,compensation,2024-02-01,owner claimed compensation,https://news.example.org/acv/compensation\n`,
      );
      files.funding.edit('pride_in_place_impact_fund_partial.csv', (csv) =>
        csv.replace(
          'Barnsley,BNS,E08000016,England,1500000,',
          'Barnsley,BNS,E08000016,England,1700000,',
        ),
      );
      await load();

      const forAlice = await changesSince(before, { councilIds: [WELWYN] });
      const forBob = await changesSince(before, { kinds: ['ALLOCATION_CHANGED'] });
      expect(forAlice.length).toBeGreaterThanOrEqual(2);
      expect(forBob.length).toBe(1);

      await until(
        'every delivery',
        () =>
          aliceHook.acknowledged().length >= forAlice.length &&
          bobHook.acknowledged().length >= forBob.length,
      );
      // A moment more: nothing else may arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));

      for (const [hook, expected] of [
        [aliceHook, forAlice],
        [bobHook, forBob],
      ] as const) {
        const bodies = hook.acknowledged().map((request) => {
          expect(request.headers['content-type']).toBe('application/json');
          const signature = request.headers['x-cpg-signature'] as string;
          expect(verifySignature(SECRET, request.body, signature)).toBe(true);
          expect(verifySignature('another-secret-0123456789', request.body, signature)).toBe(false);
          const parsed = JSON.parse(request.body);
          expect(request.headers['x-cpg-delivery']).toBe(parsed.deliveryId);
          return parsed;
        });
        expect(
          bodies.map((body) => [body.change.sequence, body.change.kind, body.change.entityId]),
        ).toEqual(expected.map((change) => [change.sequence, change.kind, change.entityId]));
      }
      // The two refused attempts were of the first change, sent again until it was taken.
      expect(aliceHook.requests.map((r) => r.answered)).toEqual([
        500,
        500,
        ...forAlice.map(() => 200),
      ]);
      expect(JSON.parse(aliceHook.requests[0].body).change.sequence).toBe(forAlice[0].sequence);

      const log = await as(
        alice,
        'query ($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 100) { nodes { status attempts lastStatusCode change { sequence } } } }',
        { id: aliceId },
      );
      expect(log.errors).toBeUndefined();
      const nodes = log.data!.webhookDeliveries.nodes;
      expect(nodes.map((n: { change: { sequence: string } }) => n.change.sequence)).toEqual(
        forAlice.map((c) => c.sequence).reverse(),
      );
      expect(nodes.at(-1)).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200 });
      // Bob cannot read Alice's log.
      const peek = await as(
        bob,
        'query ($id: ID!) { webhookDeliveries(subscriptionId: $id) { nodes { status } } }',
        { id: aliceId },
      );
      expect(peek.errors?.[0].message).toContain('No webhook subscription of this API key');
    } finally {
      await aliceHook.close();
      await bobHook.close();
    }
  });

  it('keeps deliveries through a restart, pauses a dead receiver, and resumes it', async () => {
    const hook = await receiver(1_000);
    feedUrl = () => graph.subgraphs.notifications.url;
    const barnsley = (amount: string) =>
      files.funding.edit('pride_in_place_impact_fund_partial.csv', (csv) =>
        csv.replace(
          /^Barnsley,BNS,E08000016,England,\d+,/m,
          `Barnsley,BNS,E08000016,England,${amount},`,
        ),
      );
    const restart = async (settings: WebhookConfig) => {
      await graph.subgraphs.notifications.stop();
      graph.subgraphs.notifications = await startNotifications(settings);
    };
    try {
      const id = await subscribe(alice, hook.url, { councilIds: ['E08000016'] });
      const direct = (query: string) =>
        graphql(graph.subgraphs.notifications.url, query, { id }, { [CALLER_KEY_HEADER]: 'alice' });
      const state = async () =>
        (
          await direct('query { webhookSubscriptions { id status pausedReason failedDeliveries } }')
        ).data!.webhookSubscriptions.find((s: { id: string }) => s.id === id);

      // Failing, then the service stops: the delivery waits in Postgres for the next one.
      let before = await feedCursor();
      barnsley('1800000');
      await load();
      const first = await changesSince(before, { councilIds: ['E08000016'] });
      expect(first.length).toBe(1);
      await until('a failed attempt', () => hook.requests.length >= 1);
      await graph.subgraphs.notifications.stop();
      hook.failNext(0);
      graph.subgraphs.notifications = await startNotifications(config);
      await until('the delivery after the restart', () => hook.acknowledged().length === 1);
      expect(JSON.parse(hook.acknowledged()[0].body).change.sequence).toBe(first[0].sequence);
      expect(new Set(hook.requests.map((r) => JSON.parse(r.body).change.sequence))).toEqual(
        new Set([first[0].sequence]),
      );

      // A window of 1 ms: the first failure gives a delivery up, and pauses the subscription.
      hook.failNext(1_000);
      await restart({ ...config, giveUpAfterMs: 1, pauseAfterFailures: 1 });
      before = await feedCursor();
      barnsley('1900000');
      await load();
      const second = await changesSince(before, { councilIds: ['E08000016'] });
      await until('the pause', async () => (await state()).status === 'PAUSED');
      expect(await state()).toMatchObject({
        failedDeliveries: 1,
        pausedReason: expect.stringContaining('the receiver answered 500'),
      });
      const log = await direct(
        'query ($id: ID!) { webhookDeliveries(subscriptionId: $id) { nodes { status lastError change { sequence } } } }',
      );
      expect(log.data!.webhookDeliveries.nodes).toEqual([
        {
          status: 'FAILED',
          lastError: 'the receiver answered 500',
          change: { sequence: second[0].sequence },
        },
        { status: 'DELIVERED', lastError: null, change: { sequence: first[0].sequence } },
      ]);

      // Resumed with the usual window: nothing given up is sent again.
      hook.failNext(0);
      await restart(config);
      const resumed = await direct(
        'mutation ($id: ID!) { resumeWebhook(id: $id) { status failedDeliveries } }',
      );
      expect(resumed.data!.resumeWebhook).toEqual({ status: 'ACTIVE', failedDeliveries: 0 });
      const sent = hook.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(hook.requests.length).toBe(sent);

      const removed = await direct(
        'mutation ($id: ID!) { unsubscribeWebhook(id: $id) { status } }',
      );
      expect(removed.data!.unsubscribeWebhook.status).toBe('REMOVED');
    } finally {
      await hook.close();
    }
  });
});
