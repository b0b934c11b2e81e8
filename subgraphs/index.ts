import { registered, type RegisteredSubgraph } from './kit/service/module';
import { councilsModule } from './councils/module';
import { neighbourhoodBoardsModule } from './neighbourhood-boards/module';
import { assetsModule } from './assets/module';
import { fundingModule } from './funding/module';
import { notificationsModule } from './notifications/module';

/** Every subgraph, in the order their data loads (later ones may check references to earlier ones). */
export const subgraphModules: readonly RegisteredSubgraph[] = [
  registered(councilsModule),
  registered(neighbourhoodBoardsModule),
  registered(assetsModule),
  registered(fundingModule),
  // Last: it records the changes the loads before it made.
  registered(notificationsModule),
];
