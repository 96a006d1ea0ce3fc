// The HTML the server sends: one shell per flavour (the page's script renders everything) and
// the index page. Only static strings go in here, never ticket text; every asset is local.
import { FLAVOURS, FLAVOUR_NAMES, listPath, ticketPath, type Flavour } from './routes.ts';

const HEAD = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">`;

/** The page shell of one flavour: its stylesheet, an empty root and its script. */
export function flavourShell(flavour: Flavour): string {
  return `<!doctype html>
<html lang="en">
<head>
${HEAD}
<title>${FLAVOUR_NAMES[flavour]} · Gvul demo helpdesk</title>
<link rel="stylesheet" href="/assets/${flavour}.css">
</head>
<body class="demo-${flavour}">
<div id="root"></div>
<script type="module" src="/assets/${flavour}.js"></script>
</body>
</html>
`;
}

/** The index page: a link to each flavour's ticket list and first ticket. */
export function indexPage(): string {
  const items = FLAVOURS.map(
    (f) =>
      `<li><a class="flavour" href="${listPath(f)}">${FLAVOUR_NAMES[f]}</a> <span>· <a href="${ticketPath(f, '1')}">ticket 1</a></span></li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
${HEAD}
<title>Gvul demo helpdesk</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 40rem; padding: 0 1rem; color: #1f2933; }
h1 { font-size: 1.5rem; }
li { margin: .5rem 0; }
a.flavour { font-weight: 600; }
span { color: #52606d; }
</style>
</head>
<body>
<h1>Gvul demo helpdesk</h1>
<p>Four imitation helpdesks served from this machine, for trying Gvul without a real helpdesk account.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
