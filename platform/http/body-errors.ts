import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';

/** What body-parser tells about a body it could not read (`type` names the case). */
interface BodyError {
  type?: string;
  status?: number;
}

const REFUSALS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is over the limit of 1 MiB.' },
  'encoding.unsupported': {
    status: 415,
    message: 'The request body has a content encoding this API does not read.',
  },
  'charset.unsupported': { status: 415, message: 'The request body must be UTF-8.' },
  'request.aborted': { status: 400, message: 'The request body was not received whole.' },
};

/**
 * The last handler of every service: a body that cannot be read (malformed JSON, over 1 MiB,
 * an unknown encoding) is answered as a GraphQL error in JSON with a 4xx, never with Express's
 * HTML page, which carries the stack and the server's file paths. Anything else is a 500 that
 * says only that it was logged.
 */
export function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const refusal = error.type ? REFUSALS[error.type] : undefined;
    const status = refusal?.status ?? 500;
    if (!refusal) logger.error({ err: error }, 'request failed outside GraphQL');
    res.status(status).json({
      errors: [
        {
          message: refusal?.message ?? 'Internal server error: the failure was logged',
          extensions: { code: refusal ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  };
}
