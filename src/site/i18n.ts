import type { Language } from '../schemas/language.js';
import type { AmendingAct, AmendmentAction } from '../schemas/amendment.js';
import type { ProvisionKind } from '../schemas/tree.js';
import { eIdSegments } from '../model/provisions.js';
import { MONTHS } from '../pipeline/keywords.js';

/*
 * Interface words in the three languages. A text page speaks the language of its text (a
 * Russian reader gets Russian labels); site-wide pages speak English and mark other-language
 * text with `lang`.
 */



/** `21 July 2021`, `21 июля 2021 г.`, `2021 жылғы 21 шілде`. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const names = MONTHS[m - 1]!;
  const month = lang === 'ru' ? names.ru[1] : names[lang];
  if (lang === 'ru') return `${d} ${month} ${y} г.`;
  if (lang === 'kk') return `${y} жылғы ${d} ${month}`;
  return `${d} ${month} ${y}`;
}

/**
 * Kazakh "of (date)": the locative-attributive suffix follows vowel harmony (back а о ұ ы /
 * front ә е ө ү і) and the last sound (voiceless consonants take т-): "7 қыркүйектегі",
 * "26 желтоқсандағы", "21 шілдедегі".
 */
export function kkLocative(phrase: string): string {
  const vowels = phrase.match(/[аоұыуяәеөүіэю]/giu) ?? [];
  const last = vowels[vowels.length - 1]?.toLowerCase() ?? 'а';
  const front = 'әеөүіэ'.includes(last);
  const voiceless = /[кқпстфхцчшщ]$/iu.test(phrase);
  return `${phrase}${voiceless ? 'т' : 'д'}${front ? 'егі' : 'ағы'}`;
}

const KIND_NAMES: Record<Language, Record<AmendingAct['kind'], string>> = {
  en: { decree: 'Decree', law: 'Law', 'constitutional-law': 'Constitutional Law', resolution: 'Resolution', order: 'Order', act: 'Act' },
  ru: { decree: 'Указ', law: 'Закон', 'constitutional-law': 'Конституционный закон', resolution: 'Постановление', order: 'Приказ', act: 'Акт' },
  kk: { decree: 'Жарлық', law: 'Заң', 'constitutional-law': 'Конституциялық заң', resolution: 'Қаулы', order: 'Бұйрық', act: 'Акт' },
};

export function kindName(kind: string, lang: Language): string {
  return KIND_NAMES[lang][kind as AmendingAct['kind']] ?? kind;
}

/** "Decree No. 12 of 21 July 2021", "Указ № 12 от 21 июля 2021 г.", "2021 жылғы 21 шілдедегі № 12 Жарлық". */
export function actName(act: { kind: string; number: string; date: string }, lang: Language): string {
  const kind = kindName(act.kind, lang);
  if (lang === 'ru') return `${kind} № ${act.number} от ${formatDate(act.date, 'ru')}`;
  if (lang === 'kk') return `${kkLocative(formatDate(act.date, 'kk'))} № ${act.number} ${kind}`;
  return `${kind} No. ${act.number} of ${formatDate(act.date, 'en')}`;
}

const ACTION_LABELS: Record<Language, Record<AmendmentAction, string>> = {
  en: {
    reworded: 'Reworded by',
    amended: 'Amended by',
    supplemented: 'Supplemented by',
    excluded: 'Excluded by',
    abrogated: 'Abrogated by',
    'words-replaced': 'Words replaced by',
    other: 'Changed by',
  },
  ru: {
    reworded: 'Новая редакция:',
    amended: 'Изменения:',
    supplemented: 'Дополнения:',
    excluded: 'Исключено:',
    abrogated: 'Утратил силу:',
    'words-replaced': 'Замена слов:',
    other: 'Изменения:',
  },
  kk: {
    reworded: 'Жаңа редакция:',
    amended: 'Өзгерістер:',
    supplemented: 'Толықтырулар:',
    excluded: 'Алып тасталды:',
    abrogated: 'Күші жойылды:',
    'words-replaced': 'Сөздер ауыстырылды:',
    other: 'Өзгерістер:',
  },
};

