/** One open-data source as the manifest describes it; see `Source` for the public shape. */
export interface SourceDescriptor {
  /** Stable id, the same as in `shared/data/SOURCES.md` (e.g. `S-MYSOC-LA`). */
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
  format: 'csv';
  /** `<subgraph>/<loader>` that reads it. */
  loader: string;
  /** Caveats a researcher should read before relying on the data. */
  caveats?: string;
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
