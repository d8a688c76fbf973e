import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import EditionText from '../../src/components/EditionText.astro';
import { buildLibrary } from '../../src/model/library.js';
import { renderContext } from '../../src/site/render-context.js';
import type { Edition } from '../../src/schemas/edition.js';
import { parseFile } from '../helpers.js';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** Every element of an HTML fragment, parsed as a browser would. */
function elements(html: string): Element[] {
  const out: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (e) => void out.push(e as Element));
  return out;
}

/*
 * Text from a source is always text: an act whose source holds <script>, <img onerror>,
 * javascript: links and inline handlers renders them as visible, inert characters.
 */
async function render(file: string, lang: 'ru' | 'en') {
  const parsed = parseFile(file);
  const edition: Edition = { id: `decree-2020-1/${lang}/2020-02-01`, act: 'decree-2020-1', lang, date: '2020-02-01', file, ...parsed };
  const library = buildLibrary(
    [{ id: 'decree-2020-1', data: { type: 'decree', number: '1', date: '2020-02-01', titles: { [lang]: 'Hostile' }, status: { inForce: true }, repeals: [], editions: {} } }],
    [edition],
  );
  const ctx = renderContext({ library, act: library.acts.get('decree-2020-1')!, edition });
  const container = await AstroContainer.create();
  return container.renderToString(EditionText, { props: { tree: edition.tree, ctx } });
}

for (const [file, lang] of [
  ['test/fixtures/hostile/hostile.md', 'ru'],
  ['test/fixtures/hostile/hostile.txt', 'en'],
] as const) {
  describe(`the hostile fixture ${file}`, () => {
    it('renders no script, image, frame, svg or style element from the source', async () => {
      const tags = elements(await render(file, lang)).map((e) => e.tagName);
      for (const tag of ['script', 'img', 'iframe', 'svg', 'style', 'b', 'object', 'embed']) expect(tags).not.toContain(tag);
    });

    it('renders no event handler attribute and no javascript: URL', async () => {
      for (const element of elements(await render(file, lang))) {
        for (const [name, value] of Object.entries(element.properties)) {
          expect(name, `<${element.tagName} ${name}>`).not.toMatch(/^on/i);
          expect(String(value), `<${element.tagName} ${name}>`).not.toMatch(/^\s*javascript:/i);
        }
      }
    });

    it('shows the hostile markup as text', async () => {
      const html = await render(file, lang);
      expect(html).toContain('&lt;img src=&quot;x&quot; onerror=&quot;alert(&#39;img&#39;)&quot;&gt;');
      expect(html).toContain('&lt;iframe src=&quot;javascript:alert(&#39;frame&#39;)&quot;&gt;');
    });
  });
}
