/**
 * Dev-server middleware: `/ssr/<bureau>/<tag>.html?lang=en&unit=元&theme=dark&table=…` is a page holding
 * the server render of one element (dist/ssr, so build first) on one of demo/data's bureaus,
 * served with `Content-Security-Policy: script-src 'none'`: what a reader gets with no script.
 * `?flat` serves `render --flat` instead: light DOM, inline flat stylesheet. `?hydrate` serves the
 * render with its document inline, under `script-src 'self'`, for test/ssr/hydrate.test.ts to load
 * the hydrating bundle into; `?hydrate&strict` forbids inline styles as well.
 * `/site/…` serves a site built from those bureaus (see sitePage).
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const DATA = new URL('../demo/data/', import.meta.url);

let built;
/** `budget-widgets site` over demo/data's bureaus, built once per server into a temporary folder. */
function demoSite() {
  built ??= (async () => {
    const { run } = await import('../dist/cli/run.js');
    const files = (await readdir(DATA)).filter((name) => name.endsWith('.json')).map((name) => new URL(name, DATA).pathname);
    const dir = join(await mkdtemp(join(tmpdir(), 'budget-site-')), 'site');
    const errors = [];
    const code = await run(['site', ...files, '-o', dir], { stdout: { write() {} }, stderr: { write: (text) => errors.push(text) } });
    if (code !== 0) throw new Error(errors.join(''));
    return dir;
  })();
  return built;
}

const TYPES = { '.html': 'html', '.css': 'css', '.js': 'js', '.json': 'json', '.csv': 'text/csv' };

/**
 * `/site/…`: a file of that site, served with `script-src 'none'` as well, so that its pages are
 * read as with scripts off (the bundle it copies in is not run); `?scripts` allows the site's own.
 */
async function sitePage(context) {
  const path = decodeURIComponent(context.path.slice('/site/'.length)) || 'index.html';
  if (path.split('/').includes('..')) return (context.status = 404);
  const body = await readFile(join(await demoSite(), path)).catch(() => undefined);
  if (body === undefined) return (context.status = 404);
  // `?scripts`: the same page with its own scripts allowed, as a reader with scripts on gets it. Its
  // server renders bring their styles inline (a <style> in each shadow root, a tile's place in its
  // `style`), which a policy without 'unsafe-inline' for styles would leave unstyled (README, site).
  context.set('Content-Security-Policy', 'scripts' in context.query ? "default-src 'self'; style-src 'self' 'unsafe-inline'" : "script-src 'none'");
  context.type = TYPES[extname(path)] ?? 'application/octet-stream';
  context.body = body;
}

export async function ssrPages(context, next) {
  if (context.path.startsWith('/site/')) return sitePage(context);
  const match = /^\/ssr\/([a-z0-9-]+)\/([a-z-]+)\.html$/.exec(context.path);
  if (!match) return next();
  const [, bureau, tag] = match;
  const { renderElement } = await import('../dist/ssr/render.js');
  const { isElementTag } = await import('../dist/ssr/elements.js');
  const { validateText } = await import('../dist/data/validate.js');
  const text = await readFile(new URL(`${bureau}.json`, DATA), 'utf8').catch(() => undefined);
  const result = text === undefined ? undefined : validateText(text);
  if (!result?.ok || !isElementTag(tag)) {
    context.status = 404;
    return;
  }
  const lang = context.query.lang === 'en' ? 'en' : 'zh-CN';
  const attributes = Object.fromEntries(['unit', 'theme', 'table'].filter((name) => context.query[name]).map((name) => [name, String(context.query[name])]));
  // `?hydrate`: with the document inline and scripts from this origin allowed, for the page to load the hydrating bundle into.
  const hydrate = 'hydrate' in context.query;
  const ssr = renderElement(result.document, { tag, lang, attributes, inlineDocument: hydrate });
  const { flatten } = await import('../dist/ssr/flatten.js');
  const { FLAT_STYLE } = await import('../dist/ssr/flat-style.js');
  const body = 'flat' in context.query ? `<style>${FLAT_STYLE}</style>\n${flatten(ssr)}` : ssr;
  // Scripts of this origin only; inline style attributes stay allowed, as a server render's treemap needs them to lay out (see README, Hydration).
  // `&strict`: inline styles forbidden too (a `<style>` and `style` attributes), as some hosts' policies do.
  const policy = hydrate ? `script-src 'self'${'strict' in context.query ? "; style-src 'self'" : ''}` : "script-src 'none'";
  context.set('Content-Security-Policy', policy);
  context.type = 'html';
  context.body = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${tag} · ${bureau}</title></head>
<body><main>
${body}
</main></body>
</html>
`;
}
