import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../src/pipeline/parse-edition.js';
import { coverage } from '../../src/pipeline/coverage.js';
import type { Provision } from '../../src/schemas/tree.js';
import { visit } from 'unist-util-visit';

/*
 * The catalogue of note and stub phrasings, one small fixture per phrasing and language, in the
 * layouts they are printed in: Markdown corpora (bold or `###` headings, notes in `> *…*` at
 * the end of the unit) and adilet text (indented lines, notes under the heading). Each says what
 * the record must be: which unit it amends, how, and by which act.
 */

interface Expected {
  eId: string | 'act';
  action: string;
  acts: string[];
}

function read(text: string, file: string) {
  const result = parseEdition(text, { file });
  expect(coverage(text, result.tree).uncovered).toEqual([]);
  const status = new Map<string, string>();
  visit(result.tree, 'provision', (p) => void status.set((p as Provision).eId, (p as Provision).status));
  const records = result.amendments.map((a) => ({
    eId: a.target.kind === 'act' ? 'act' : (a.target as { eId: string }).eId,
    action: a.action,
    acts: a.amendingActs.map((x) => x.number),
  }));
  const warnings = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}: ${d.code}`);
  return { records, status, warnings };
}

const RU_RULE = '(вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)';
const KK_RULE = '(алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)';
const EN_RULE = '(shall be enforced upon expiry of ten calendar days after the day of its first official publication)';

describe('exclusion stubs at every level', () => {
  const cases: Array<{ name: string; file: string; text: string; excluded: string; expected: Expected }> = [
    {
      name: 'a Russian article whose bold heading is its stub',
      file: 'x/ru/2020-01-01.md',
      text: `# Закон\n\n**Статья 1. Цели**\n\n1. Текст.\n\n**Статья 2. Исключена Законом РК от 27.04.2018 № 149-VІ ${RU_RULE}.**\n\n**Статья 3. Сфера**\n\n1. Текст.\n`,
      excluded: 'art_2',
      expected: { eId: 'art_2', action: 'excluded', acts: ['149-VI'] },
    },
    {
      name: 'a Russian article with only its designation in bold',
      file: 'x/ru/2020-01-01.md',
      text: `# Закон\n\n**Статья 1. Цели**\n\n1. Текст.\n\n**Статья 2.** Исключена Законом РК от 03.07.2020 № 357-VІ.\n`,
      excluded: 'art_2',
      expected: { eId: 'art_2', action: 'excluded', acts: ['357-VI'] },
    },
    {
      name: 'a Russian article stub under a Markdown heading',
      file: 'x/ru/2020-01-01.md',
      text: `# Закон\n\n### Статья 1. Цели\n\n1. Текст.\n\n### Статья 2. Исключена Законом РК от 29.04.2009 № 154-IV (порядок введения в действие см. ст.2).\n`,
      excluded: 'art_2',
      expected: { eId: 'art_2', action: 'excluded', acts: ['154-IV'] },
    },
    {
      name: 'a Kazakh article stub',
      file: 'x/kk/2020-01-01.md',
      text: `# Заң\n\n**1-бап. Мақсаттар**\n\n1. Мәтін.\n\n**2-бап. Алып тасталды - ҚР 27.04.2018 № 149-VI Заңымен ${KK_RULE}.**\n`,
      excluded: 'art_2',
      expected: { eId: 'art_2', action: 'excluded', acts: ['149-VI'] },
    },
    {
      name: 'an English adilet article stub "Is excluded by"',
      file: 'x/en/2020-01-01.txt',
      text: `On something\n\n      Article 1. Purposes\n\n      1. Text.\n\n      Article 2. Is excluded by the Law of the Republic of Kazakhstan dated 27.04.2018 No. 149-VI ${EN_RULE}.\n`,
      excluded: 'art_2',
      expected: { eId: 'art_2', action: 'excluded', acts: ['149-VI'] },
    },
    {
      name: 'an English adilet article stub "Excluded by"',
      file: 'x/en/2020-01-01.txt',
      text: `On something\n\n      Article 1. Purposes\n\n      1. Text.\n\n      Article 2. Excluded by the Law of the Republic of Kazakhstan dated 03.07.2020 No. 357-VI.\n`,
      excluded: 'art_2',
      expected: { eId: 'art_2', action: 'excluded', acts: ['357-VI'] },
    },
    {
      name: 'a Russian adilet chapter stub',
      file: 'x/ru/2020-01-01.txt',
      text: `Закон\n\n      Глава 1. Общие положения\n\n      Статья 1. Цели\n\n      1. Текст.\n\n      Глава 2. Исключена Законом РК от 03.07.2020 № 357-VІ.\n`,
      excluded: 'chp_2',
      expected: { eId: 'chp_2', action: 'excluded', acts: ['357-VI'] },
    },
    {
      name: 'a Kazakh paragraph stub',
      file: 'x/kk/2020-01-01.txt',
      text: `Ереже\n\n      1. Мәтін.\n\n      2. Алып тасталды - ҚР Президентінің 2012.12.21 № 450 Жарлығымен.\n`,
      excluded: 'para_2',
      expected: { eId: 'para_2', action: 'excluded', acts: ['450'] },
    },
    {
      name: 'a Russian sub-paragraph stub',
      file: 'x/ru/2020-01-01.md',
      text: `# Закон\n\n**Статья 1. Цели**\n\n1. Задачи:\n\n   1) первая;\n\n   2) исключен Законом РК от 27.04.2018 № 149-VІ ${RU_RULE};\n\n   3) третья.\n`,
      excluded: 'art_1__para_1__subpara_2',
      expected: { eId: 'art_1__para_1__subpara_2', action: 'excluded', acts: ['149-VI'] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { records, status, warnings } = read(c.text, c.file);
      expect(status.get(c.excluded)).toBe('excluded');
      expect(records).toContainEqual(c.expected);
      expect(warnings).toEqual([]);
    });
  }

  it('keeps a heading that merely mentions exclusion in its title in force', () => {
    const { status } = read(`# Закон\n\n**Статья 1. Исключение из реестра**\n\n1. Текст.\n`, 'x/ru/2020-01-01.md');
    expect(status.get('art_1')).toBe('in-force');
  });
});

