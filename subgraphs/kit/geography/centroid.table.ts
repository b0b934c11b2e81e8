import type { LoadedColumns } from '../ingest/tables';

/**
 * The centre of a postcode or of an outward code (`<schema>.postcode_centroid`), from the
 * centroid files: a subgraph that places things by postcode keeps its own copy.
 */
export interface PostcodeCentroidTable extends LoadedColumns {
  /** `SW1A 1AA`, or the outward code alone (`SW1A`) for an outcode's centre. */
  code: string;
  kind: 'postcode' | 'outcode';
  latitude: number;
  longitude: number;
  /** For an outcode: how many postcodes its centre is the mean of. */
  postcode_count: number | null;
}
