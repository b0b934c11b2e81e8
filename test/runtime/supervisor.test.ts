import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../platform/logger';
import { freePort } from '../../scripts/lib/processes';
import { Supervisor } from '../../scripts/lib/supervisor';

// A stand-in service: answers /healthz on its PORT, exits with CRASH_AFTER_MS if set.
const SERVICE = `
const http = require('node:http');
http.createServer((req, res) => res.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');
if (process.env.CRASH_AFTER_MS) setTimeout(() => process.exit(3), Number(process.env.CRASH_AFTER_MS));
process.on('SIGTERM', () => process.exit(0));
`;

describe('the start supervisor', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supervisor-'));
  const script = path.join(dir, 'service.js');
  writeFileSync(script, SERVICE);
  const spec = (name: string, port: number, env: Record<string, string> = {}) => ({
    name,
    script,
    env: { ...process.env, PORT: String(port), ...env },
    healthUrl: `http://127.0.0.1:${port}/healthz`,
  });

  it('restarts a killed child, and the other keeps running', async () => {
    const supervisor = new Supervisor(createLogger('test', 'silent'), () => undefined, {
      backoffMs: 100,
    });
    try {
      // Free ports, not fixed ones: another suite's service may hold any fixed port.
      const [portA, portB] = [await freePort(), await freePort()];
      await supervisor.start(spec('a', portA));
      await supervisor.start(spec('b', portB));
      const { a, b } = supervisor.pids();
      process.kill(a!, 'SIGKILL');
      const deadline = Date.now() + 5_000;
      while (supervisor.restartCount('a') === 0 && Date.now() < deadline) await sleep(50);
      await sleep(500);
      expect(supervisor.restartCount('a')).toBe(1);
      expect(supervisor.pids().a).not.toBe(a);
      expect(supervisor.pids().b).toBe(b);
      expect((await fetch(`http://127.0.0.1:${portA}/healthz`)).ok).toBe(true);
      expect((await fetch(`http://127.0.0.1:${portB}/healthz`)).ok).toBe(true);
    } finally {
      await supervisor.stopAll();
    }
  });

  it('gives up on a crash loop (the start script then stops everything)', async () => {
    let gaveUp: string | undefined;
    const supervisor = new Supervisor(
      createLogger('test', 'silent'),
      (name) => {
        gaveUp = name;
      },
      { backoffMs: 20, maxRestarts: 2 },
    );
    try {
      await supervisor.start(spec('flaky', await freePort(), { CRASH_AFTER_MS: '300' }));
      const deadline = Date.now() + 8_000;
      while (!gaveUp && Date.now() < deadline) await sleep(50);
      expect(gaveUp).toBe('flaky');
    } finally {
      await supervisor.stopAll();
    }
  });
});
