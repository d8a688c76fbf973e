import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Language } from '../../src/schemas/language.js';
import type { Node } from '../../src/schemas/tree.js';
import { words } from '../../src/model/text.js';
import { disputedNotes } from '../../src/versioning/assemble.js';
import { toPlainText } from '../../src/data/text.js';
import { currency } from '../../src/site/pages/act.js';
import { citationText } from '../../src/site/citation.js';
import { disputedLibrary, PARA_1, partialLibrary, unrecordedLibrary } from '../fixtures/partial.js';

/*
 * The law in time where the collection is partial (test/fixtures/partial.ts: a law of 2010 with
 * only its 2020 edition), each rule in each language.
 */

/** What each language's 2020 text says in para. 2, which Law No. 5 of 2015 reworded. */
const LATER_WORDS: Record<Language, string> = { en: 'twice a year', ru: 'два раза в год', kk: 'жылына екі рет' };
const UNKNOWN: Record<Language, string> = {
  en: '2. [the wording on this date is not in the collection]',
  ru: '2. [текст на эту дату в коллекции отсутствует]',
  kk: '2. [осы күнгі мәтіні жинақта жоқ]',
};

function unitWords(tree: Node, eId: string): string | undefined {
  let found: string | undefined;
  visit(tree, (n) => {
    if ('eId' in n && n.eId === eId) found = words(n as Node);
  });
  return found;
}

describe.each(['en', 'ru', 'kk'] as const)('a law with only its latest edition, in %s', (lang) => {
  const library = partialLibrary([lang]);
  const act = library.acts.get('law-2010-1')!;
  const timeline = library.timeline('law-2010-1');

  it('starts each version when its change entered into force: bounded where it needs a publication date, exact on a stated date', () => {
    expect(timeline.versions.map((v) => [v.date, v.exact])).toEqual([
      ['2010-03-10', true],
      ['2015-06-01', false],
      ['2019-01-01', true],
      ['2020-01-01', true],
    ]);
  });

  it('records the exclusion of a sub-paragraph as that sub-paragraph\'s', () => {
    const exclusion = timeline.changes.find((c) => c.by.slug === 'law-2018-9')!;
    expect(exclusion.action).toBe('excluded');
    expect(exclusion.targets).toEqual(['para_3__subpara_2']);
  });

  it('never shows a later wording as the wording of an earlier date', () => {
    const doc = library.version(act, lang, '2010-03-10');
    expect(doc.missing).toEqual(expect.arrayContaining(['para_2', 'para_3']));
    expect(doc.missing).not.toContain('para_1');
    expect(unitWords(doc.tree, 'para_2')).not.toContain(LATER_WORDS[lang]);
    expect(unitWords(doc.tree, 'para_1')).toBeTruthy();
    // After the change, the 2020 wording is established: the edition holds it and no note records a later change.
    expect(unitWords(library.version(act, lang, '2015-06-01').tree, 'para_2')).toContain(LATER_WORDS[lang]);
  });

  it('names the act that changed a unknown wording, and offers the nearest wording with its period', () => {
    const doc = library.version(act, lang, '2010-03-10');
    const unknown = doc.unknown.find((u) => u.eId === 'para_2')!;
    expect(unknown.period).toEqual({ from: '2010-03-10', until: '2015-06-01' });
    expect(unknown.changedBy.map((c) => [c.by.slug, c.date])).toEqual([['law-2015-5', '2015-06-01']]);
    expect(unknown.nearest).toMatchObject({ edition: `law-2010-1/${lang}/2020-01-01`, lang, from: '2015-06-01' });
    expect(words(unknown.nearest!.node)).toContain(LATER_WORDS[lang]);
  });

  it('says so in the plain text of the version, in place', () => {
    const text = toPlainText(library.version(act, lang, '2010-03-10'));
    expect(text.split('\n')).toContain(UNKNOWN[lang]);
    expect(text).not.toContain(LATER_WORDS[lang]);
  });
});

