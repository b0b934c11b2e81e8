import 'reflect-metadata';
import { runSubgraphMain } from '../kit/main';
import { neighbourhoodBoardsModule } from './module';

void runSubgraphMain(neighbourhoodBoardsModule);
