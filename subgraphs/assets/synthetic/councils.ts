import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Region } from '../../kit/types/geography.enums';

/** A council the synthetic register places assets in: a real one, from the committed register. */
export interface SynthCouncil {
  code: string;
  /** GSS code: what `asset.council_id` holds for a current council. */
  gssCode: string;
  name: string;
  region: Region;
  latitude: number;
  longitude: number;
  areaKm2: number;
  population: number;
}

type CsvRow = Record<string, string>;

const REGIONS = new Map(Object.values(Region).map((region) => [String(region), region]));
/** The register's region, which the councils importer checks is one of `Region`. */
function regionOf(value: string): Region {
  const region = REGIONS.get(value);
  if (!region) throw new Error(`uk_local_authorities.csv: "${value}" is not a region of England`);
  return region;
}

/**
 * The current English lower-tier and unitary councils of `uk_local_authorities.csv` (the ones
 * that keep lists of assets of community value), with centroid, area and population.
 * Sorted by code so the generator does not depend on the file's row order.
 */
export function readSynthCouncils(csvPath: string): SynthCouncil[] {
  const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, bom: true }) as CsvRow[];
  const councils = rows
    .filter(
      (row) =>
        row.nation === 'England' &&
        !row['end-date'] &&
        row['lower-or-unitary'] === 'True' &&
        row['gss-code'] &&
        row.lat &&
        row.long,
    )
    .map((row) => ({
      code: row['local-authority-code'],
      gssCode: row['gss-code'],
      name: row['official-name'],
      region: regionOf(row.region),
      latitude: Number(row.lat),
      longitude: Number(row.long),
      // Missing area or population: a small town's worth, so the council still gets a few.
      areaKm2: Number(row.area) || 50,
      population: Number(row['pop-2020']) || 50_000,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  if (councils.length === 0) throw new Error(`${csvPath} holds no current English councils`);
  return councils;
}