describe.each(['en', 'ru', 'kk'] as const)('two editions that differ where no note records a change, in %s', (lang) => {
  const library = unrecordedLibrary([lang]);
  const act = library.acts.get('law-2010-1')!;

  it('shows each edition\'s wording on its own date, and says the wording between them is not known', () => {
    const timeline = library.timeline('law-2010-1');
    expect(timeline.versions.map((v) => v.date)).toEqual(['2010-03-10', '2012-05-01', '2015-06-01', '2019-01-01', '2020-01-01']);
    expect(unitWords(library.version(act, lang, '2012-05-01').tree, 'para_1')).toContain(PARA_1[lang].early);
    expect(unitWords(library.version(act, lang, '2020-01-01').tree, 'para_1')).toContain(PARA_1[lang].late);
    for (const date of ['2015-06-01', '2019-01-01']) {
      const doc = library.version(act, lang, date);
      expect(doc.missing, date).toContain('para_1');
      expect(doc.missing, date).not.toContain('para_2');
      const unknown = doc.unknown.find((u) => u.eId === 'para_1')!;
      expect(unknown.unrecorded).toEqual({ from: '2012-05-01', to: '2020-01-01' });
      expect(unknown.changedBy).toEqual([]);
      expect(toPlainText(doc)).not.toContain(PARA_1[lang].early);
      expect(toPlainText(doc)).not.toContain(PARA_1[lang].late);
    }
  });

  it('keeps the earlier wording back to the act\'s first day, where no note or text says otherwise', () => {
    expect(unitWords(library.version(act, lang, '2010-03-10').tree, 'para_1')).toContain(PARA_1[lang].early);
  });
});

describe('a note whose claim the texts contradict', () => {
  const library = disputedLibrary();
  const timeline = library.timeline('law-2010-1');

  it('is kept as a disagreement, not counted as a change', () => {
    expect(timeline.changes.map((c) => c.by.slug)).not.toContain('law-2016-7');
    expect(timeline.versions.map((v) => v.date)).not.toContain('2016-06-01');
    const d = timeline.disagreements.find((x) => x.kind === 'change-not-visible');
    expect(d).toMatchObject({ unit: 'para_1', lang: 'ru', contradicted: true });
    expect([...disputedNotes(timeline)].some((k) => k.startsWith('law-2010-1/kk/2020-01-01#'))).toBe(true);
  });

  it('does not hide a change the texts show', () => {
    expect(timeline.changes.map((c) => c.by.slug)).toContain('law-2018-9');
  });
});

describe('currency', () => {
  it('says the latest edition, and that the day the texts were taken is not recorded', () => {
    const act = partialLibrary().acts.get('law-2010-1')!;
    expect(currency(act, 'en')).toBe('The latest edition in the collection is that of 1 January 2020; when the texts were taken from their sources is not recorded. A later change would not be shown.');
    expect(currency(act, 'ru')).toMatch(/^Последняя редакция в коллекции — по состоянию на 1 января 2020 г\.; дата получения/);
    expect(currency(act, 'kk')).toMatch(/^Жинақтағы ең соңғы редакция — 2020 жылғы 1 қаңтардағы редакция; /);
  });

  it('says the last day the texts were taken, where recorded', () => {
    const act = partialLibrary().acts.get('law-2010-1')!;
    const provenance = { source: 'test', origin: 'test', sha256: '0'.repeat(64), translation: 'official' as const };
    act.editions.ru![0]!.provenance = { ...provenance, retrieved: '2026-11-25' };
    act.editions.kk![0]!.provenance = { ...provenance, retrieved: '2026-10-01' };
    expect(currency(act, 'en')).toBe('The latest edition in the collection is that of 1 January 2020; the texts were taken from their sources on 25 November 2026. A later change would not be shown.');
    expect(currency(act, 'kk')).toMatch(/мәтіндер дереккөздерден 2026 жылғы 25 қарашада алынды\./);
  });
});

describe('a citation of words in another language', () => {
  const act = partialLibrary().acts.get('law-2010-1')!;
  const cite = (lang: Language, wording?: Language) => citationText({ act, lang, ancestors: [], inAttachment: false, date: '2020-01-01', ...(wording ? { wording } : {}) });

  it('says an English text is an unofficial translation', () => {
    expect(cite('en')).toMatch(/\(as in force on 1 January 2020; unofficial translation\)$/);
    expect(cite('ru', 'en')).toMatch(/\(в редакции по состоянию на 1 января 2020 г\.; текст на английском языке, неофициальный перевод\)$/);
    expect(cite('kk', 'en')).toMatch(/\(2020 жылғы 1 қаңтардағы редакциясы; ағылшын тіліндегі ресми емес аударма\)$/);
  });

  it('names an official text of another language, and adds nothing to the page language\'s own', () => {
    expect(cite('en', 'ru')).toMatch(/; Russian text\)$/);
    expect(cite('ru', 'kk')).toMatch(/; текст на казахском языке\)$/);
    expect(cite('ru')).toMatch(/\(в редакции по состоянию на 1 января 2020 г\.\)$/);
    expect(cite('kk')).toMatch(/\(2020 жылғы 1 қаңтардағы редакциясы\)$/);
  });
});