describe('a note that a unit was added amends that unit, wherever it is printed', () => {
  const cases: Array<{ name: string; file: string; text: string; expected: Expected }> = [
    {
      name: 'Russian, printed at the end of the unit before the new one',
      file: 'x/ru/2020-01-01.md',
      text: `# Закон\n\n**Статья 3. Цели**\n\n1. Текст.\n\n> *Сноска. Закон дополнен статьей 3-1 в соответствии с Законом РК от 27.04.2018 № 149-VІ ${RU_RULE}.*\n\n**Статья 3-1. Новая**\n\n1. Текст.\n`,
      expected: { eId: 'art_3-1', action: 'supplemented', acts: ['149-VI'] },
    },
    {
      name: 'Russian, printed at the end of the new unit (Markdown corpora)',
      file: 'x/ru/2020-01-01.md',
      text: `# Закон\n\n## Раздел 1. Порядок\n\n### Статья 14. Старая\n\nТекст.\n\n### Статья 14-1. Новая\n\n1. Текст.\n\n> *Сноска. Раздел 1 дополнен статьей 14-1 в соответствии с Законом РК от 21.01.2013 № 72-V; с изменением, внесенным Законом РК от 19.04.2023 № 223-VII ${RU_RULE}.*\n`,
      expected: { eId: 'art_14-1', action: 'supplemented', acts: ['72-V', '223-VII'] },
    },
    {
      name: 'Russian "введена"',
      file: 'x/ru/2020-01-01.txt',
      text: `Кодекс\n\n      Статья 14. Старая\n\n      Текст.\n\n      Статья 14-1. Новая\n\n      Сноска. Статья 14-1 введена Законом Республики Казахстан от 24 декабря 2001 года N 276.\n\n      Текст новой статьи.\n`,
      expected: { eId: 'art_14-1', action: 'supplemented', acts: ['276'] },
    },
    {
      name: 'Kazakh, the number before the unit word ("3-бөлім 14-1-баппен толықтырылды")',
      file: 'x/kk/2020-01-01.md',
      text: `# Заң\n\n### 14-бап. Ескі\n\nМәтін.\n\n### 14-1-бап. Жаңа\n\n1. Мәтін.\n\n> *Ескерту. 3-бөлім 14-1-баппен толықтырылды – ҚР 30.06.2021 № 60-VII ${KK_RULE} Заңымен.*\n`,
      expected: { eId: 'art_14-1', action: 'supplemented', acts: ['60-VII'] },
    },
    {
      name: 'Kazakh, printed before the new unit',
      file: 'x/kk/2020-01-01.md',
      text: `# Заң\n\n**3-бап. Мақсаттар**\n\n1. Мәтін.\n\n> *Ескерту. Заң 3-1-баппен толықтырылды - ҚР 27.04.2018 № 149-VI Заңымен ${KK_RULE}.*\n\n**3-1-бап. Жаңа бап**\n\n1. Мәтін.\n`,
      expected: { eId: 'art_3-1', action: 'supplemented', acts: ['149-VI'] },
    },
    {
      name: 'English, "The Law is supplemented by Article 5-1", printed before it',
      file: 'x/en/2020-01-01.txt',
      text: `On something\n\n      Article 5. Purposes\n\n      1. Text.\n\n      Footnote. The Law is supplemented by Article 5-1 in accordance with the Law of the Republic of Kazakhstan dated 27.04.2018 No. 149-VI ${EN_RULE}.\n\n      Article 5-1. New article\n\n      1. Text.\n`,
      expected: { eId: 'art_5-1', action: 'supplemented', acts: ['149-VI'] },
    },
    {
      name: 'a paragraph added to a decree, Russian',
      file: 'x/ru/2020-01-01.txt',
      text: `Положение\n\n      5. Текст.\n\n      Сноска. Положение дополнено пунктом 5-1 в соответствии с Указом Президента РК от 24.01.2019 № 828.\n\n      5-1. Новый текст.\n\n      6. Текст.\n`,
      expected: { eId: 'para_5-1', action: 'supplemented', acts: ['828'] },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { records, warnings } = read(c.text, c.file);
      expect(records).toContainEqual(c.expected);
      expect(warnings).toEqual([]);
    });
  }

  it('reports a note naming an added unit that is neither around it nor next, and keeps it on the act', () => {
    const text = `# Закон\n\n**Статья 3. Цели**\n\n1. Текст.\n\n> *Сноска. Закон дополнен статьей 3-2 в соответствии с Законом РК от 27.04.2018 № 149-VІ.*\n\n**Статья 3-1. Новая**\n\n1. Текст.\n`;
    const { records, warnings } = read(text, 'x/ru/2020-01-01.md');
    expect(records).toContainEqual({ eId: 'act', action: 'supplemented', acts: ['149-VI'] });
    expect(warnings).toEqual(['7: footnote-target-mismatch']);
  });
});

