import path from 'node:path';
import { runImports } from '../../subgraphs/kit/ingest/pipeline';
import type { NeighbourhoodBoardsDatabase } from '../../subgraphs/neighbourhood-boards/src/database';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import type { TestDatabase } from './databases';
import { fixturesDir } from './fixtures';

/**
 * The contributed files (organisations, status changes, members: optional sources) are not in the
 * published open data, so tests load the fixtures on top of the real data, as one import with the
 * module's reference check. The fixture boards are real ids.
 */
export async function loadContributedFixtures(database: TestDatabase): Promise<void> {
  const target = database.open<NeighbourhoodBoardsDatabase>(neighbourhoodBoardsModule.schema);
  try {
    const steps = neighbourhoodBoardsModule.importers
      .filter((importer) => importer.source.optional)
      .map((importer) => ({
        importer,
        filePath: path.join(fixturesDir('neighbourhood-boards'), importer.source.fileName),
      }));
    await runImports(target, steps, { integrity: neighbourhoodBoardsModule.integrity });
  } finally {
    await target.destroy();
  }
}
