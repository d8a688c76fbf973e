import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, elements, htmlPages, sampledHtmlFiles } from './dist.js';

/** Every page of dist/ (one in ten of the compare pages between distant versions: see sampledHtmlFiles) is valid HTML by html-validate's recommended rules (.htmlvalidate.json). */
describe('html-validate over dist/', () => {
  it('reports zero errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of sampledHtmlFiles()) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file.slice(DIST.length)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Every page describes itself to search engines and link previews. */
describe('page metadata over dist/', () => {
  it('gives every page a title, a meta description and Open Graph tags, and every act page JSON-LD', () => {
    const problems: string[] = [];
    for (const { path, tree } of htmlPages(sampledHtmlFiles())) {
      const els = elements(tree);
      const meta = (attr: 'name' | 'property', key: string) => els.find((e) => e.tagName === 'meta' && e.properties[attr === 'name' ? 'name' : 'property'] === key)?.properties.content;
      if (!els.some((e) => e.tagName === 'title')) problems.push(`${path}: no <title>`);
      if (String(meta('name', 'description') ?? '').length < 20) problems.push(`${path}: no meta description`);
      for (const og of ['og:title', 'og:description', 'og:type', 'og:site_name']) if (!meta('property', og)) problems.push(`${path}: no ${og}`);
      // An address that leads to another page (one page per text) names it and stays out of search engines.
      const moved = els.some((e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'refresh');
      if (moved) {
        const to = /^0; url=(\/.*)$/.exec(String(els.find((e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'refresh')!.properties.content))?.[1];
        const canonical = els.find((e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical')?.properties.href;
        if (!to || canonical !== `https://kz-legislation.example${to}`) problems.push(`${path}: leads to ${to}, canonical ${canonical}`);
        if (meta('name', 'robots') !== 'noindex') problems.push(`${path}: a moved address without noindex`);
        continue;
      }
      const isActText = /^\/acts\/[^/]+\/(en|ru|kk)\/(\d{4}-\d{2}-\d{2}\/)?$/.test(path);
      if (isActText && !els.some((e) => e.tagName === 'script' && e.properties.type === 'application/ld+json')) problems.push(`${path}: no JSON-LD`);
    }
    expect(problems).toEqual([]);
  });
});
