import 'reflect-metadata';
import { runSubgraphMain } from '../kit/service/main';
import { notificationsModule } from './module';

void runSubgraphMain(notificationsModule);