describe('other phrasings', () => {
  it('reads "throughout the text" in three languages as a change of the whole act', () => {
    const notes = [
      ['x/ru/2020-01-01.md', '> *Сноска. По всему тексту слова "аул (село)" заменены словом "село" Законом РК от 21.01.2013 № 72-V.*'],
      ['x/kk/2020-01-01.md', '> *Ескерту. Бүкіл мәтін бойынша "ауыл (село)" сөздері "ауыл" сөзімен ауыстырылды - ҚР 21.01.2013 № 72-V Заңымен.*'],
      ['x/en/2020-01-01.md', '> *Footnote. Throughout the text the words "aul (village)" are replaced by the word "village" by the Law of the Republic of Kazakhstan dated 21.01.2013 No. 72-V.*'],
    ];
    for (const [file, note] of notes) {
      const { records } = read(`# Закон\n\n${note}\n\n1. Текст.\n`, file!);
      expect(records, file).toContainEqual({ eId: 'act', action: 'words-replaced', acts: ['72-V'] });
    }
  });

  it('reads "in the wording of" and several acts in one note', () => {
    const text = `# Закон\n\n**Статья 3. Цели**\n\n> *Сноска. Статья 3 в редакции Закона РК от 27.04.2018 № 149-VІ ${RU_RULE}; с изменениями, внесенными Законом РК от 03.07.2020 № 357-VІ.*\n\n1. Текст.\n`;
    const { records } = read(text, 'x/ru/2020-01-01.md');
    expect(records).toContainEqual({ eId: 'art_3', action: 'reworded', acts: ['149-VI', '357-VI'] });
  });
});

