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

/** A file failed validation; nothing was written. `problems` lists every problem found. */
export class IngestValidationError extends Error {
  constructor(public readonly problems: Problem[]) {
    const shown = problems.slice(0, SHOWN_IN_MESSAGE).map(formatProblem);
    const more =
      problems.length > SHOWN_IN_MESSAGE
        ? [`... and ${problems.length - SHOWN_IN_MESSAGE} more`]
        : [];
    super(
      `Rejected ${problems[0]?.file ?? 'input'}: ${problems.length} problem(s); nothing was written.\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'IngestValidationError';
  }
}