export function actionLabel(action: AmendmentAction, lang: Language, heading = false): string {
  const label = ACTION_LABELS[lang][action];
  if (!heading) return label;
  if (lang === 'ru') return `Заголовок. ${label}`;
  if (lang === 'kk') return `Тақырыбы. ${label}`;
  return `Heading ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** English verbs for the actions, for summaries ("Decree No. 12 reworded para. 25"). */
export const ACTION_VERBS: Record<AmendmentAction, string> = {
  reworded: 'reworded',
  amended: 'amended',
  supplemented: 'supplemented',
  excluded: 'excluded',
  abrogated: 'abrogated',
  'words-replaced': 'replaced words in',
  other: 'changed',
};

/** Short designations for citations and links: "para. 5", "п. 5", "5-тармақ". */
const UNIT: Record<Language, Record<ProvisionKind, (n: string) => string>> = {
  en: {
    part: (n) => `Section ${n}`,
    chapter: (n) => `Chapter ${n}`,
    subchapter: (n) => `§ ${n}`,
    article: (n) => `Art. ${n}`,
    paragraph: (n) => `para. ${n}`,
    subparagraph: (n) => `subpara. ${n})`,
  },
  ru: {
    part: (n) => `раздел ${n}`,
    chapter: (n) => `глава ${n}`,
    subchapter: (n) => `§ ${n}`,
    article: (n) => `ст. ${n}`,
    paragraph: (n) => `п. ${n}`,
    subparagraph: (n) => `пп. ${n})`,
  },
  kk: {
    part: (n) => `${n}-бөлім`,
    chapter: (n) => `${n}-тарау`,
    subchapter: (n) => `${n}-параграф`,
    article: (n) => `${n}-бап`,
    paragraph: (n) => `${n}-тармақ`,
    subparagraph: (n) => `${n})-тармақша`,
  },
};

export function unitLabel(kind: ProvisionKind, num: string, lang: Language): string {
  return UNIT[lang][kind](num);
}


/**
 * A reader's label for an eId: `att_1__para_5__subpara_3` → "subpara. 3) of para. 5",
 * `att_1__chp_2` → "Chapter 2" (chapters are numbered by place), `preamble` → "Preamble".
 */
export function eIdLabel(eId: string, lang: Language): string {
  const parts = eIdSegments(eId).filter((p) => p.prefix !== 'att');
  if (!parts.length) return eId === 'act' ? t(lang, 'theAct') : eId;
  if (parts[parts.length - 1]!.prefix === 'preamble') return t(lang, 'preamble');
  const units = parts.map((p) => (p.kind && p.num ? unitLabel(p.kind, p.num, lang) : undefined));
  if (units.some((u) => u === undefined)) return eId;
  const labels = units as string[];
  if (lang === 'en') return labels.reverse().join(' of ');
  if (lang === 'ru') return labels.reverse().join(' ');
  return labels.join(', ');
}

/** Ends a sentence with a full stop unless it already has one ("… 2024 г."). */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The notice over a wording shown in another language than the page's, because no edition of
 * the page's language holds the wording in force on the date.
 */
export function fallbackNotice(page: Language, shown: Language): string {
  const names: Record<Language, Record<Language, string>> = {
    en: { en: 'English', ru: 'Russian', kk: 'Kazakh' },
    ru: { en: 'английском', ru: 'русском', kk: 'казахском' },
    kk: { en: 'ағылшын', ru: 'орыс', kk: 'қазақ' },
  };
  if (page === 'ru') return `Русский текст, действовавший на эту дату, в коллекции отсутствует. Текст на ${names.ru[shown]} языке:`;
  if (page === 'kk') return `Осы күнгі қазақша мәтін жинақта жоқ. ${names.kk[shown].charAt(0).toUpperCase()}${names.kk[shown].slice(1)} тіліндегі мәтіні:`;
  return `The English wording in force on this date is not in the collection. The ${names.en[shown]} wording:`;
}

/** Interface strings. */
const STRINGS = {
  en: {
    skip: 'Skip to the text',
    contents: 'Contents',
    cite: 'Cite',
    copy: 'Copy citation',
    copied: 'Citation copied',
    history: 'History',
    orgChart: 'Org chart',
    historyOf: 'History of',
    otherLanguages: 'In other languages',
    footnoteAsPublished: 'Footnote as published',
    excluded: 'Excluded',
    unofficialTranslation: 'Unofficial translation: the Russian and Kazakh texts are the official ones.',
    textCurrentTo: 'Text as amended up to',
    editionOf: 'Edition of',
    noLongerInForce: 'No longer in force',
    since: 'since',
    abrogatedBy: 'Abrogated by',
    inForce: 'In force',
    availableIn: 'This act in',
    laterChanges: 'Later changes not yet in this text',
    seeText: 'see the text in',
    preamble: 'Preamble',
    decreePoints: 'The decree',
    sourceNotes: 'Source',
    signature: 'Signature',
    versions: 'Versions',
    latest: 'latest',
    asInForceOn: 'as in force on',
    approvedBy: 'approved by',
    definedIn: 'defined in',
    theAct: 'the act',
    notInAnyEdition: 'The wording in force on this date is not in any edition in the collection',
    wordingUnavailable: 'Not available in English for this date; the wording in',
    inForceFrom: 'In force from',
    until: 'until',
    currentVersion: 'Current version',
    replacedOn: 'replaced on',
    lostForceOn: 'until the act lost force on',
    changesOnThisDate: 'Changes on this date',
    entryIntoForce: 'Entry into force',
    datedByAct: 'the version is dated by the amending act; its publication date is not in the sources',
    fallbackNote: 'provisions have no English wording for this date in the collection: they are shown in another language, marked.',
    missingNote: 'provisions have no wording for this date in any edition.',
    compareWithPrevious: 'Compare with the previous version',
    compareWithCurrent: 'Compare with the current version',
    showOnDate: 'Show the text as in force on',
    go: 'Show',
    originalWording: 'Original wording',
    versionAsPublished: 'This version is the edition of this date, as published.',
    versionAssembled: 'This version is put together from the editions, provision by provision.',
  },
  ru: {
    skip: 'Перейти к тексту',
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
    since: 'с',
    abrogatedBy: 'Отменён:',
    inForce: 'Действует',
    availableIn: 'Этот акт на языках',
    laterChanges: 'Более поздние изменения, не отражённые в этом тексте',
    seeText: 'см. текст на языке',
    preamble: 'Преамбула',
    decreePoints: 'Указ',
    sourceNotes: 'Источник',
    signature: 'Подпись',
    versions: 'Редакции',
    latest: 'последняя',
    asInForceOn: 'в редакции по состоянию на',
    approvedBy: 'утверждённое',
    definedIn: 'определение в',
    theAct: 'акт',
    notInAnyEdition: 'Редакция, действовавшая на эту дату, отсутствует во всех изданиях коллекции',
    wordingUnavailable: 'Русский текст этой редакции отсутствует; текст на языке',
    inForceFrom: 'Действует с',
    until: 'до',
    currentVersion: 'Действующая редакция',
    replacedOn: 'заменена',
    lostForceOn: 'до утраты актом силы',
    changesOnThisDate: 'Изменения этой даты',
    entryIntoForce: 'Введение в действие',
    datedByAct: 'редакция датирована датой изменяющего акта; дата его опубликования в источниках не указана',
    fallbackNote: 'положений не имеют русского текста на эту дату в коллекции: они показаны на другом языке с пометкой.',
    missingNote: 'положений не имеют текста на эту дату ни в одном издании.',
    compareWithPrevious: 'Сравнить с предыдущей редакцией',
    compareWithCurrent: 'Сравнить с действующей редакцией',
    showOnDate: 'Показать текст по состоянию на',
    go: 'Показать',
    originalWording: 'Первоначальная редакция',
    versionAsPublished: 'Эта редакция — издание этой даты в опубликованном виде.',
    versionAssembled: 'Эта редакция собрана из изданий по каждому положению.',
  },
  kk: {
    skip: 'Мәтінге өту',
    contents: 'Мазмұны',
    cite: 'Дәйексөз',
    copy: 'Сілтемені көшіру',
    copied: 'Сілтеме көшірілді',
    history: 'Тарихы',
    orgChart: 'Ұйымдық құрылым',
    historyOf: 'Тарихы:',
    otherLanguages: 'Басқа тілдерде',
    footnoteAsPublished: 'Дереккөздегі ескерту',
    excluded: 'Алып тасталды',
    unofficialTranslation: 'Ресми емес аударма.',
    textCurrentTo: 'Мына күнгі өзгерістерімен мәтін:',
    editionOf: 'Редакция:',
    noLongerInForce: 'Күші жойылған',
    since: 'бастап',
    abrogatedBy: 'Күшін жойған:',
    inForce: 'Қолданыста',
    availableIn: 'Бұл акт мына тілдерде',
    laterChanges: 'Бұл мәтінде көрсетілмеген кейінгі өзгерістер',
    seeText: 'мына тілдегі мәтінді қараңыз:',
    preamble: 'Кіріспе',
    decreePoints: 'Жарлық',
    sourceNotes: 'Дереккөз',
    signature: 'Қолы',
    versions: 'Редакциялар',
    latest: 'соңғы',
    asInForceOn: 'мына күнгі редакциясы:',
    approvedBy: 'бекітілген',
    definedIn: 'анықтамасы:',
    theAct: 'акт',
    notInAnyEdition: 'Осы күнгі редакция жинақтағы басылымдардың ешқайсысында жоқ',
    wordingUnavailable: 'Бұл редакцияның қазақша мәтіні жоқ; мына тілдегі мәтіні',
    inForceFrom: 'Күшіне енген күні:',
    until: 'дейін',
    currentVersion: 'Қолданыстағы редакция',
    replacedOn: 'ауыстырылды',
    lostForceOn: 'актінің күші жойылғанға дейін',
    changesOnThisDate: 'Осы күнгі өзгерістер',
    entryIntoForce: 'Қолданысқа енгізілуі',
    datedByAct: 'редакция өзгертуші актінің күнімен белгіленген; оның жариялану күні дереккөздерде жоқ',
    fallbackNote: 'ережеде осы күнге қазақша мәтін жоқ: олар басқа тілде, белгімен көрсетілген.',
    missingNote: 'ережеде осы күнгі мәтін ешбір басылымда жоқ.',
    compareWithPrevious: 'Алдыңғы редакциямен салыстыру',
    compareWithCurrent: 'Қолданыстағы редакциямен салыстыру',
    showOnDate: 'Мәтінді мына күнгі күйінде көрсету:',
    go: 'Көрсету',
    originalWording: 'Бастапқы редакция',
    versionAsPublished: 'Бұл редакция — осы күнгі басылым, жарияланған күйінде.',
    versionAssembled: 'Бұл редакция басылымдардан әр ереже бойынша құрастырылған.',
  },
} satisfies Record<Language, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)['en'];

export function t(lang: Language, key: StringKey): string {
  return STRINGS[lang][key];
}
