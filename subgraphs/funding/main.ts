import 'reflect-metadata';
import { runSubgraphMain } from '../kit/service/main';
import { fundingModule } from './module';

void runSubgraphMain(fundingModule);
