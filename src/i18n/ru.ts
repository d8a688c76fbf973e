import type { Dictionary } from './en.js';
import { MONTHS } from '../pipeline/keywords.js';
/** Интерфейс на русском языке. */
const ru: Dictionary = {
  strings: {
    skip: 'Перейти к тексту',
    contentsAsPublished: 'Оглавление, как оно напечатано в источнике перед заголовком:',
    editorialNote: 'Примечание издателя с объявленной в нём редакцией: не входит в действующий текст',
    deleted: 'удалено',
    inserted: 'добавлено',
    contents: 'Содержание',
    cite: 'Цитировать',
    copy: 'Копировать ссылку',
    copied: 'Ссылка скопирована',
    history: 'История',
    orgChart: 'Организационная структура',
    historyOf: 'История:',
    otherLanguages: 'На других языках',
    footnoteAsPublished: 'Сноска в источнике',
    excluded: 'Исключён',
    unofficialTranslation: 'Неофициальный перевод.',
    textCurrentTo: 'Текст с изменениями по состоянию на',
    editionOf: 'Редакция от',
    noLongerInForce: 'Утратил силу',
    abrogatedBy: 'Отменён:',
    inForce: 'Действует',
    availableIn: 'Этот акт на языках',
    seeText: 'см. текст на языке',
    preamble: 'Преамбула',
    decreePoints: 'Указ',
    sourceNotes: 'Источник',
    currency: 'Актуальность',
    signature: 'Подпись',
    versions: 'Редакции',
    latest: 'последняя',
    asInForceOn: 'в редакции по состоянию на',
    approvedBy: 'утверждённое',
    definedIn: 'определение в',
    theAct: 'акт',
    theText: 'текст по всему тексту',
    changedBy: 'Текст изменялся:',
    notInAnyEdition: 'Редакция, действовавшая на эту дату, отсутствует во всех изданиях коллекции',
    wordingUnavailable: 'Русский текст этой редакции отсутствует; текст на языке',
    inForceFrom: 'Действует с',
    until: 'до',
    currentVersion: 'Действующая редакция',
    replacedOn: 'заменена',
    lostForceOn: 'до утраты актом силы',
    changesOnThisDate: 'Изменения этой даты',
    entryIntoForce: 'Введение в действие',
    publicationUnknown: 'дата его опубликования в коллекции отсутствует',
    ruleInAct: 'порядок введения в действие указан в изменяющем акте, текста которого нет в коллекции',
    noRuleStated: 'ни одна сноска не указывает, когда изменения вступили в силу',
    fallbackNote: 'положений не имеют русского текста на эту дату в коллекции: они показаны на другом языке с пометкой.',
    missingNote: 'положений не имеют текста на эту дату ни в одном издании.',
    lastVersion: 'Последняя редакция',
    compareWithLast: 'Сравнить с последней редакцией',
    beforeAdoption: 'На эту дату акт ещё не был принят. Его первая редакция —',
    afterRepeal: 'На эту дату акт уже утратил силу. Он утратил силу',
    disputedNote: 'Редакции противоречат этой сноске: тексты до и после названного в ней акта совпадают, поэтому изменение не учитывается. См.',
    compareWithPrevious: 'Сравнить с предыдущей редакцией',
    compareWithCurrent: 'Сравнить с действующей редакцией',
    showOnDate: 'Показать текст по состоянию на',
    go: 'Показать',
    originalWording: 'Первоначальная редакция',
    versionAsPublished: 'Эта редакция — издание этой даты в опубликованном виде.',
    versionAssembled: 'Эта редакция собрана из изданий по каждому положению.',
  },
  /** Names of the kinds of acts (src/model/act-types.ts). */
  kinds: {
    constitution: 'Конституция',
    'constitutional-law': 'Конституционный закон',
    code: 'Кодекс',
    law: 'Закон',
    decree: 'Указ',
    'government-decree': 'Постановление Правительства',
    resolution: 'Постановление',
    order: 'Приказ',
    'local-act': 'Решение местного органа',
    act: 'Акт',
  },
  /** How a note's amending acts are introduced, by what they did. */
  actions: {
    reworded: 'Новая редакция:',
    amended: 'Изменения:',
    supplemented: 'Дополнения:',
    excluded: 'Исключено:',
    abrogated: 'Утратил силу:',
    'words-replaced': 'Замена слов:',
    interpreted: 'Официальное толкование:',
    suspended: 'Действие приостановлено:',
    other: 'Изменения:',
  },
  /** What an amending act did, as a verb ("Decree No. 12 reworded para. 5"). */
  verbs: {
    reworded: 'изложил в новой редакции',
    amended: 'изменил',
    supplemented: 'дополнил',
    excluded: 'исключил',
    abrogated: 'признал утратившим силу',
    'words-replaced': 'заменил слова в',
    interpreted: 'истолковал',
    suspended: 'приостановил действие',
    other: 'изменил',
  },
  /** Short designations of provisions, for citations and links. */
  units: {
    part: (n: string) => `раздел ${n}`,
    chapter: (n: string) => `глава ${n}`,
    subchapter: (n: string) => `§ ${n}`,
    article: (n: string) => `ст. ${n}`,
    paragraph: (n: string) => `п. ${n}`,
    subparagraph: (n: string) => `пп. ${n})`,
  },
  /** Language names as they follow «на … языке» (prepositional). */
  languageNames: { en: 'английском', ru: 'русском', kk: 'казахском' },
  /** The header of a version's plain-text file (src/data/text.ts). */
  plainText: { version: 'Редакция, действующая с', until: 'до', source: 'Источник', borrowed: 'Текст из другой редакции', missing: 'Ни одна редакция не содержит текст', unknown: '[текст на эту дату в коллекции отсутствует]' },
  format: {
    attachmentPreamble: (n: string) => `Преамбула приложения ${n}`,
    attachment: (n: string) => `Приложение ${n}`,
    /** `21 июля 2021 г.`: the month in the genitive. */
    date: (day: number, month: number, year: number) => `${day} ${MONTHS[month - 1]!.ru[1]} ${year} г.`,
    act: (kind: string, number: string, date: string) => `${kind}${number ? ` № ${number}` : ''} от ${date}`,
    /** `пп. 3) п. 5` */
    path: (labels: string[]) => [...labels].reverse().join(' '),
    onOrAfter: (date: string) => `Действует не ранее ${date}`,
    unrecorded: (from: string, to: string) => `Издания от ${from} и от ${to} излагают его по-разному, и ни одна сноска в коллекции не говорит, когда он изменён`,
    nearest: (from: string, until?: string) => `Ближайшая редакция в коллекции, действовавшая ${until ? `с ${from} до ${until}` : `с ${from}`}: это не текст на эту дату`,
    since: (date: string) => `с ${date}`,
    published: (date: string) => `опубликован ${date}`,
    currency: (latest: string, retrieved?: string): [string, string] =>
      [`Последняя редакция в коллекции — по состоянию на ${latest}${retrieved ? `; тексты получены из источников ${retrieved}` : '; дата получения текстов из источников не записана'}`, 'Более поздние изменения здесь не отражены.'],
    headingOf: (what: string) => `заголовок: ${what}`,
    heading: (label: string) => `Заголовок. ${label}`,
    fallback: (shown: string) => `Русский текст, действовавший на эту дату, в коллекции отсутствует. Текст на ${shown} языке:`,
    /** «Положение о Совете, утверждённое Указом от 5 января 2015 г. № 12, п. 5 (в редакции по состоянию на …)» */
    citation: (c) => {
      const approved = c.approved && `${c.approved.short}, утверждённое ${INSTRUMENTAL[c.approved.kind] ?? ''} от ${c.approved.date}${c.approved.number ? ` № ${c.approved.number}` : ''}`.replace(/\s+/g, ' ');
      const wording = c.wording ? `; текст на ${c.wording.name} языке${c.wording.official ? '' : ', неофициальный перевод'}` : '';
      return `${approved ?? `${c.name}${c.title ? ` «${c.title}»` : ''}`}, ${c.path} (в редакции по состоянию на ${c.version}${wording})`;
    },
  },
};

/** The kinds of acts in the instrumental case: "approved by (a decree)". */
const INSTRUMENTAL: Record<string, string> = { decree: 'Указом', law: 'Законом', 'government-decree': 'постановлением Правительства', resolution: 'Постановлением', order: 'Приказом' };

export default ru;
