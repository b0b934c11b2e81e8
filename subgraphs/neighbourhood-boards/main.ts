import 'reflect-metadata';
import { runSubgraphMain } from '../kit/service/main';
import { neighbourhoodBoardsModule } from './module';

void runSubgraphMain(neighbourhoodBoardsModule);
