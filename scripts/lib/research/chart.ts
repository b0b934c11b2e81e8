import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

/** One bar of a chart: its label, its value, and the group that colours it. */
export interface Bar {
  label: string;
  value: number;
  group: string;
}

/**
 * A horizontal bar chart as SVG, drawn by Vega-Lite with no browser (the `none` renderer), so a
 * chart is a pure function of its bars: the same data give the same file.
 */
export async function barChart(
  title: string,
  axis: string,
  bars: readonly Bar[],
  groupTitle: string,
): Promise<string> {
  const spec = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: 520,
    height: { step: 18 },
    data: { values: bars.map((b) => ({ ...b })) },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: axis },
      color: { field: 'group', type: 'nominal', title: groupTitle },
    },
    config: { font: 'sans-serif', background: 'white' },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return `${svg}\n`;
}
