import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** `describe` for suites that drive Chromium: skipped, with the reason in its name, without it. */
export function describeWithChromium(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) return describe(name, suite);
  const reason = `${CHROMIUM} is missing (apt-get install chromium)`;
  console.warn(`skipping "${name}": ${reason}`);
  describe.skip(`${name} [skipped: ${reason}]`, suite);
}

/** A headless Chromium page that may reach only this machine, and what it tried and said. */
export interface OfflinePage {
  page: Page;
  /** Every request, as `METHOD host/path`. */
  requested: string[];
  /** Requests for anywhere but this machine: refused, and a test should fail on any. */
  foreign: string[];
  pageErrors: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openOfflinePage(): Promise<OfflinePage> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cpg-chromium-'));
  const browser: Browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    protocolTimeout: 60_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${userDataDir}`,
    ],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const opened: OfflinePage = {
    page,
    requested: [],
    foreign: [],
    pageErrors: [],
    consoleErrors: [],
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  // Every request the page makes passes through here: anything not for this machine is refused.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return void request.continue();
    opened.requested.push(`${request.method()} ${url.host}${url.pathname}`);
    if (LOCAL_HOSTS.has(url.hostname)) return void request.continue();
    opened.foreign.push(request.url());
    return void request.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => opened.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  return opened;
}
