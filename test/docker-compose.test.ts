import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readGatewayConfig, subgraphsIn, urlVariable } from '../gateway/config';
import { readSubgraphConfig } from '../subgraphs/kit/service/config';
import { subgraphModules } from '../subgraphs';

interface Service {
  profiles?: string[];
  deploy?: { replicas?: string | number };
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  ports?: string[];
  expose?: string[];
  depends_on?: Record<string, { condition: string }>;
}

// There is no Docker engine on our machines: this checks that the file and the code agree.
const root = path.join(__dirname, '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service> };
const supergraph = readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8');

/**
 * The URL a container's healthcheck asks: its `node -e` script run with the container's
 * environment and a `fetch` that only records what it was given.
 */
function healthcheckUrl(service: Service): string {
  const [kind, node, flag, script] = service.healthcheck?.test ?? [];
  expect([kind, node, flag]).toEqual(['CMD', 'node', '-e']);
  let asked = '';
  const fetch = (url: string) => {
    asked = url;
    return { then: () => undefined };
  };
  new Function('process', 'fetch', script)(
    { env: service.environment, exit: () => undefined },
    fetch,
  );
  return asked;
}

describe('docker-compose.yml', () => {
  it('runs one container per subgraph, each configured as its code reads configuration', () => {
    for (const module of subgraphModules) {
      const service = compose.services[module.name];
      expect(service).toBeDefined();
      expect(service.command).toEqual(['node', `dist/subgraphs/${module.name}/main.js`]);
      const config = readSubgraphConfig(module.name, module.defaultPort, service.environment);
      expect(config.port).toBe(module.defaultPort);
      expect(service.expose).toContain(String(config.port));
      expect(config.databaseUrl).toMatch(/^postgres:\/\/.+@postgres:5432\//);
      expect(healthcheckUrl(service)).toBe(`http://localhost:${config.port}/readyz`);
      // Loopback is the default: a container has to be told to listen on its network.
      expect(config.host).toBe('0.0.0.0');
    }
  });

  it('points the gateway at every subgraph of the supergraph, on the ports they listen on', () => {
    const gateway = compose.services.gateway;
    const config = readGatewayConfig(() => supergraph, gateway.environment);
    expect(gateway.ports).toContain(`${config.port}:${config.port}`);
    expect(healthcheckUrl(gateway)).toBe(`http://localhost:${config.port}/readyz`);
    expect(config.host).toBe('0.0.0.0');
    for (const { name } of subgraphsIn(supergraph)) {
      const port = readSubgraphConfig(name, 0, compose.services[name].environment).port;
      expect(config.subgraphUrls[name]).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
      expect(gateway.environment?.SUBGRAPH_SHARED_SECRET).toBe(
        compose.services[name].environment?.SUBGRAPH_SHARED_SECRET,
      );
    }
    expect(Object.keys(gateway.environment ?? {})).toEqual(
      expect.arrayContaining(subgraphsIn(supergraph).map(({ name }) => urlVariable(name))),
    );
  });

  it('loads the data before the subgraphs start, from a healthy Postgres', () => {
    expect(compose.services.ingest.command).toEqual(['node', 'dist/scripts/ingest.js']);
    expect(compose.services.ingest.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    for (const module of subgraphModules) {
      expect(compose.services[module.name].depends_on?.ingest).toEqual({
        condition: 'service_completed_successfully',
      });
    }
    expect(compose.services.postgres.healthcheck).toBeDefined();
  });

  it('loads the open data the image carries (data/, as committed)', () => {
    expect(compose.services.ingest.environment?.DATA_DIR).toBeUndefined();
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^COPY data data$/m);
    expect(readFileSync(path.join(root, '.dockerignore'), 'utf8')).not.toMatch(/^data$/m);
  });

  describe('profile scale-out', () => {
    // What Compose makes of `${VAR:-default}` when VAR is unset (innermost first, as they nest).
    const withDefaults = (environment: Record<string, string> = {}) =>
      Object.fromEntries(
        Object.entries(environment).map(([key, value]) => {
          let text = String(value);
          for (let next = text; ; text = next) {
            next = text.replace(/\$\{[A-Z_]+:-([^${}]*)\}/, '$1');
            if (next === text) break;
          }
          return [key, text];
        }),
      );
    const scaled = (name: string) => {
      const service = compose.services[`${name}-scale`];
      return service && { ...service, environment: withDefaults(service.environment) };
    };
    const hive = compose.services['hive-gateway'];

    it('leaves the default services out of the profile', () => {
      for (const name of ['postgres', 'ingest', 'gateway', ...subgraphModules.map((m) => m.name)])
        expect(compose.services[name].profiles).toBeUndefined();
    });

    it('runs replicas of every subgraph, configured as the default services are', () => {
      for (const module of subgraphModules) {
        const service = scaled(module.name);
        expect(service?.profiles).toEqual(['scale-out']);
        expect(service.command).toEqual(compose.services[module.name].command);
        expect(String(service.deploy?.replicas)).toMatch(/^\$\{SUBGRAPH_REPLICAS:-[2-9]\}$/);
        const config = readSubgraphConfig(module.name, 0, service.environment);
        expect(config.port).toBe(module.defaultPort);
        expect(config.host).toBe('0.0.0.0');
        expect(service.environment?.SUBGRAPH_SHARED_SECRET).toBe(
          withDefaults(compose.services[module.name].environment).SUBGRAPH_SHARED_SECRET,
        );
        expect(service.depends_on?.ingest).toEqual({ condition: 'service_completed_successfully' });
        expect(healthcheckUrl(service)).toBe(`http://localhost:${config.port}/readyz`);
      }
    });

    it("puts Hive Gateway in front of the replicas with our gateway's limits and secret", () => {
      expect(hive.profiles).toEqual(['scale-out']);
      expect(hive.build?.dockerfile).toBe('deploy/hive-gateway/Dockerfile');
      const dockerfile = readFileSync(path.join(root, 'deploy/hive-gateway/Dockerfile'), 'utf8');
      expect(dockerfile).toMatch(/^COPY schema\/supergraph.graphql /m);
      expect(dockerfile).toMatch(/^COPY deploy\/hive-gateway\/gateway.config.ts /m);
      const env = hive.environment ?? {};
      const ours = readGatewayConfig(() => supergraph, compose.services.gateway.environment);
      const theirs = readGatewayConfig(() => supergraph, { ...env, GATEWAY_PORT: '4000' });
      expect(theirs.limits).toEqual(ours.limits);
      expect(theirs.subgraphTimeoutMs).toBe(ours.subgraphTimeoutMs);
      expect(theirs.sharedSecret).toBe(ours.sharedSecret);
      expect(hive.ports).toContain(`${env.GATEWAY_PORT}:${env.GATEWAY_PORT}`);
      for (const { name } of subgraphsIn(supergraph)) {
        const port = readSubgraphConfig(name, 0, scaled(name).environment).port;
        expect(theirs.subgraphUrls[name]).toBe(`http://${name}-scale:${port}/graphql`);
        expect(hive.depends_on?.[`${name}-scale`]).toEqual({ condition: 'service_healthy' });
      }
    });

    it('reads every variable the Hive config reads from the compose file', () => {
      const config = readFileSync(path.join(root, 'deploy/hive-gateway/gateway.config.ts'), 'utf8');
      const read = new Set(
        [...config.matchAll(/int\('([A-Z_]+)'|env\.([A-Z_]+)/g)].map(([, a, b]) => a ?? b),
      );
      for (const variable of read) expect(Object.keys(hive.environment ?? {})).toContain(variable);
    });
  });
});
