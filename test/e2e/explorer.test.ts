import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  COUNCIL_BY_NAME_EXAMPLE,
  COUNCIL_EXAMPLE,
  EXAMPLES,
  exampleTabQuery,
  NEIGHBOURHOOD_BOARDS_EXAMPLE,
  ASSETS_EXAMPLE,
  FUNDING_EXAMPLE,
} from '../../gateway/explorer/examples';
import { manifestPath } from '../../gateway/explorer/explorer.routes';
import { projectRoot } from '../../platform/paths';
import { describeWithChromium, openOfflinePage, type OfflinePage } from '../support/chromium';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

// What the page sees in the browser (the tests' TypeScript has no DOM library).
interface CodeMirrorElement {
  CodeMirror: { getValue(): string; setValue(text: string): void };
}
declare const document: {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): { length: number };
};

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SCREENSHOT = path.join(projectRoot(), 'test-artifacts', 'explorer.png');
const QUERY = '{ councils(first: 3) { totalCount nodes { name } } }';

describe('explorer examples', () => {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const exampleSection = readme.split('\n## Example\n')[1].split('\n## ')[0];

  it("are the README's example queries, as the README writes them", () => {
    const blocks = [...exampleSection.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toEqual([
      COUNCIL_EXAMPLE,
      NEIGHBOURHOOD_BOARDS_EXAMPLE,
      ASSETS_EXAMPLE,
      FUNDING_EXAMPLE,
    ]);
    const curlData = /--data '([^']*)'/.exec(exampleSection)?.[1];
    expect(JSON.parse(curlData!).query).toBe(COUNCIL_BY_NAME_EXAMPLE);
    expect(EXAMPLES.map((example) => example.query)).toEqual([
      COUNCIL_EXAMPLE,
      NEIGHBOURHOOD_BOARDS_EXAMPLE,
      ASSETS_EXAMPLE,
      FUNDING_EXAMPLE,
      COUNCIL_BY_NAME_EXAMPLE,
    ]);
  });
});

