import 'reflect-metadata';
import { runSubgraphMain } from '../kit/main';
import { fundingModule } from './module';

void runSubgraphMain(fundingModule);
