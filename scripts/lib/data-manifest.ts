import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/paths';
import type { SourceDescriptor } from '../../subgraphs/kit/types/source';
import { subgraphModules } from '../../subgraphs';

/** One committed open-data file, as `data/manifest.json` lists it. */
export interface ManifestEntry {
  file: string;
  sourceId: string;
  dataset: string;
  publisher: string;
  url: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
  /** Version of the upstream data this copy is (commit, publication date). */
  version: string;
  /** Day this copy entered the project (or was last refreshed by `data:fetch`). */
  retrieved: string;
  sha256: string;
  bytes: number;
  /** `<subgraph>/<importer>` that reads it (several, comma-separated, when subgraphs share it). */
  importer: string;
  downloadUrl?: string;
}

export interface DataManifest {
  description: string;
  files: ManifestEntry[];
}

export const dataDir = () => path.join(projectRoot(), 'data');
export const manifestPath = () => path.join(dataDir(), 'manifest.json');

const DESCRIPTION =
  'The open-data snapshot this project serves: one entry per file an importer reads. Written by `npm run data:manifest` (and `npm run data:fetch`); a test checks every checksum. Re-use each file under its licence, with its attribution.';

export const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

export function readManifest(file = manifestPath()): DataManifest {
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as DataManifest)
    : { description: DESCRIPTION, files: [] };
}

/**
 * The published (non-optional) sources: the files `data/` must hold, one entry per file. A file
 * that several subgraphs load (each keeps its own copy of the facts it needs) is listed once,
 * with every importer that reads it; its descriptors must agree on the source id.
 */
export function committedSources(modules = subgraphModules): SourceDescriptor[] {
  const byFile = new Map<string, SourceDescriptor>();
  for (const source of modules.flatMap((module) => module.sources)) {
    if (source.optional) continue;
    const first = byFile.get(source.fileName);
    if (!first) byFile.set(source.fileName, source);
    else if (first.id !== source.id)
      throw new Error(
        `${source.fileName} is described as ${first.id} by ${first.importer} and as ${source.id} by ${source.importer}`,
      );
    else
      byFile.set(source.fileName, { ...first, importer: `${first.importer}, ${source.importer}` });
  }
  return [...byFile.values()];
}

/**
 * The manifest as the files in `dir` and the sources in the code give it. A file whose checksum
 * is unchanged keeps its retrieved date; a new or changed one is dated `today`.
 */
export function buildManifest(
  dir = dataDir(),
  previous = readManifest(),
  today = new Date().toISOString().slice(0, 10),
): DataManifest {
  const before = new Map(previous.files.map((entry) => [entry.file, entry]));
  const files = committedSources().map((source): ManifestEntry => {
    const content = readFileSync(path.join(dir, source.fileName));
    const checksum = sha256(content);
    const earlier = before.get(source.fileName);
    return {
      file: source.fileName,
      sourceId: source.id,
      dataset: source.dataset,
      publisher: source.publisher,
      url: source.url,
      licence: source.licence,
      licenceUrl: source.licenceUrl,
      attribution: source.attribution,
      version: source.version,
      retrieved: earlier?.sha256 === checksum ? earlier.retrieved : today,
      sha256: checksum,
      bytes: content.length,
      importer: source.importer,
      ...(source.downloadUrl ? { downloadUrl: source.downloadUrl } : {}),
    };
  });
  return { description: DESCRIPTION, files };
}

export const formatManifest = (manifest: DataManifest) => `${JSON.stringify(manifest, null, 2)}\n`;
