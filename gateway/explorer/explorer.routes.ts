import type { Express, Request, Response } from 'express';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../platform/logger';
import { projectRoot } from '../../platform/paths';
import { EXPLORER_CSP, EXPLORER_CSS, EXPLORER_SCRIPT, explorerPage } from './explorer.page';
import { MAP_CSP, MAP_CSS, MAP_SCRIPT, mapPage } from './map.page';

/** A file of an npm package that the page loads, served from node_modules under a versioned URL. */
interface VendorFile {
  packageName: string;
  /** Path inside the package. */
  file: string;
}

const VENDOR_SCRIPTS: VendorFile[] = [
  { packageName: 'react', file: 'umd/react.production.min.js' },
  { packageName: 'react-dom', file: 'umd/react-dom.production.min.js' },
  { packageName: 'graphiql', file: 'graphiql.min.js' },
];
const VENDOR_STYLES: VendorFile[] = [{ packageName: 'graphiql', file: 'graphiql.min.css' }];
const MAP_SCRIPT_FILE: VendorFile = { packageName: 'leaflet', file: 'dist/leaflet.js' };
const MAP_STYLE_FILE: VendorFile = { packageName: 'leaflet', file: 'dist/leaflet.css' };
// Not loaded by the page; for the browser's developer tools.
const VENDOR_EXTRAS: VendorFile[] = [{ packageName: 'graphiql', file: 'graphiql.min.js.map' }];

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** `data/manifest.json`: every open-data file the graph is built from, with source and licence. */
export const manifestPath = () => path.join(projectRoot(), 'data', 'manifest.json');

/** A browser navigating to the endpoint: it prefers HTML to every GraphQL response type. */
export const prefersHtml = (req: Request): boolean =>
  req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
  'text/html';

function vendorAsset({ packageName, file }: VendorFile) {
  // Resolved through package.json: the packages' `exports` maps do not list these files.
  const packageJson = require.resolve(`${packageName}/package.json`);
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  return {
    // The version is in the URL, so the file can be cached for good.
    url: `/explorer/vendor/${packageName}@${version}/${file.split('/').pop()}`,
    file: path.join(path.dirname(packageJson), file),
  };
}

/**
 * The API explorer: a self-hosted GraphiQL at `/` and at `/graphql` for browsers (every other
 * request to `/graphql` goes on to Apollo Server untouched), its scripts and styles from this
 * process's node_modules, and `/sources`, the data manifest. Register before `/graphql`.
 */
export function registerExplorerRoutes(app: Express, logger: Logger): void {
  const scripts = VENDOR_SCRIPTS.map(vendorAsset);
  const styles = VENDOR_STYLES.map(vendorAsset);
  const mapScript = vendorAsset(MAP_SCRIPT_FILE);
  const mapStyle = vendorAsset(MAP_STYLE_FILE);
  for (const asset of [
    ...scripts,
    ...styles,
    ...VENDOR_EXTRAS.map(vendorAsset),
    mapScript,
    mapStyle,
  ]) {
    app.get(asset.url, (_req, res, next) => {
      res.sendFile(asset.file, { maxAge: ONE_YEAR_MS, immutable: true }, (error) => {
        if (error && !res.headersSent) next(error);
      });
    });
  }

  const page = explorerPage({
    scripts: [...scripts.map((asset) => asset.url), '/explorer/explorer.js'],
    styles: [...styles.map((asset) => asset.url), '/explorer/explorer.css'],
  });
  const sendPage = (res: Response) => {
    res
      .set({
        'content-security-policy': EXPLORER_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
        vary: 'Accept',
      })
      .type('html')
      .send(page);
  };

  app.get('/', (_req, res) => sendPage(res));
  app.get('/graphql', (req, res, next) => {
    if (prefersHtml(req)) sendPage(res);
    else next();
  });
  app.get('/explorer/explorer.js', (_req, res) => {
    res.set('cache-control', 'no-cache').type('text/javascript').send(EXPLORER_SCRIPT);
  });
  app.get('/explorer/explorer.css', (_req, res) => {
    res.set('cache-control', 'no-cache').type('text/css').send(EXPLORER_CSS);
  });

  const map = mapPage({ script: mapScript.url, style: mapStyle.url });
  app.get('/map', (_req, res) => {
    res
      .set({
        'content-security-policy': MAP_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      })
      .type('html')
      .send(map);
  });
  app.get('/explorer/map.js', (_req, res) => {
    res.set('cache-control', 'no-cache').type('text/javascript').send(MAP_SCRIPT);
  });
  app.get('/explorer/map.css', (_req, res) => {
    res.set('cache-control', 'no-cache').type('text/css').send(MAP_CSS);
  });

  app.get('/sources', async (_req, res) => {
    res.set('cache-control', 'no-cache');
    let text: string;
    try {
      text = await readFile(manifestPath(), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        res.status(404).json({ error: 'No data manifest: data/manifest.json is missing' });
      } else {
        logger.error({ err: error }, 'data/manifest.json could not be read');
        res.status(500).json({ error: 'The data manifest could not be read' });
      }
      return;
    }
    try {
      res.json(JSON.parse(text));
    } catch (error) {
      logger.error({ err: error }, 'data/manifest.json is not JSON');
      res.status(500).json({ error: 'The data manifest could not be read' });
    }
  });
}
