/** One open-data source as the manifest describes it; see `Source` for the public shape. */
export interface SourceDescriptor {
  /** Stable id, the same as in the data compilers' SOURCES.md (e.g. `S-MYSOC-LA`). */
  id: string;
  /** Name of the dataset as its publisher gives it. */
  dataset: string;
  publisher: string;
  /** Page that describes the dataset (for people). */
  url: string;
  /** Direct download of the file we load, when one exists; `data:fetch` uses it. */
  downloadUrl?: string;
  /** Why there is no direct download, when there is none. */
  downloadNote?: string;
  licence: string;
  licenceUrl: string;
  /** Text that re-users must show, as the licence asks. */
  attribution: string;
  /** Version or date of the copy we load. */
  version: string;
  /** The file name in the data directory. */
  fileName: string;
  format: 'csv' | 'json';
  /** `<subgraph>/<importer>` that reads it. */
  importer: string;
  /** Caveats a researcher should read before relying on the data. */
  caveats?: string;
  /**
   * Set for files that need not exist (formats this project defines, filled by contributors):
   * says why. A missing optional file is skipped at load; a missing required one is an error.
   */
  optional?: string;
}

export const LICENCES = {
  ccBy4: { licence: 'CC-BY-4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' },
  oglV3: {
    licence: 'OGL-UK-3.0',
    licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  openParliamentV3: {
    licence: 'Open Parliament Licence v3.0',
    licenceUrl:
      'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
  },
} as const;

/** Files in a data directory that must be there for a load (optional ones may be absent). */
export const requiredFiles = (sources: SourceDescriptor[]): string[] =>
  sources.filter((source) => !source.optional).map((source) => source.fileName);

/**
 * Finds the manifest entry a stored row points at. A row with an unknown source is a bug (the
 * importers write only manifest ids), so the lookup throws rather than inventing provenance.
 */
export function sourceLookup(sources: SourceDescriptor[], owner: string) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (id: string): SourceDescriptor => {
    const source = byId.get(id);
    if (!source) throw new Error(`Unknown source id "${id}" in the ${owner} schema`);
    return source;
  };
}
