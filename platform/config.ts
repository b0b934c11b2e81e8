import { z } from 'zod';

/** Raised once at start-up when the environment does not describe a runnable service. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);
export const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);
export const nonNegativeInt = (fallback: number) =>
  z.coerce.number().int().min(0).default(fallback);
export const postgresUrl = z
  .string()
  .url()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value),
    'must start with postgres:// or postgresql://',
  );
/** A switch: `true`/`false`, `1`/`0` or `on`/`off`. */
export const onOff = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'on', 'off'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'on'].includes(value));
/** The address a service listens on: loopback unless told otherwise (containers set 0.0.0.0). */
export const bindHost = z.string().min(1).default('127.0.0.1');
/** The secret the gateway sends each subgraph: required, so a subgraph never answers anyone. */
export const sharedSecret = z.string().min(16, 'must be at least 16 characters');
export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/**
 * Validates the environment once, at start-up, against a zod schema whose keys are the variable
 * names, so that every problem is reported together and by the name the operator has to fix.
 * `variables` reads a key from a variable of another name (a service's own `COUNCILS_PORT` as
 * `PORT`), so the result stays typed; problems still name the variable.
 */
export function readConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
  variables: Partial<Record<keyof Shape & string, string>> = {},
): z.infer<z.ZodObject<Shape>> {
  const variableOf = (key: string): string => variables[key] ?? key;
  const input = Object.fromEntries(Object.keys(shape).map((key) => [key, env[variableOf(key)]]));
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const [key, ...rest] = issue.path.map(String);
        const where = key === undefined ? '(environment)' : [variableOf(key), ...rest].join('.');
        return `${where}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

/** The prefix of a service's own variables: `NEIGHBOURHOOD_BOARDS` for `neighbourhood-boards`. */
export const envPrefix = (name: string): string => name.toUpperCase().replace(/-/g, '_');
