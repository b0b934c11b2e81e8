import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createLogger } from '../platform/logger';
import { onShutdown } from '../platform/shutdown';
import { readGatewayConfig } from './config';
import { startGateway } from './gateway';

async function main() {
  const logger = createLogger('gateway');
  try {
    const config = readGatewayConfig((file) => readFileSync(file, 'utf8'));
    logger.level = config.logLevel;
    const service = await startGateway(config, logger);
    onShutdown(logger, [service.stop], { timeoutMs: config.shutdownGraceMs + 5_000 });
  } catch (error) {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exitCode = 1;
  }
}

void main();
