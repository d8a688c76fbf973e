import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { RootContent } from 'mdast';
import { simpleBlock } from '../../src/pipeline/markdown-simple.js';
import { markdownPieces } from '../../src/pipeline/markdown-pieces.js';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { contentEditions, read } from '../helpers.js';

const remark = unified().use(remarkParse);

/** What remark-parse gives for `text` alone. */
const byRemark = (text: string) => remark.parse(text).children;
/** What the simple reading gives for `text` alone, as a list like remark's (empty if it declines). */
const bySimple = (text: string): RootContent[] => {
  const block = simpleBlock(text, 0, text.length, 1);
  return block ? [block] : [];
};
const plain = (nodes: unknown) => JSON.parse(JSON.stringify(nodes)) as unknown;

describe('simpleBlock', () => {
  it('writes a numbered paragraph as remark does: an ordered list of one item of one paragraph', () => {
    const text = '5. Совет созывается не реже\nодного раза в год.\n\n';
    expect(bySimple(text)).toEqual(byRemark(text));
    expect(bySimple(text)[0]).toMatchObject({ type: 'list', ordered: true, start: 5 });
    expect(bySimple('1) Текст.')).toEqual(byRemark('1) Текст.'));
  });

  it('writes a heading and a paragraph of words as remark does', () => {
    for (const text of ['### Статья 1', '## 3-бап. Мемлекеттік тіл', 'Президент Республики Казахстан\nподписал', '3-1. В пределах города', '«Закон» от 2008 года'])
      expect(bySimple(text), text).toEqual(byRemark(text));
    expect(bySimple('### Статья 1')[0]).toMatchObject({ type: 'heading', depth: 3 });
  });

  it('declines what needs a Markdown parser', () => {
    for (const text of [
      '1. 2. a', // a list in a list
      '1. - a',
      'Text  \nmore', // a hard break
      'Title\n===', // a setext heading
      'a\n- b', // a list that interrupts a paragraph
      '### Статья 1 ###', // a closing sequence
      '#  Two spaces',
      '> quoted',
      '*Сноска*',
      'a\\) b',
      'See [the law]',
      '&amp;',
      '<a id="st1"></a>',
      '    code',
      '1.\tTab',
      'a\r\nb',
      'a\n\nb', // two paragraphs
      '1. a\n\n   continued', // a loose item
    ])
      expect(bySimple(text), JSON.stringify(text)).toEqual([]);
  });

  it('gives remark’s nodes, positions included, for every stretch of the real editions it reads', () => {
    let read_ = 0;
    for (const file of contentEditions().filter((f) => f.endsWith('.md'))) {
      const text = read(file);
      for (const stretch of markdownPieces(text, { pieceSize: 0 })) {
        if (stretch.read !== 'markdown') continue;
        const block = simpleBlock(text, stretch.start, stretch.end, stretch.line);
        if (!block) continue;
        read_++;
        // remark on the stretch alone, its positions moved to the file's.
        const alone = text.slice(stretch.start, stretch.end).replace(/[\n ]+$/, '');
        const expected = JSON.stringify(byRemark(alone)).replace(/"line":(\d+),"column":(\d+),"offset":(\d+)/g, (_, l: string, c: string, o: string) => `"line":${Number(l) + stretch.line - 1},"column":${c},"offset":${Number(o) + stretch.start}`);
        expect(JSON.stringify([block]), `${file}:${stretch.line}`).toBe(expected);
      }
    }
    // Most of a legal text is such stretches: the rules must not have quietly stopped matching.
    expect(read_).toBeGreaterThan(5_000);
  });

  it('gives remark’s nodes for generated stretches wherever it reads them', () => {
    let accepted = 0;
    // Lines that mostly look like a legal text's, with a line start and characters that can make them Markdown.
    const starts = ['', '', '1. ', '12) ', '1.  ', '### ', '# ', '####### ', '- ', '+ ', '> ', '  ', '    ', '=', '---', '2. ', '«', '(', '"', '1)', '10.5 '];
    const words = fc.constantFrom('слово', 'Статья', 'word', 'сөз', ' ', ' ', '.', ',', '—', '-', '2', '»', '«', '"', ':', ';', '!', '?', '~', '|', '=', '#');
    const markup = fc.constantFrom('*', '_', '\\', '[', ']', '<', '&', '`', '\u00a0', '\t', '  ');
    const body = fc.array(fc.oneof({ weight: 20, arbitrary: words }, { weight: 1, arbitrary: markup }), { maxLength: 12 });
    const word = fc.constantFrom('слово', 'Статья', 'word', 'сөз', '2011');
    const line = fc.tuple(fc.constantFrom(...starts), word, body, word).map(([start, first, b, last]) => start + first + b.join('') + last);
    const stretch = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '\n', '\n\n', ' ', '\n  \n', '\r\n'))
      .map(([lines, end]) => lines.join('\n') + end);
    fc.assert(
      fc.property(stretch, (text) => {
        const simple = bySimple(text);
        if (simple.length) accepted++;
        return simple.length === 0 || JSON.stringify(simple) === JSON.stringify(plain(byRemark(text)));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
    // The generator must reach the rules, not only what they decline.
    expect(accepted).toBeGreaterThan(Number(process.env.FC_RUNS ?? 3000) / 20);
  });

  it('leaves every real Markdown edition’s parse as remark alone gives it', () => {
    for (const file of contentEditions().filter((f) => f.endsWith('.md'))) {
      const text = read(file);
      expect(JSON.stringify(parseEdition(text, { file })), file).toBe(JSON.stringify(parseEdition(text, { file, markdown: { remarkOnly: true } })));
    }
  });
});