describe('the header lines of an adilet export', () => {
  const head = (text: string, file: string) =>
    parseEdition(text, { file }).tree.children.slice(0, 4).map((c) => [c.type, 'role' in c ? c.role : '', 'children' in c ? (c.children as Array<{ value?: string; children?: Array<{ value?: string }> }>).map((x) => x.value ?? x.children?.map((y) => y.value).join(' ')).join(' ').trim() : '']);

  it.each([
    ['en', 'Updated Unofficial translation', 'Decree of the President of the Republic of Kazakhstan dated September 7, 2011 No. 149.', 'On the Regulations on the Assembly of People of Kazakhstan', 'Pursuant to the Constitution I HEREBY RESOLVE:\n1. That the Regulations shall be approved.'],
    ['ru', 'Обновленный неофициальный перевод', 'Указ Президента Республики Казахстан от 7 сентября 2011 года № 149.', 'Об утверждении Положения об Ассамблее народа Казахстана', 'ПОСТАНОВЛЯЮ:\n1. Утвердить Положение.'],
    ['kk', 'Ресми емес аударма', 'Қазақстан Республикасы Президентінің 2011 жылғы 7 қыркүйектегі № 149 Жарлығы.', 'Қазақстан халқы Ассамблеясы туралы ережені бекіту туралы', 'ҚАУЛЫ ЕТЕМІН:\n1. Ереже бекітілсін.'],
  ])('reads the translation line and the requisites as notes, and the title as the title (%s)', (lang, translation, requisites, title, body) => {
    expect(head(`${translation}\n${requisites}\n${title}\n${body}\n`, `x/${lang}/2011-09-07.txt`).slice(0, 3)).toEqual([
      ['note', 'translation', translation],
      ['note', 'identification', requisites],
      ['title', '', title],
    ]);
  });

  it('keeps a title that is the first line, with the requisites after it', () => {
    expect(head('On the Regulations\nDecree of the President of the Republic of Kazakhstan dated September 7, 2011 No. 149.\n1. That the Regulations shall be approved.\n', 'x/en/2011-09-07.txt').slice(0, 2)).toEqual([
      ['title', '', 'On the Regulations'],
      ['note', 'identification', 'Decree of the President of the Republic of Kazakhstan dated September 7, 2011 No. 149.'],
    ]);
  });
});

describe('a note under the title of an attachment', () => {
  const decree = (note: string, file: string) => {
    const text = `# Постановление\n\n1. Утвердить прилагаемые Правила.\n\n> *Приложение 2*  \n> *к постановлению Правительства*  \n> *Республики Казахстан*\n\n## Сроки проведения прививок\n\n${note}\n\n1. Текст.\n\n2. Текст.\n`;
    const result = parseEdition(text, { file });
    expect(coverage(text, result.tree).uncovered).toEqual([]);
    return result.amendments.map((a) => a.target);
  };

  it('changes the attachment as a whole where it names no unit and no heading, in Russian, Kazakh and English', () => {
    for (const [file, note] of [
      ['x/ru/2021-03-30.md', '> *Сноска. Приложение 2 в редакции постановления Правительства РК от 30.03.2021 № 173.*'],
      ['x/ru/2021-03-30.md', '> *Сноска. Сроки проведения прививок с изменением, внесенным постановлением Правительства РК от 30.03.2021 № 173.*'],
      ['x/kk/2021-03-30.md', '> *Ескерту. 2-қосымша жаңа редакцияда - ҚР Үкіметінің 30.03.2021 № 173 қаулысымен.*'],
      ['x/en/2021-03-30.md', '> *Footnote. Appendix 2 as reworded by the Resolution of the Government of the Republic of Kazakhstan dated 30.03.2021 No. 173.*'],
    ]) expect(decree(note!, file!), note).toEqual([{ kind: 'attachment', eId: 'att_1', mismatch: false }]);
  });

  it('changes only its heading where it names the heading', () => {
    expect(decree('> *Сноска. Заголовок приложения 2 в редакции постановления Правительства РК от 30.03.2021 № 173.*', 'x/ru/2021-03-30.md')).toEqual([{ kind: 'heading', eId: 'att_1', mismatch: false }]);
    expect(decree('> *Ескерту. 2-қосымшаның тақырыбы жаңа редакцияда - ҚР Үкіметінің 30.03.2021 № 173 қаулысымен.*', 'x/kk/2021-03-30.md')).toEqual([{ kind: 'heading', eId: 'att_1', mismatch: false }]);
  });
});

describe('a resolution of the Government', () => {
  it('is a government decree, as the collection names the kind, in Russian, Kazakh and English', () => {
    const notes = [
      ['x/ru/2021-03-30.md', '> *Сноска. Пункт 1 с изменениями, внесенными постановлением Правительства РК от 30.03.2021 № 173 (вводится в действие со дня его первого официального опубликования).*'],
      ['x/kk/2021-03-30.md', '> *Ескерту. 1-тармаққа өзгерістер енгізілді - ҚР Үкіметінің 30.03.2021 № 173 (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) қаулысымен.*'],
      ['x/en/2021-03-30.md', '> *Footnote. Paragraph 1 as amended by the Resolution of the Government of the Republic of Kazakhstan dated 30.03.2021 No. 173.*'],
    ];
    for (const [file, note] of notes) {
      const result = parseEdition(`# Постановление\n\n1. Текст.\n\n${note}\n\n2. Текст.\n`, { file: file! });
      expect(result.amendments.flatMap((a) => a.amendingActs.map((x) => [x.slug, x.issuer])), file).toEqual([['government-decree-2021-173', 'Government']]);
    }
    // A resolution of another body stays a resolution.
    const court = parseEdition('# Закон\n\n1. Текст.\n\n> *Сноска. См. постановление Конституционного Совета РК от 12.03.2000 № 3.*\n', { file: 'x/ru/2001-01-01.md' });
    expect(court.amendments[0]!.amendingActs.map((x) => x.slug)).toEqual(['resolution-2000-3']);
  });
});