describe('explorer, served by the gateway on the real open data', () => {
  let graph: TestGraph;
  let origin: string;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    origin = `http://127.0.0.1:${graph.gateway.port}`;
  });
  afterAll(() => graph?.stop());

  describe('over HTTP', () => {
    it('serves the page to browsers at / and /graphql, with a same-origin-only CSP', async () => {
      for (const url of [`${origin}/`, `${origin}/graphql`]) {
        const response = await fetch(url, { headers: { accept: BROWSER_ACCEPT } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        const csp = response.headers.get('content-security-policy')!;
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("connect-src 'self'");
        expect(csp).not.toMatch(/https?:|\*/);
        const html = await response.text();
        expect(html).toContain('href="/sources"');
        // Every script and stylesheet is a path on this origin, and there is no inline script.
        const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
        expect(urls.filter((u) => !u.startsWith('/') && u !== 'data:,')).toEqual([]);
        expect(html).not.toMatch(/<script>/);
      }
    });

    it('serves every script and stylesheet the page loads from node_modules', async () => {
      const html = await (await fetch(`${origin}/`, { headers: { accept: 'text/html' } })).text();
      const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts).toEqual([
        expect.stringMatching(
          /^\/explorer\/vendor\/react@18\.\d+\.\d+\/react\.production\.min\.js$/,
        ),
        expect.stringMatching(/^\/explorer\/vendor\/react-dom@18\.[\d.]+\/react-dom\.production/),
        expect.stringMatching(/^\/explorer\/vendor\/graphiql@3\.[\d.]+\/graphiql\.min\.js$/),
        '/explorer/explorer.js',
      ]);
      for (const [urls, type] of [
        [scripts, /javascript/],
        [styles, /text\/css/],
      ] as const) {
        for (const url of urls) {
          const response = await fetch(`${origin}${url}`);
          expect({ url, status: response.status }).toEqual({ url, status: 200 });
          expect(response.headers.get('content-type')).toMatch(type);
          expect((await response.text()).length).toBeGreaterThan(100);
        }
      }
    });

    it('leaves /graphql as it was for every client that is not a browser', async () => {
      const query = encodeURIComponent('{ council(code: "SHF") { name } }');
      // Apollo's CSRF prevention still refuses a simple GET...
      const simple = await fetch(`${origin}/graphql?query=${query}`);
      expect(simple.status).toBe(400);
      expect(await simple.text()).toContain('CSRF');
      // ... and still answers one that carries the preflight header.
      const preflighted = await fetch(`${origin}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(preflighted.status).toBe(200);
      expect(await preflighted.json()).toMatchObject({ data: { council: { name: 'Sheffield' } } });
      // A JSON client asking for nothing gets Apollo's answer, not the page.
      const bare = await fetch(`${origin}/graphql`, { headers: { accept: 'application/json' } });
      expect(bare.status).toBe(400);
      expect(bare.headers.get('content-type')).not.toMatch(/html/);
      const posted = await graphql(graph.gateway.url, '{ council(code: "SHF") { name } }');
      expect(posted).toMatchObject({ status: 200, data: { council: { name: 'Sheffield' } } });
    });

    it('serves the data manifest at /sources, or says that there is none', async () => {
      const response = await fetch(`${origin}/sources`);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      if (existsSync(manifestPath())) {
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual(JSON.parse(readFileSync(manifestPath(), 'utf8')));
      } else {
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ error: expect.stringContaining('manifest') });
      }
    });

    it.each(EXAMPLES.map((example) => [example.operationName, example] as const))(
      'answers the %s example tab without errors',
      async (_name, example) => {
        const { status, data, errors } = await graphql(graph.gateway.url, exampleTabQuery(example));
        expect(errors).toBeUndefined();
        expect(status).toBe(200);
        expect(data!.council).not.toBeNull();
      },
    );
  });

  describeWithChromium('in headless Chromium, offline', () => {
    let browser: OfflinePage | undefined;
    let page: Page;

    const editorText = (selector: string) =>
      page.evaluate((selector: string) => {
        const editor = document.querySelector(selector) as CodeMirrorElement | null;
        return editor ? editor.CodeMirror.getValue() : null;
      }, selector);

    /** Runs the active tab and waits for a response that contains `expected`; returns it parsed. */
    async function run(expected: string): Promise<Record<string, unknown>> {
      await page.click('.graphiql-execute-button');
      const handle = await page.waitForFunction(
        (expected: string) => {
          const editor = document.querySelector(
            '.graphiql-response .CodeMirror',
          ) as CodeMirrorElement | null;
          const text = editor?.CodeMirror.getValue() ?? '';
          return text.includes(expected) ? text : false;
        },
        { timeout: 30_000 },
        expected,
      );
      return JSON.parse((await handle.jsonValue()) as string);
    }

    beforeAll(async () => {
      browser = await openOfflinePage();
      page = browser.page;
      await page.goto(`${origin}/graphql`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror', {
        timeout: 60_000,
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("opens with the README's examples as tabs, the first one active", async () => {
      await page.waitForFunction(
        (count: number) => document.querySelectorAll('.graphiql-tab').length === count,
        { timeout: 30_000 },
        EXAMPLES.length,
      );
      const titles = await page.$$eval('.graphiql-tab .graphiql-tab-button', (buttons) =>
        buttons.map((button) => (button.textContent ?? '').trim()),
      );
      expect(titles).toEqual(EXAMPLES.map((example) => example.operationName));
      expect(await editorText('.graphiql-query-editor .CodeMirror')).toBe(
        exampleTabQuery(EXAMPLES[0]),
      );
    });

    it('links to the sources and licences', async () => {
      const link = await page.$eval('a#explorer-sources', (a) => ({
        text: (a.textContent ?? '').trim(),
        href: a.getAttribute('href'),
        visible: (a as unknown as { offsetParent: unknown }).offsetParent !== null,
      }));
      expect(link).toEqual({ text: 'Sources and licences', href: '/sources', visible: true });
    });

    it('runs the first example against the gateway', async () => {
      const result = await run('"officialName"');
      expect(result).toMatchObject({
        data: { council: { name: 'Sheffield', officialName: 'Sheffield City Council' } },
      });
    });

    it('runs a query written into a new tab and shows the real data', async () => {
      await page.click('.graphiql-tab-add');
      await page.waitForFunction(
        (count: number) => document.querySelectorAll('.graphiql-tab').length === count,
        { timeout: 30_000 },
        EXAMPLES.length + 1,
      );
      await page.evaluate((query: string) => {
        const editor = document.querySelector(
          '.graphiql-query-editor .CodeMirror',
        ) as CodeMirrorElement;
        editor.CodeMirror.setValue(query);
      }, QUERY);
      // GraphiQL reads an edit 100 ms later (debounced); until then a run would send the
      // previous tab's operation name. Wait until it has parsed the new text.
      await page.waitForFunction(
        (query: string) => {
          const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as {
            CodeMirror: { documentAST?: { loc?: { source: { body: string } } } | null };
          } | null;
          return editor?.CodeMirror.documentAST?.loc?.source.body === query;
        },
        { timeout: 10_000 },
        QUERY,
      );

      const expected = await graphql(graph.gateway.url, QUERY);
      expect(expected.data!.councils.totalCount).toBe(455);
      const shown = await run('"totalCount": 455');
      // The page shows the whole response, cost included (`extensions.cost`).
      expect(shown).toEqual({ data: expected.data, extensions: { cost: expect.any(Object) } });
      await page.waitForFunction(
        (name: string) =>
          (
            (document.querySelector('.graphiql-response') as { textContent: string } | null)
              ?.textContent ?? ''
          ).includes(name),
        { timeout: 10_000 },
        expected.data!.councils.nodes[0].name,
      );

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT as `${string}.png` });
    });

    it('made every request to this machine, without errors', () => {
      expect(browser!.foreign).toEqual([]);
      // Not vacuous: the page, its assets and the queries all went through the interceptor.
      expect(browser!.requested).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^GET 127\.0\.0\.1:\d+\/graphql$/),
          expect.stringMatching(/^GET 127\.0\.0\.1:\d+\/explorer\/vendor\/graphiql@.*\.js$/),
          expect.stringMatching(/^GET 127\.0\.0\.1:\d+\/explorer\/vendor\/react@.*\.js$/),
          expect.stringMatching(/^POST 127\.0\.0\.1:\d+\/graphql$/),
        ]),
      );
      expect(browser!.pageErrors).toEqual([]);
      expect(browser!.consoleErrors).toEqual([]);
    });
  });
});
