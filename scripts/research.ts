import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { projectRoot } from '../platform/paths';
import { barChart } from './lib/research/chart';
import { QUESTIONS, type Answer, type Question } from './lib/research/questions';

// `npm run research`: asks a running API (API_URL, default http://127.0.0.1:4000) the worked
// questions of docs/research.md, writes each chart to docs/research/<slug>.svg and rewrites the
// section between the markers with the queries, answer tables and readings. Run it after `npm
// start` on the committed data; commit what changes.

const START = '<!-- worked-questions:start -->';
const END = '<!-- worked-questions:end -->';

async function ask(api: string, question: Question): Promise<Record<string, unknown>> {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (!response.ok || body.errors?.length || !body.data)
    throw new Error(
      `${question.slug}: ${response.status} ${body.errors?.map((e) => e.message).join('; ') ?? ''}`,
    );
  return body.data;
}

const cell = (value: string | number | null) =>
  value === null ? '' : String(value).replace(/\|/g, '\\|');

function section(question: Question, answer: Answer, n: number): string {
  return [
    `### ${n}. ${question.question}`,
    '',
    question.method,
    '',
    '```graphql',
    question.query,
    '```',
    '',
    `| ${answer.columns.join(' | ')} |`,
    `| ${answer.columns.map(() => '---').join(' | ')} |`,
    ...answer.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    `![${question.question}](research/${question.slug}.svg)`,
    '',
    `**Reading:** ${answer.reading}`,
    '',
  ].join('\n');
}

async function main() {
  const api = (process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const root = projectRoot();
  const sections: string[] = [];
  for (const [i, question] of QUESTIONS.entries()) {
    const answer = question.answer(await ask(api, question));
    const svg = await barChart(question.question, answer.axis, answer.bars, answer.groupTitle);
    writeFileSync(path.join(root, 'docs', 'research', `${question.slug}.svg`), svg);
    sections.push(section(question, answer, i + 1));
    console.log(`${question.slug}: ${answer.rows.length} rows. ${answer.reading}`);
  }
  const file = path.join(root, 'docs', 'research.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/research.md lacks the ${START} markers`);
  const updated = `${text.slice(0, start + START.length)}\n\n${sections.join('\n')}\n${text.slice(end)}`;
  writeFileSync(file, await format(updated, { parser: 'markdown', filepath: file }));
  console.log('wrote docs/research.md and docs/research/*.svg');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