describe('an act cited by kind and date, without a number', () => {
  // A law adopted by referendum has no number: the notes name it by its date.
  const acts = (text: string, file: string) => parseEdition(text, { file }).amendments.map((a) => [a.target.kind === 'act' ? 'act' : a.target.eId, a.action, a.amendingActs.map((x) => [x.slug, x.number, x.entryIntoForce ?? ''])]);

  it('reads the act word before its date, in Russian and English, and the rule after it', () => {
    expect(acts('# Конституция\n\n### Статья 6\n\n> *Сноска. Статья 6 с изменением, внесенным Законом РК от 08.06.2022 (вводится в действие с 08.06.2022).*\n\n1. Текст.\n', 'x/ru/2022-09-17.md')).toEqual([
      ['art_6', 'amended', [['law-2022-06-08', '', 'вводится в действие с 08.06.2022']]],
    ]);
    expect(acts('# Constitution\n\n### Article 6\n\n> *Footnote. Article 6 as amended by the Law of the Republic of Kazakhstan dated 08.06.2022 (shall be enforced from 08.06.2022).*\n\n1. Text.\n', 'x/en/2022-09-17.md')).toEqual([
      ['art_6', 'amended', [['law-2022-06-08', '', 'shall be enforced from 08.06.2022']]],
    ]);
  });

  it('reads the Kazakh act word after its date, past the rule in parentheses', () => {
    expect(acts('# Конституция\n\n### 6-бап\n\n> *Ескерту. 6-бапқа өзгеріс енгізілді - ҚР 08.06.2022 (08.06.2022 бастап қолданысқа енгізіледі) Заңымен.*\n\n1. Мәтін.\n', 'x/kk/2022-09-17.md')).toEqual([
      ['art_6', 'amended', [['law-2022-06-08', '', '08.06.2022 бастап қолданысқа енгізіледі']]],
    ]);
  });

  it('reads a number-less item in a list of numbered acts of one kind, in Russian and Kazakh', () => {
    const ru = '# Конституция\n\n### Статья 15\n\n> *Сноска. Статья 15 с изменениями, внесенными законами РК от 21.05.2007 № 254-III (вводится в действие со дня его официального опубликования); от 08.06.2022 (вводится в действие с 08.06.2022).*\n\n1. Текст.\n';
    const kk = '# Конституция\n\n### 42-бап\n\n> *Ескерту. 42-бапқа өзгерістер енгізілді - ҚР 21.05.2007 № 254-III (ресми жарияланған күнінен бастап қолданысқа енгізіледі); 08.06.2022 (08.06.2022 бастап қолданысқа енгізіледі); 17.09.2022 № 142-VII (алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі) заңдарымен.*\n\n1. Мәтін.\n';
    expect(acts(ru, 'x/ru/2022-09-17.md')[0]![2]).toEqual([
      ['law-2007-254-iii', '254-III', 'вводится в действие со дня его официального опубликования'],
      ['law-2022-06-08', '', 'вводится в действие с 08.06.2022'],
    ]);
    expect((acts(kk, 'x/kk/2022-09-17.md')[0]![2] as string[][]).map((a) => a[0])).toEqual(['law-2007-254-iii', 'law-2022-06-08', 'law-2022-142-vii']);
  });

  it('does not take a date in an entry-into-force rule, or a date with no act word by it, for an act', () => {
    const { records, warnings } = read('# Закон\n\n**Статья 5. Цели**\n\n> *Сноска. Статья 5 изменена с 01.01.2015.*\n\n1. Текст.\n', 'x/ru/2020-01-01.md');
    expect(records).toEqual([{ eId: 'art_5', action: 'amended', acts: [] }]);
    expect(warnings).toEqual([expect.stringMatching(/footnote-no-act$/)]);
  });

  it('reads "алынып тасталды" as the Kazakh exclusion it is, in a stub and in a note', () => {
    const stub = read('# Заң\n\n### 27-бап. Мақсаты\n\n1. Мәтін.\n\n### 28-бап. Алынып тасталды - ҚР 2009.04.29 N 154-IV Заңымен.\n', 'x/kk/2010-01-01.md');
    expect(stub.records).toContainEqual({ eId: 'art_28', action: 'excluded', acts: ['154-IV'] });
    expect(stub.status.get('art_28')).toBe('excluded');
    const note = read('# Заң\n\n### 84-бап\n\n> *Ескерту. 84-бап алынып тасталды - ҚР 2007.05.21 N 254 Заңымен.*\n\n1. Мәтін.\n', 'x/kk/2010-01-01.md');
    expect(note.records).toContainEqual({ eId: 'art_84', action: 'excluded', acts: ['254'] });
    expect(note.warnings).toEqual([]);
  });
});

