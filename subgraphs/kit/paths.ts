import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (works from src and dist). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/**
 * The open-data directory, in the order DESIGN.md fixes: `DATA_DIR`; `./data` when it holds the
 * files; `../shared/data` beside the checkout. Returns null when none has them.
 */
export function resolveDataDir(
  requiredFiles: string[],
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const root = projectRoot();
  if (env.DATA_DIR) return path.resolve(root, env.DATA_DIR);
  const holdsFiles = (dir: string) =>
    requiredFiles.every((file) => existsSync(path.join(dir, file)));
  for (const candidate of [path.join(root, 'data'), path.join(root, '..', 'shared', 'data')]) {
    if (holdsFiles(candidate)) return candidate;
  }
  return null;
}
