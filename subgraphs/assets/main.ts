import 'reflect-metadata';
import { runSubgraphMain } from '../kit/main';
import { assetsModule } from './module';

void runSubgraphMain(assetsModule);
