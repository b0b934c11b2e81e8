import 'reflect-metadata';
import { runSubgraphMain } from '../kit/main';
import { councilsModule } from './module';

void runSubgraphMain(councilsModule);
