import 'reflect-metadata';
import { runSubgraphMain } from '../kit/service/main';
import { assetsModule } from './module';

void runSubgraphMain(assetsModule);
