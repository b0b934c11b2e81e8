import { EXAMPLES, exampleTabQuery } from './examples';

/** What the page's boot script reads from its JSON script tag. */
export interface ExplorerConfig {
  /** Where queries go: this origin's `/graphql`. */
  endpoint: string;
  /** Sent with every query: Apollo's CSRF prevention refuses requests without it or a JSON type. */
  headers: Record<string, string>;
  tabs: { query: string }[];
}

export const EXPLORER_CONFIG: ExplorerConfig = {
  endpoint: '/graphql',
  headers: { 'apollo-require-preflight': 'true' },
  tabs: EXAMPLES.map((example) => ({ query: exampleTabQuery(example) })),
};

/**
 * Everything the page loads comes from this origin. GraphiQL and CodeMirror set inline styles,
 * hence 'unsafe-inline' for styles only; its fonts are data: URLs inside its stylesheet.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ExplorerAssets {
  scripts: string[];
  styles: string[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that is safe inside a <script> element (no `</script>`, no HTML comment openers). */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** The explorer's HTML: a title bar with the sources link, then GraphiQL filling the window. */
export function explorerPage(assets: ExplorerAssets, config: ExplorerConfig = EXPLORER_CONFIG) {
  const styles = assets.styles
    .map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`)
    .join('\n');
  const scripts = assets.scripts
    .map((src) => `    <script src="${escapeHtml(src)}" defer></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Community power graph: API explorer</title>
    <link rel="icon" href="data:," />
${styles}
    <script type="application/json" id="explorer-config">${scriptJson(config)}</script>
${scripts}
  </head>
  <body>
    <header class="explorer-bar">
      <strong>Community power graph</strong>
      <span class="explorer-note">GraphQL API explorer, served by this gateway: nothing loads from elsewhere</span>
      <a id="explorer-map" href="/map">Map</a>
      <a id="explorer-sources" href="/sources">Sources and licences</a>
    </header>
    <main id="graphiql"><p class="explorer-loading">Loading the explorer…</p></main>
    <noscript>The explorer needs JavaScript. Send queries to POST /graphql instead.</noscript>
  </body>
</html>
`;
}

/** Layout of the page around GraphiQL (GraphiQL brings its own stylesheet). */
export const EXPLORER_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.explorer-bar { display: flex; align-items: baseline; gap: 1rem; padding: 0.5rem 1rem;
  border-bottom: 1px solid #d0d7de; background: #f6f8fa; font-size: 14px; }
.explorer-note { color: #57606a; flex: 1; }
.explorer-bar a { color: #0969da; }
#graphiql { flex: 1; min-height: 0; }
.explorer-loading { padding: 1rem; color: #57606a; }
`;

/**
 * The boot script (served as a file so the CSP needs no inline script): reads the JSON config
 * and renders GraphiQL with React, both loaded by the page from this origin.
 */
export const EXPLORER_SCRIPT = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var fetcher = GraphiQL.createFetcher({
    url: new URL(config.endpoint, window.location.href).toString(),
    headers: config.headers,
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: false,
    }),
  );
})();
`;
