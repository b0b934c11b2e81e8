import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { projectRoot } from '../../platform/paths';
import { describeWithChromium, openOfflinePage, type OfflinePage } from '../support/chromium';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

// What the page sees in the browser (the tests' TypeScript has no DOM library).
declare const document: {
  querySelectorAll(selector: string): { length: number };
  querySelector(
    selector: string,
  ): { textContent: string | null; getAttribute(name: string): string | null } | null;
  body: { getAttribute(name: string): string | null };
};

const SCREENSHOT = path.join(projectRoot(), 'test-artifacts', 'map.png');

describe('the map view (real data)', () => {
  let graph: TestGraph;
  let origin: string;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    origin = `http://127.0.0.1:${graph.gateway.port}`;
  });
  afterAll(() => graph?.stop());

  it('is served with a same-origin-only CSP, its Leaflet from node_modules', async () => {
    const response = await fetch(`${origin}/map`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    const html = await response.text();
    const script = /<script src="(\/explorer\/vendor\/leaflet@1\.9\.\d+\/leaflet\.js)"/.exec(html);
    expect(script).not.toBeNull();
    const leaflet = await fetch(`${origin}${script![1]}`);
    expect(leaflet.status).toBe(200);
    expect(html).not.toMatch(/<script>/);
  });

  describeWithChromium('in headless Chromium, offline', () => {
    let browser: OfflinePage | undefined;
    let page: Page;

    beforeAll(async () => {
      browser = await openOfflinePage();
      page = browser.page;
      await page.goto(`${origin}/map`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => document.body.getAttribute('data-map-ready') === 'true', {
        timeout: 60_000,
      });
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('draws every current council area with a boundary, and a marker per located asset', async () => {
      const councils = await graphql(
        graph.gateway.url,
        '{ councils(first: 100, filter: { active: true }) { totalCount } }',
      );
      const exported = (await (await fetch(`${origin}/export/assets.geojson`)).json()) as {
        features: { geometry: unknown }[];
      };
      const areas = await page.evaluate(
        () => document.querySelectorAll('path.council-area').length,
      );
      const markers = await page.evaluate(
        () => document.querySelectorAll('path.asset-marker').length,
      );
      // Every current council has an area: districts and unitaries from the LAD file, county
      // councils from the CTYUA file.
      expect(areas).toBe(councils.data!.councils.totalCount);
      const located = exported.features.filter((feature) => feature.geometry !== null).length;
      expect(markers).toBe(located);
      expect(markers).toBeGreaterThan(0);
      const status = await page.evaluate(() => document.querySelector('#map-status')?.textContent);
      expect(status).toBe(
        `${areas} council areas; ${markers} of ${exported.features.length} assets have a location`,
      );
    });

    it('locates a postcode, marks it and names its councils', async () => {
      const expected = await graphql(
        graph.gateway.url,
        '{ locate(postcode: "LL18 6EL") { district { name } } }',
      );
      await page.type('#map-postcode', 'LL18 6EL');
      await page.click('#map-locate button');
      await page.waitForFunction(
        () => document.querySelector('#map-place')?.getAttribute('data-located') !== null,
        { timeout: 30_000 },
      );
      const text = await page.evaluate(() => document.querySelector('#map-place')?.textContent);
      expect(text).toContain('LL18 6EL');
      expect(text).toContain(expected.data!.locate.district.name);
      expect(
        await page.evaluate(() => document.querySelectorAll('path.located-point').length),
      ).toBe(1);
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT as `${string}.png` });
    });

    it('made every request to this machine, without errors', () => {
      expect(browser!.foreign).toEqual([]);
      expect(browser!.requested).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^GET 127\.0\.0\.1:\d+\/export\/councils\.geojson$/),
          expect.stringMatching(/^GET 127\.0\.0\.1:\d+\/export\/assets\.geojson$/),
          expect.stringMatching(/^POST 127\.0\.0\.1:\d+\/graphql$/),
        ]),
      );
      expect(browser!.pageErrors).toEqual([]);
      expect(browser!.consoleErrors).toEqual([]);
    });
  });
});