describe("the publisher's editorial notes of changes not yet in force", () => {
  function editorial(text: string, file: string) {
    const result = parseEdition(text, { file });
    expect(coverage(text, result.tree).uncovered).toEqual([]);
    const notes: string[] = [];
    const eIds: string[] = [];
    visit(result.tree, (n) => {
      if (n.type === 'footnote' && (n as { editorial?: true }).editorial) notes.push(wordsOf(n));
      if (n.type === 'provision') eIds.push((n as Provision).eId);
    });
    return { notes, eIds, amendments: result.amendments, codes: result.diagnostics.map((d) => d.code) };
  }
  const wordsOf = (n: unknown): string => {
    const node = n as { value?: string; children?: unknown[]; type: string };
    if (node.type === 'text' || node.type === 'num') return node.value ?? '';
    return (node.children ?? []).map(wordsOf).join(' ').replace(/\s+/g, ' ').trim();
  };

  it('keeps a quoted note and the wording it announces, in emphasis, out of the text in force (Russian)', () => {
    const text = `# Конституция\n\n### Статья 47\n\n1. Президент может быть освобожден.\n\n   > *Примечание. В пункт 1 Законом РК от 08.06.2022 предусмотрено изменение (вводится в действие с 01.01.2023).*\n\n   *1. Президент может быть досрочно освобожден.*\n\n2. Президент несет ответственность.\n`;
    const { notes, eIds, amendments, codes } = editorial(text, 'x/ru/2022-09-17.md');
    expect(eIds).toEqual(['art_47', 'art_47__para_1', 'art_47__para_2']);
    expect(notes).toEqual(['Примечание. В пункт 1 Законом РК от 08.06.2022 предусмотрено изменение (вводится в действие с 01.01.2023). 1. Президент может быть досрочно освобожден.']);
    expect(amendments).toEqual([]);
    expect(codes).toEqual(['editorial-note']);
  });

  it('reads the same in Kazakh, the announced wording over several items', () => {
    const text = `# Конституция\n\n### 72-бап\n\n1. Сот:\n\n   1) шешеді;\n\n   > *Ескертпе. 08.06.2022 ҚР Заңымен 1-тармақты жаңа редакцияда жазу көзделген.*\n\n   *1. Сот:*\n\n   *1) шешеді;*\n\n   *2) қарайды.*\n\n2. Мәтін.\n`;
    const { notes, eIds } = editorial(text, 'x/kk/2022-09-17.md');
    expect(eIds).toEqual(['art_72', 'art_72__para_1', 'art_72__para_1__subpara_1', 'art_72__para_2']);
    expect(notes[0]).toMatch(/^Ескертпе\. .* 1\. Сот: 1\) шешеді; 2\) қарайды\.$/);
  });

  it('takes the wording indented under a note that ends in a colon as the note’s, where the emphasis was lost (Kazakh)', () => {
    const text = `# Конституция\n\n### 50-бап\n\n1. Парламент екі Палатадан тұрады.\n\n2. Сенат құралады.\n\n   > *Ескертпе. 08.06.2022 ж. Заңына сәйкес 2-тармақтың ережелері мынадай редакцияда қолданылады:*\n\n   2. Сенат өзгеше құралады.\n\n3. Мәжіліс тұрады.\n`;
    const { notes, eIds, codes } = editorial(text, 'x/kk/2022-09-17.md');
    expect(eIds).toEqual(['art_50', 'art_50__para_1', 'art_50__para_2', 'art_50__para_3']);
    expect(notes[0]).toMatch(/қолданылады: 2\. Сенат өзгеше құралады\.$/);
    expect(codes).not.toContain('duplicate-number');
  });

  it('leaves a line under a note that announces nothing, or one not indented under it, to the text', () => {
    const text = `# Конституция\n\n### 50-бап\n\n1. Парламент.\n\n   > *Ескертпе. 08.06.2022 ж. Заңына сәйкес өзгеріс көзделген.*\n\n   Мәтін жалғасады.\n\n   > *Ескертпе. Мынадай редакцияда қолданылады:*\n\n2. Сенат.\n`;
    const { notes, eIds } = editorial(text, 'x/kk/2022-09-17.md');
    expect(eIds).toEqual(['art_50', 'art_50__para_1', 'art_50__para_2']);
    expect(notes).toEqual(['Ескертпе. 08.06.2022 ж. Заңына сәйкес өзгеріс көзделген.', 'Ескертпе. Мынадай редакцияда қолданылады:']);
  });

  it('takes the line after a bare "Примечание РЦПИ!" as its body', () => {
    const text = `# Закон\n\n### Статья 10. Полномочия\n\nПримечание РЦПИ!\n\nВ заголовок статьи 10 предусмотрено изменение Законом РК от 05.07.2011 № 452-IV.\n\nПравительство:\n\n1) разрабатывает;\n`;
    const { notes, eIds, amendments } = editorial(text, 'x/ru/2011-07-05.md');
    expect(notes).toEqual(['Примечание РЦПИ! В заголовок статьи 10 предусмотрено изменение Законом РК от 05.07.2011 № 452-IV.']);
    expect(eIds).toEqual(['art_10', 'art_10__subpara_1']);
    expect(amendments).toEqual([]);
  });

  it('leaves the act’s own "Примечание:" and "Примечание." in the text', () => {
    const text = `# Приказ\n\n1. Нормативы.\n\nПримечание: тестирование считать сданным.\n\n2. Текст.\n\nПримечание. Для целей настоящей статьи применяется.\n`;
    const { notes } = editorial(text, 'x/ru/2007-05-11.md');
    expect(notes).toEqual([]);
  });
});

