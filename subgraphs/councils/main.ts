import 'reflect-metadata';
import { runSubgraphMain } from '../kit/service/main';
import { councilsModule } from './module';

void runSubgraphMain(councilsModule);
