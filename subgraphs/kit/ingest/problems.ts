/** One thing wrong with an input file, located so a person can find and fix it. */
export interface Problem {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when the problem is the whole file. */
  line: number;
  column?: string;
  reason: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}${problem.column ? ` [${problem.column}]` : ''}: ${problem.reason}`;
}

const SHOWN_IN_MESSAGE = 50;

/** What a rejected load found beyond the problems it kept. */
export interface RejectionSummary {
  /** Every problem found, kept or not. */
  total: number;
  /** Problems found per file, in the order the files were read. */
  perFile: [file: string, count: number][];
  /** The cap that stopped keeping problems, when it did. */
  cap?: number;
  /** Anything else the reader must know, e.g. files not checked against the database. */
  notes?: string[];
}

function perFile(problems: Problem[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { file } of problems) counts.set(file, (counts.get(file) ?? 0) + 1);
  return [...counts];
}

const count = (n: number) => n.toLocaleString('en-GB');

function headline(problems: Problem[], summary: RejectionSummary): string {
  const files = summary.perFile.length ? summary.perFile : perFile(problems);
  if (files.length <= 1) return files[0]?.[0] ?? 'input';
  return `${files.length} files (${files.map(([file, n]) => `${file}: ${count(n)}`).join(', ')})`;
}

/**
 * The input failed validation and nothing was written (a load that committed part of its work
 * throws `IngestCommitError` instead). `problems` holds the problems kept, `total` all found.
 */
export class IngestValidationError extends Error {
  readonly total: number;

  constructor(
    public readonly problems: Problem[],
    summary?: RejectionSummary,
  ) {
    const full: RejectionSummary = summary ?? {
      total: problems.length,
      perFile: perFile(problems),
    };
    const shown = problems.slice(0, SHOWN_IN_MESSAGE).map(formatProblem);
    const tail: string[] = [];
    if (problems.length > SHOWN_IN_MESSAGE)
      tail.push(`... and ${count(problems.length - SHOWN_IN_MESSAGE)} more listed in the report`);
    if (full.total > problems.length)
      tail.push(
        `... and ${count(full.total - problems.length)} more found but not kept (only the first ${count(full.cap ?? problems.length)} are kept; INGEST_MAX_PROBLEMS)`,
      );
    super(
      [
        `Rejected ${headline(problems, full)}: ${count(full.total)} problem(s); nothing was written.`,
        ...(full.notes ?? []),
        ...shown,
        ...tail,
      ].join('\n'),
    );
    this.name = 'IngestValidationError';
    this.total = full.total;
  }
}

/**
 * Collects the problems of a whole load (every file of every subgraph) into one report. It keeps
 * the first `cap` and only counts the rest, so a file of junk costs a counter, not memory.
 */
export class ProblemLog {
  readonly kept: Problem[] = [];
  total = 0;
  private readonly perFile = new Map<string, number>();
  private readonly notes: string[] = [];

  constructor(readonly cap: number) {}

  add(problem: Problem): void {
    this.total += 1;
    this.perFile.set(problem.file, (this.perFile.get(problem.file) ?? 0) + 1);
    if (this.kept.length < this.cap) this.kept.push(problem);
  }

  addAll(problems: Iterable<Problem>): void {
    for (const problem of problems) this.add(problem);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  error(): IngestValidationError {
    return new IngestValidationError(this.kept, {
      total: this.total,
      perFile: [...this.perFile],
      cap: this.total > this.kept.length ? this.cap : undefined,
      notes: this.notes,
    });
  }
}

/**
 * A multi-subgraph load whose validation passed but whose commits did not all succeed: the
 * subgraphs in `committed` hold the new data, those in `notCommitted` kept what they had.
 */
export class IngestCommitError extends Error {
  constructor(
    public readonly committed: string[],
    public readonly notCommitted: string[],
    cause: unknown,
  ) {
    super(
      `Committing the load failed at ${notCommitted[0]}: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        `Committed (hold the new data): ${committed.join(', ') || 'none'}. ` +
        `Not committed (kept what they had): ${notCommitted.join(', ')}. Run the ingest again to finish.`,
      { cause },
    );
    this.name = 'IngestCommitError';
  }
}