describe("an amending act's instructions and the wording they quote", () => {
  const units = (text: string, file: string) => {
    const result = parseEdition(text, { file });
    expect(coverage(text, result.tree).uncovered).toEqual([]);
    const eIds: string[] = [];
    visit(result.tree, 'provision', (p) => void eIds.push((p as Provision).eId));
    return { eIds, warnings: result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}: ${d.code}`) };
  };

  it('keeps the numbered lines of a quoted wording inside the instruction (Russian, guillemets)', () => {
    const text = '# О внесении изменений\n\n### Статья 1. Внести в Закон следующие изменения:\n\n1) статью 3 изложить в следующей редакции:\n\n«Статья 3. Цель\n\n1. Первый пункт;\n\n2. Второй пункт.»;\n\n2) подпункты 1) и 6) изложить в следующей редакции:\n\n«1) первый;\n\n2) второй;»;\n\n«6) шестой.»;\n\n3) подпункт 4) исключить.\n\n### Статья 2. Настоящий Закон вводится в действие.\n';
    expect(units(text, 'x/ru/2018-04-27.md')).toEqual({ eIds: ['art_1', 'art_1__subpara_1', 'art_1__subpara_2', 'art_1__subpara_3', 'art_2'], warnings: [] });
  });

  it('reads the same in straight quotation marks', () => {
    const text = '# О внесении изменений\n\n### Статья 1. Внести изменения:\n\n1. В Уголовный кодекс:\n\n1) дополнить статьей 5-1 следующего содержания:\n\n"Статья 5-1. Посягательство\n\n1. Первая часть.\n\n2. Вторая часть.";\n\n2) в статье 6 слова "и" заменить словом "или".\n\n2. В Кодекс об административных правонарушениях:\n\n1) статью 7 исключить.\n';
    expect(units(text, 'x/ru/2010-06-14.md')).toEqual({
      eIds: ['art_1', 'art_1__para_1', 'art_1__para_1__subpara_1', 'art_1__para_1__subpara_2', 'art_1__para_2', 'art_1__para_2__subpara_1'],
      warnings: [],
    });
  });

  it('reads a Kazakh instruction that names a sub-paragraph by its number first as text, not as a sub-paragraph', () => {
    const text = '# Заңға өзгерістер енгізу туралы\n\n### 1-бап. Заңға мынадай өзгерістер енгізілсін:\n\n1) 6-бапта:\n\n1) тармақша мынадай редакцияда жазылсын:\n\n«1) бірінші;»;\n\n4) тармақша алып тасталсын;\n\n6), 7) және 14) тармақшалар мынадай редакцияда жазылсын:\n\n«6) алтыншы;\n\n7) жетінші;»;\n\n«14) он төртінші;»;\n\n2) 8-бап алып тасталсын.\n';
    expect(units(text, 'x/kk/2018-04-27.md')).toEqual({ eIds: ['art_1', 'art_1__subpara_1', 'art_1__subpara_2'], warnings: [] });
  });

  it('reports a quotation that never closes and reads the numbered lines after it as units', () => {
    const text = '# О внесении изменений\n\n### Статья 1. Внести изменения:\n\n1) пункт 2 изложить в следующей редакции:\n\n«2. Новая редакция.\n\n2) подпункт 4) исключить.\n';
    expect(units(text, 'x/ru/2018-04-27.md')).toEqual({ eIds: ['art_1', 'art_1__subpara_1', 'art_1__subpara_2'], warnings: ['7: unclosed-quotation'] });
  });
});

describe('a Markdown text printed in part as a preformatted block', () => {
  it('reads its lines as an adilet text, plain-line headings included, with one note for the block', () => {
    const text = '# Кодекс\n\n### Статья 1. Первая\n\n1. Текст.\n\n```\nГлава II\nКомпетенция органов\nСтатья 2. Вторая\n1. Текст второй статьи.\n```\n';
    const result = parseEdition(text, { file: 'x/ru/1999-05-10.md' });
    expect(coverage(text, result.tree).uncovered).toEqual([]);
    const eIds: string[] = [];
    visit(result.tree, 'provision', (p) => void eIds.push((p as Provision).eId));
    // Chapters take their order in the document; articles are numbered through the act (docs/eids.md).
    expect(eIds).toEqual(['art_1', 'art_1__para_1', 'chp_1', 'art_2', 'art_2__para_1']);
    expect(result.diagnostics.map((d) => `${d.line}: ${d.severity} ${d.code}`)).toEqual(['7: info preformatted-text', '8: warning heading-split']);
  });
});

describe('two lists in one paragraph, each after its own lead-in', () => {
  function eIds(text: string, file: string) {
    const result = parseEdition(text, { file });
    expect(coverage(text, result.tree).uncovered).toEqual([]);
    const ids: string[] = [];
    visit(result.tree, 'provision', (p) => void ids.push((p as Provision).eId));
    return { ids, codes: result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code) };
  }

  it('numbers the second list from 1) in its own segment (Russian)', () => {
    const text = `# Конституция\n\n### Статья 52\n\n5. Полномочия прекращаются.\n\n   Депутат лишается мандата при:\n\n   1\\) выезде;\n\n   2\\) приговоре.\n\n   Депутат Мажилиса лишается мандата при:\n\n   1\\) выходе из партии;\n\n   2\\) отзыве.\n\n   Полномочия прекращаются досрочно.\n\n6. Подготовка вопросов.\n`;
    const { ids, codes } = eIds(text, 'x/ru/2022-09-17.md');
    expect(ids).toEqual([
      'art_52', 'art_52__para_5', 'art_52__para_5__subpara_1', 'art_52__para_5__subpara_2',
      'art_52__para_5__list_2__subpara_1', 'art_52__para_5__list_2__subpara_2', 'art_52__para_6',
    ]);
    expect(codes).toEqual([]);
  });

  it('reads the same in Kazakh', () => {
    const text = `# Конституция\n\n### 52-бап\n\n5. Өкілеттігі тоқтатылады.\n\n   Депутат мандатынан:\n\n   1) кетуі;\n\n   Мәжіліс депутаты мандатынан:\n\n   1) шығуы;\n`;
    expect(eIds(text, 'x/kk/2022-09-17.md').ids).toEqual(['art_52', 'art_52__para_5', 'art_52__para_5__subpara_1', 'art_52__para_5__list_2__subpara_1']);
  });

  it('still reports a number repeated with no lead-in between, or after text that leads into nothing', () => {
    const text = `# Закон\n\n1. Текст:\n\n   1) а;\n\n   1) б;\n\n   Итоговый текст.\n\n   1) в.\n`;
    const { ids, codes } = eIds(text, 'x/ru/2020-01-01.md');
    expect(ids).toEqual(['para_1', 'para_1__subpara_1', 'para_1__subpara_1_dup2', 'para_1__subpara_1_dup3']);
    expect(codes).toEqual(['duplicate-number', 'duplicate-number']);
  });
});
