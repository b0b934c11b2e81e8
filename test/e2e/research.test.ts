import { graphql, startTestGraph, type TestGraph } from '../support/services';
import { barChart } from '../../scripts/lib/research/chart';
import { QUESTIONS } from '../../scripts/lib/research/questions';

// docs/research.md's worked questions are written by `npm run research`: each question's query
// must keep working against the graph, and its chart must draw what its answer holds.

describe('the worked questions of docs/research.md (real data)', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  it.each(QUESTIONS.map((q) => [q.slug, q] as const))(
    '%s: the query answers, and the chart draws every bar',
    async (_slug, question) => {
      const response = await graphql(graph.gateway.url, question.query);
      expect(response.errors).toBeUndefined();
      const answer = question.answer(response.data);
      expect(answer.rows.length).toBeGreaterThan(0);
      for (const row of answer.rows) expect(row).toHaveLength(answer.columns.length);
      expect(answer.reading).not.toMatch(/NaN|undefined/);
      const svg = await barChart(question.question, answer.axis, answer.bars, answer.groupTitle);
      expect(svg.startsWith('<svg')).toBe(true);
      for (const bar of answer.bars) expect(svg).toContain(bar.label.replace(/&/g, '&amp;'));
    },
  );
});
