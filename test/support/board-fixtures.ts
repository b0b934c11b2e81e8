import path from 'node:path';
import { runLoaders } from '../../subgraphs/kit/ingest/loader';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import { placesLoader } from '../../subgraphs/neighbourhood-boards/ingest/places.loader';
import type { TestDatabase } from './databases';
import { fixturesDir } from './fixtures';

/**
 * The contributed files (organisations, status changes, members) are not in the published open
 * data, so tests load the fixtures on top of the real places, as one load with the module's
 * reference check. The fixture boards are real ids.
 */
export async function loadContributedFixtures(database: TestDatabase): Promise<void> {
  const { db, destroy } = database.open(neighbourhoodBoardsModule.schema);
  try {
    const steps = neighbourhoodBoardsModule.loaders
      .filter((loader) => loader !== placesLoader)
      .map((loader) => ({
        loader,
        filePath: path.join(fixturesDir('neighbourhood-boards'), loader.source.fileName),
      }));
    await runLoaders(db, steps, { integrity: neighbourhoodBoardsModule.integrity });
  } finally {
    await destroy();
  }
}
