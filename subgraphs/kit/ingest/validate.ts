import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { CSV_OPTIONS, CsvRowReader, lineBreaks, type CsvRecord } from './csv';
import { requiredColumnsOf, type ImportStep, type PreparedInput } from './importer';
import { MEGABYTE, type IngestLimits } from './limits';
import type { Problem, ProblemLog } from './problems';
import { describeUtf8Fault, findUtf8Fault, StrictUtf8Decoder } from './utf8';

// By its code, not `instanceof`: Node's internal errors may come from another realm (jest's).
const isDecodeError = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

const size = (bytes: number) =>
  bytes >= MEGABYTE / 10
    ? `${(bytes / MEGABYTE).toFixed(1)} MB`
    : `${bytes.toLocaleString('en-GB')} bytes`;

/**
 * Streams a CSV file through the strict decoder and csv-parse into `reader`, hashing the bytes
 * on the way, so memory holds one chunk and the rows kept, never the whole text. Once the load
 * has found `log.cap` problems, parsing stops (csv-parse is most of the cost of a junk file) and
 * the rest of the file is only decoded, so it is still checked to be UTF-8 and its lines
 * counted; a note says from which line the file was not checked.
 */
async function streamCsv(
  filePath: string,
  file: string,
  reader: CsvRowReader<unknown>,
  hash: Hash,
  log: ProblemLog,
  report: (problem: Problem) => void,
): Promise<void> {
  const decoder = new StrictUtf8Decoder();
  const parser = parse(CSV_OPTIONS);
  let parseError: unknown;
  let parsing = true;
  let lines = 0;
  let lastText = '';
  parser.on('data', (record: string[]) => reader.add(record));
  parser.on('error', (error) => (parseError = error));
  const feed = async (text: string) => {
    lines += lineBreaks(text);
    if (text) lastText = text;
    if (parsing && log.total >= log.cap) {
      parsing = false;
      parser.destroy();
    }
    // `once` rejects if the parser fails meanwhile; the failure is in `parseError`.
    if (parsing && text && !parser.write(text)) await once(parser, 'drain').catch(() => undefined);
  };
  try {
    for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
      if (parseError) break;
      hash.update(chunk);
      await feed(decoder.write(chunk));
    }
    if (!parseError) await feed(decoder.end());
  } catch (error) {
    if (!isDecodeError(error)) throw error;
    parser.destroy();
    const fault = await findUtf8Fault(filePath);
    report({ file, line: fault?.line ?? 0, reason: describeUtf8Fault(fault) });
    return;
  }
  if (!parsing) {
    const total = lines + (lastText.endsWith('\n') ? 0 : 1);
    const from = reader.unchecked.rows > 0 ? reader.unchecked.fromLine : reader.lineReached + 1;
    if (from <= total)
      log.note(
        `${file}: lines ${from.toLocaleString('en-GB')} to ${total.toLocaleString('en-GB')} were not checked (only decoded as UTF-8): ${log.cap.toLocaleString('en-GB')} problems had been found (INGEST_MAX_PROBLEMS).`,
      );
    return;
  }
  parser.end();
  await finished(parser).catch(() => undefined);
  if (parseError) reader.fail(parseError);
  else reader.finish();
}

/** Reads a non-CSV file whole (it is under the size cap) for the importer's own `parse`. */
async function readWhole<DB>(
  step: ImportStep<DB>,
  parse: NonNullable<ImportStep<DB>['importer']['parse']>,
  file: string,
  hash: Hash,
  report: (problem: Problem) => void,
): Promise<CsvRecord<unknown>[]> {
  const bytes = await readFile(step.filePath);
  hash.update(bytes);
  const decoder = new StrictUtf8Decoder();
  let content: string;
  try {
    content = decoder.write(bytes) + decoder.end();
  } catch (error) {
    if (!isDecodeError(error)) throw error;
    const fault = await findUtf8Fault(step.filePath);
    report({ file, line: fault?.line ?? 0, reason: describeUtf8Fault(fault) });
    return [];
  }
  const { records, problems } = parse.call(step.importer, file, content);
  problems.forEach(report);
  return records;
}

/**
 * Reads one file and runs the checks that need no database: size, UTF-8, CSV shape, required
 * columns and every cell against the importer's `rowSchema`. Problems go to `log` (shared by the
 * whole import); the importer's `check` runs later, in the write phase, since it may read what
 * earlier files of the import wrote. Once any problem is found the rows are dropped: nothing will
 * be written.
 */
export async function validateFile<DB>(
  step: ImportStep<DB>,
  log: ProblemLog,
  limits: IngestLimits,
): Promise<PreparedInput<DB>> {
  const started = performance.now();
  const { importer } = step;
  const file = path.basename(step.filePath);
  const report = (problem: Problem) => log.add(problem);
  const hash = createHash('sha256');
  let records: CsvRecord<unknown>[] = [];

  const bytes = (await stat(step.filePath)).size;
  if (bytes > limits.maxFileBytes) {
    report({
      file,
      line: 0,
      reason: `is ${size(bytes)}, over the limit of ${size(limits.maxFileBytes)} for one file; it was not read (raise INGEST_MAX_FILE_MB to load it)`,
    });
  } else if (importer.parse) {
    records = await readWhole(step, importer.parse, file, hash, report);
  } else {
    const reader = new CsvRowReader(file, importer.rowSchema, requiredColumnsOf(importer), report, {
      keepRows: () => log.total === 0,
      checkCells: () => log.total < log.cap,
    });
    await streamCsv(step.filePath, file, reader, hash, log, report);
    records = reader.records;
  }
  if (log.total > 0) records = [];
  return {
    sourceId: importer.source.id,
    name: file,
    checksum: hash.digest('hex'),
    rows: records.length,
    ms: Math.round(performance.now() - started),
    check: async (trx) => (importer.check ? importer.check(trx, records, file) : []),
    write: (trx, run) => importer.write(trx, records, run),
  };
}

/** Validates files one after another (one in memory at a time), all problems into `log`. */
export async function validateFiles<DB>(
  steps: ImportStep<DB>[],
  log: ProblemLog,
  limits: IngestLimits,
): Promise<PreparedInput<DB>[]> {
  const inputs: PreparedInput<DB>[] = [];
  for (const step of steps) inputs.push(await validateFile(step, log, limits));
  return inputs;
}
