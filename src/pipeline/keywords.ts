import type { AmendmentAction } from '../schemas/amendment.js';
/**
 * The words of the formats, in English, Russian and Kazakh. adilet and the Markdown corpora print
 * the same structure in all three languages; everything language-specific the parsers know lives
 * here, as patterns over one line or block of text. Nothing here knows any one act.
 */

/**
 * The months, as dates print them: English; Russian in the nominative and in the genitive that
 * dates use ("7 сентября"); Kazakh (which declines the word after the day: "7 қыркүйектегі").
 */
export const MONTHS: ReadonlyArray<{ en: string; ru: readonly [nominative: string, genitive: string]; kk: string }> = [
  { en: 'January', ru: ['январь', 'января'], kk: 'қаңтар' },
  { en: 'February', ru: ['февраль', 'февраля'], kk: 'ақпан' },
  { en: 'March', ru: ['март', 'марта'], kk: 'наурыз' },
  { en: 'April', ru: ['апрель', 'апреля'], kk: 'сәуір' },
  { en: 'May', ru: ['май', 'мая'], kk: 'мамыр' },
  { en: 'June', ru: ['июнь', 'июня'], kk: 'маусым' },
  { en: 'July', ru: ['июль', 'июля'], kk: 'шілде' },
  { en: 'August', ru: ['август', 'августа'], kk: 'тамыз' },
  { en: 'September', ru: ['сентябрь', 'сентября'], kk: 'қыркүйек' },
  { en: 'October', ru: ['октябрь', 'октября'], kk: 'қазан' },
  { en: 'November', ru: ['ноябрь', 'ноября'], kk: 'қараша' },
  { en: 'December', ru: ['декабрь', 'декабря'], kk: 'желтоқсан' },
];

/** A provision number as printed: `5`, `1-1`, `14-1`. */
export const NUM = String.raw`\d{1,4}(?:-\d{1,3})?`;

/**
 * The publisher's editorial note: "Примечание РЦПИ!" / "Примечание ИЗПИ!", "РҚАО-ның
 * ескертпесі!" / "ЗҚАИ-ның ескертпесі!", "Note of RCLI!"; or "Примечание." / "Ескертпе." when
 * quoted like a footnote or announcing a change ("предусмотрено", "көзделген", "envisaged").
 * A bare "Примечание." or "Примечание:" in the text is the act's own words (codes have them).
 */
export const EDITORIAL_MARK = /^(?:Примечание\s+(?:РЦПИ|ИЗПИ|ИЗПИ РК)\s*!|(?:РҚАО|ЗҚАИ)\s*-?\s*ның\s+ескертпесі\s*!?|Note\s+(?:of\s+(?:the\s+)?)?(?:RCLI|ILLI|IZPI)\s*!)/iu;
export const EDITORIAL_NOTE = /^(?:Примечание|Ескертпе|Note)\s*[.!]/u;
export const ANNOUNCED_CHANGE = /предусмотрен\p{L}*|көзделген|көзделеді|envisaged|is\s+provided\s+to/iu;

/** `Footnote.` / `Сноска.` / `Ескерту.`: an amendment note (adilet's "history of changes"). */
export const FOOTNOTE = /^(?:Footnote|Сноска|Ескерту)\s*\./u;

/** The heading of a table of contents some adilet exports print before the text. */
export const TOC_TITLE = /^(?:ОГЛАВЛЕНИЕ|Оглавление|СОДЕРЖАНИЕ|Содержание|МАЗМҰНЫ|Мазмұны|TABLE OF CONTENTS|Table of contents|Contents)$/u;

/** "Unofficial translation", "Updated Unofficial translation" above an English text (adilet's header). */
export const TRANSLATION_NOTE = /^(?:(?:Updated|Revised)\s+)?(?:Unofficial|Official)\s+translation\.?$|^(?:Обновл[её]нный\s+)?(?:Неофициальный|Официальный)\s+перевод\.?$|^(?:Жаңартылған\s+)?(?:Ресми емес|Ресми)\s+аударма\.?$/iu;

/** "Shall be subject to publication in the Collected Acts…" */
export const PUBLICATION_NOTE =
  /^(?:Shall be subject to publication|To be published|Subject to publication|Подлежит опубликованию)|жариялануға тиіс/iu;

/** The approval block that opens an approved instrument: "APPROVED BY Decree…", "УТВЕРЖДЕНО", "…БЕКІТІЛГЕН". */
export const APPROVAL_START = /^(?:APPROVED|Approved by|УТВЕРЖДЕН[ОАЫ]?|Утвержден[оаы]?(?![\p{L}\p{N}]))/u;
export const APPROVAL_END_KK = /(?:БЕКІТІЛГЕН|бекітілген)\s*\|?\s*$/u;

/** The marker that opens an appendix: "APPENDIX to Decree…", "ПРИЛОЖЕНИЕ", "…ҚОСЫМША". */
export const APPENDIX_START = /^(?:APPENDIX|Appendix|ANNEX|Annex|ПРИЛОЖЕНИЕ|Приложение)(?:\s+(?:№\s*)?\d+)?(?![\p{L}\p{N}])/u;
export const APPENDIX_END_KK = /(?:ҚОСЫМША|қосымша)(?:\s*№?\s*\d+)?\s*\|?\s*$/u;

/** A heading line: kind, printed number, the rest (title). Kazakh puts the number first (`1-тарау`). */
export interface HeadingMatch {
  kind: 'part' | 'chapter' | 'subchapter' | 'article';
  num: string;
  /** Length of the designation (`Chapter 1.`) within the matched text. */
  designationLength: number;
  title: string;
}

/**
 * A Roman numeral, as sections and chapters of older acts and of the Constitution are numbered
 * ("Раздел II", "Глава XVIII", "I бөлім"); sources also type it with Cyrillic І and Х.
 */
const ROMAN = String.raw`[IVXLCІХ]{1,8}(?![\p{L}\p{N}])`;

const HEADING_PATTERNS: Array<{ kind: HeadingMatch['kind']; re: RegExp }> = [
  { kind: 'part', re: new RegExp(String.raw`^((?:Section|SECTION|Part|PART|Раздел|РАЗДЕЛ)\s+(${NUM}|${ROMAN})\s*\.?)`, 'u') },
  // "2-бөлім", "2 бөлiм" (older texts drop the hyphen and type a Latin i).
  { kind: 'part', re: new RegExp(String.raw`^((${NUM}|${ROMAN})\s*-?\s*(?:бөл[іi]м|БӨЛ[ІI]М)\s*\.?)`, 'u') },
  { kind: 'chapter', re: new RegExp(String.raw`^((?:Chapter|CHAPTER|Глава|ГЛАВА)\s+(${NUM}|${ROMAN})\s*\.?)`, 'u') },
  { kind: 'chapter', re: new RegExp(String.raw`^((${NUM}|${ROMAN})\s*-?\s*(?:тарау|ТАРАУ)\s*\.?)`, 'u') },
  { kind: 'subchapter', re: new RegExp(String.raw`^((?:Параграф|ПАРАГРАФ|§)\s*(${NUM})\s*\.?)`, 'u') },
  { kind: 'subchapter', re: new RegExp(String.raw`^((${NUM})\s*-\s*(?:параграф|ПАРАГРАФ)\s*\.?)`, 'u') },
  { kind: 'article', re: new RegExp(String.raw`^((?:Article|ARTICLE|Статья|СТАТЬЯ)\s+(${NUM})\s*\.?)`, 'u') },
  { kind: 'article', re: new RegExp(String.raw`^((${NUM})\s*-\s*(?:бап|БАП)\s*\.?)`, 'u') },
];

export function matchHeading(text: string): HeadingMatch | undefined {
  for (const { kind, re } of HEADING_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[1]!.length);
    // "Статья 5 с изменениями…" is a sentence, not a heading: a heading's designation is followed
    // by a dot, the end of the line, or a title that does not start with a lowercase word.
    const hasDot = /\.\s*$/.test(m[1]!);
    if (!hasDot && rest.trim() && /^\s*\p{Ll}/u.test(rest)) continue;
    return { kind, num: m[2]!, designationLength: m[1]!.length, title: rest.trim() };
  }
  return undefined;
}

/** `5.` / `5 .` / `25\.` (escaped in Markdown) at the start of a block: a numbered paragraph. */
export const PARAGRAPH_NUM = new RegExp(String.raw`^(${NUM})\s?\\?\.(?!\d)`, 'u');
/** `1)` / `1-1)` at the start of a block: a sub-paragraph. */
export const SUBPARAGRAPH_NUM = new RegExp(String.raw`^(${NUM})\s?\\?\)`, 'u');

/**
 * Kazakh names the unit after its number, so an amending act's instruction "4) тармақша алып
 * тасталсын" ("sub-paragraph 4) is excluded") or "6), 7) және 14) тармақшалар … жазылсын" begins
 * like a sub-paragraph. What follows the marker tells them apart: further markers, then the word
 * for a sub-paragraph, paragraph or indent, is a reference to another act's unit, not a unit.
 */
export const UNIT_REFERENCE_KK = new RegExp(
  String.raw`^(?:\s*(?:,|және|мен)\s*${NUM}\s?\\?\))*\s+(?:тармақша|тармақ|абзац)[а-яәіңғүұқөһ]*(?:\s|[,.;:]|$)`,
  'u',
);

/**
 * A provision that survives only as a stub: "27. Excluded by…", "2) is excluded by…",
 * "Исключен…", "Алып тасталды…".
 */
export const EXCLUSION_STUB =
  /^\s*(?:(?:[Ii]s|[Ww]as|[Hh]as been|[Aa]re|[Ww]ere)\s+)?(?:Excluded|excluded|Deleted|deleted|Исключ[её]н[аоы]?|исключ[её]н[аоы]?|Утратил[аио]? силу|утратил[аио]? силу|[Аа]л(?:ын)?ып тасталды|Күші жойылды|күші жойылды)(?![\p{L}\p{N}])/u;

/** The first word(s) of a signatory line. */
export const SIGNATORY =
  /^(?:The\s+)?(?:President|Prime Minister|Chairman)\b|^(?:Президент|Премьер-Министр|Председатель)(?![\p{L}\p{N}])|^Қазақстан Республикасының\s+(?:Президенті|Премьер-Министрі)|^(?:Мемлекет басшысы)/u;

/** The line under a title that identifies the act: "Decree of the President … dated … No. 12". */
export const IDENTIFICATION =
  /^(?:(?:The\s+)?(?:Decree|Law|Constitutional Law|Resolution|Order|Code)\b|(?:Указ|Закон|Конституционный закон|Постановление|Приказ|Кодекс)(?![\p{L}\p{N}])|Қазақстан Республикасы)(?=.*(?:№|No\.?\s*\d))(?=.*\d{4})/u;

/** A line that closes an approval or appendix marker: it carries the approving act's number. */
export const ACT_NUMBER = /(?:№|No\.?|N)\s*\d/u;

/** Kinds of acts, as named in footnotes and references. */
export const ACT_KINDS: Array<{ kind: 'constitutional-law' | 'decree' | 'law' | 'resolution' | 'order'; re: RegExp }> = [
  { kind: 'constitutional-law', re: /Constitutional [Ll]aw|[Кк]онституционн\p{L}*\s+[Зз]акон\p{L}*|Конституциялық\s+[Зз]аң\p{L}*/u },
  { kind: 'decree', re: /\b[Dd]ecrees?\b|[Уу]каз\p{L}*|[Жж]арлы[ғқ]\p{L}*/u },
  { kind: 'law', re: /\b[Ll]aws?\b|[Зз]акон\p{L}*|[Зз]аң\p{L}*/u },
  { kind: 'resolution', re: /\b[Rr]esolutions?\b|[Пп]остановлени\p{L}*|[Ққ]аулы\p{L}*/u },
  { kind: 'order', re: /\b[Oo]rders?\b|[Пп]риказ\p{L}*|[Бб]ұйры[ғқ]\p{L}*/u },
];

/** "a decree having the force of a law": the decree's kind is decree, whatever the words after it say. */
export const FORCE_OF_LAW = /,?\s*(?:имеющ\p{L}*\s+силу\s+(?:конституционного\s+)?закона|(?:конституциялық\s+)?заң\s+күші\s+бар|having\s+the\s+force\s+of\s+(?:a\s+)?(?:constitutional\s+)?law),?/giu;

/**
 * A sentence that starts a note of its own inside one footnote: a pointer to an interpretation
 * ("… № 12. См. постановление …") or another unit's change ("… № 3. Статья 5 с изменениями …").
 */
export const NOTE_SENTENCE = /^(?:См\.|See\s|(?:Статья|Статьи|Пункт|Подпункт|Глава|Раздел|Article|Paragraph|Chapter|Section)\s+\d)/u;

export const ISSUERS: Array<{ issuer: string; re: RegExp }> = [
  { issuer: 'President', re: /President|Президент\p{L}*/u },
  { issuer: 'Government', re: /Government|Правительств\p{L}*|Үкімет\p{L}*/u },
];

/**
 * Action words, most specific first: the first that matches a segment of a footnote wins. A
 * two-part wording ("words … replaced") has its second part in `then`, looked for after the
 * first part's first occurrence: one scan, where `words?[\s\S]*replaced` would rescan the rest
 * of the text for every "word" in it.
 */
export const ACTIONS: Array<{ action: Exclude<AmendmentAction, 'other'>; re: RegExp; then?: RegExp }> = [
  // Notes that change no wording come first: they may name a change only to place it.
  { action: 'interpreted', re: /^\s*(?:См\.|See\b)|официальн\p{L}* толковани\p{L}*|түсініктеме\s+берілді|ресми\s+түсіндірме|official\s+interpretation/iu },
  { action: 'suspended', re: /приостановлен\p{L}*|тоқтатыла\s+тұр\p{L}*|suspended/iu },
  { action: 'words-replaced', re: /\bwords?\b/iu, then: /\breplaced\b/iu },
  { action: 'words-replaced', re: /слов[аоы]?(?![\p{L}\p{N}])/iu, then: /замен/iu },
  { action: 'words-replaced', re: /сөз/iu, then: /ауыстыр/iu },
  { action: 'abrogated', re: /abrogated|abolished|lost (?:its )?force|утратил\p{L}* силу|күші жойыл\p{L}*/iu },
  { action: 'excluded', re: /excluded|deleted|исключ\p{L}*|ал(?:ын)?ып\s+тастал\p{L}*/iu },
  { action: 'reworded', re: /wording|reworded|в редакции|редакциясында|жаңа редакция\p{L}*/iu },
  { action: 'amended', re: /\bamend\p{L}*|\bchanged\b|\bchanges\b|изменени\p{L}*|изменен\p{L}*|өзгеріс\p{L}*|өзгерт\p{L}*/iu },
  { action: 'supplemented', re: /supplement\p{L}*|addition\p{L}*|inserted|дополн\p{L}*|введен[аоы]?(?![\p{L}])(?!\s+в\s+действие)|толықтыр\p{L}*/iu },
];

/** Words that open the entry-into-force rule inside a footnote's parentheses. */
export const ENTRY_INTO_FORCE =
  /enforce|enact|into force|into effect|put into|вводится|введени\p{L}*|вступа\p{L}*|қолданысқа|күшіне/u;

/** "Only the Russian (Kazakh) text changed": which language's text an amendment touched. */
export const LANGUAGE_ONLY: Array<{ lang: 'ru' | 'kk' | 'en'; re: RegExp }> = [
  { lang: 'ru', re: /орыс тіліндегі мәтін\p{L}*|текст на русском языке изменен|Russian text|text in Russian/iu },
  { lang: 'kk', re: /қазақ тіліндегі мәтін\p{L}*|текст на казахском языке|Kazakh text|text in Kazakh|государственном языке/iu },
];

/**
 * What a footnote says it amends, in its own words ("Paragraph 5", "Заголовок главы 2",
 * "13-тармақ"). `heading: true` when only the heading of a chapter or article changed.
 */
export interface StatedTarget {
  kind: 'part' | 'chapter' | 'subchapter' | 'article' | 'paragraph' | 'subparagraph' | 'preamble' | 'act';
  num?: string;
  heading?: boolean;
  /** The words naming the target, as printed. */
  text: string;
}

const KIND_WORDS: Array<{ kind: StatedTarget['kind']; re: RegExp }> = [
  { kind: 'subparagraph', re: /^(?:sub-?paragraph|подпункт\p{L}*|тармақша\p{L}*)$/iu },
  { kind: 'paragraph', re: /^(?:paragraph|пункт\p{L}*|тармақ\p{L}*)$/iu },
  { kind: 'article', re: /^(?:article|стать\p{L}*|бап\p{L}*|баб\p{L}*)$/iu },
  { kind: 'chapter', re: /^(?:chapter|глав\p{L}*|тарау\p{L}*)$/iu },
  { kind: 'part', re: /^(?:section|part|раздел\p{L}*|бөлім\p{L}*)$/iu },
  { kind: 'subchapter', re: /^(?:параграф\p{L}*)$/iu },
];

function kindOfWord(word: string): StatedTarget['kind'] | undefined {
  return KIND_WORDS.find((k) => k.re.test(word))?.kind;
}

const W = String.raw`[\p{L}-]+`;

/**
 * The unit a footnote says was added: "Закон дополнен статьей 10-1", "Раздел 3 дополнен статьей
 * 14-1", "Статья 14-1 введена Законом …", "Заң 3-1-баппен толықтырылды", "The Law is
 * supplemented by Article 5-1". The note amends that unit, wherever the edition prints the note
 * (after the new unit, inside it, or at the end of the unit before it).
 */
export function matchInsertedUnit(body: string): { kind: StatedTarget['kind']; num: string; text: string } | undefined {
  const head = body.trim().slice(0, 200);
  const patterns = [
    new RegExp(String.raw`^(?:[\p{L}\p{N})-]+\s+){1,5}?(?:дополнен\p{L}*|supplemented\s+(?:by|with))\s+(?:(?:a|the)\s+)?(?:new\s+)?(${W})\s+(${NUM})`, 'iu'),
    new RegExp(String.raw`^(?:[\p{L}\p{N})-]+\s+){0,4}?(${NUM})\)?\s*-?\s*(${W})\s+толықтырыл\p{L}*`, 'iu'),
    new RegExp(String.raw`^(${W})\s+(${NUM})\)?\s+(?:введен\p{L}*|включен\p{L}*|is\s+inserted|was\s+inserted)(?![\p{L}])`, 'iu'),
  ];
  for (const [i, re] of patterns.entries()) {
    const m = re.exec(head);
    if (!m) continue;
    // The Kazakh form puts the number before the unit's word ("3-1-баппен").
    const [word, num] = i === 1 ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const kind = kindOfWord(word);
    if (kind && kind !== 'act' && kind !== 'preamble') return { kind, num, text: m[0] };
  }
  return undefined;
}

/** A note that names a heading or title, whatever its unit ("Заголовок приложения …", "1-қосымшаның тақырыбы …"). */
export const NAMES_HEADING = /^(?:(?:the\s+)?(?:title|heading|name)\s+of\b|заголов\p{L}*|назван\p{L}*|наименован\p{L}*|\S+\s+(?:тақырыбы|атауы)\p{L}*)/iu;

/** Reads the target named at the start of a footnote's body (after `Footnote.`). */
export function matchStatedTarget(body: string): StatedTarget | undefined {
  const text = body.trim();
  let m: RegExpExecArray | null;
  // "Title of the chapter 1", "Заголовок главы 1", "Heading of Article 15"
  if ((m = new RegExp(String.raw`^((?:the\s+)?(?:title|heading|name)\s+of\s+(?:the\s+)?(${W})\s+(${NUM}))`, 'iu').exec(text)) ||
      (m = new RegExp(String.raw`^((?:заголовок|название|наименование)\s+(${W})\s+(${NUM}))`, 'iu').exec(text))) {
    const kind = kindOfWord(m[2]!);
    if (kind) return { kind, num: m[3]!, heading: true, text: m[1]! };
  }
  // "1-тараудың тақырыбы", "15-баптың тақырыбы"
  if ((m = new RegExp(String.raw`^((${NUM})\s*-\s*(${W})\s+(?:тақырыбы|атауы)\p{L}*)`, 'iu').exec(text))) {
    const kind = kindOfWord(m[3]!);
    if (kind) return { kind, num: m[2]!, heading: true, text: m[1]! };
  }
  // "Paragraph 5", "Пункт 5", "Sub-paragraph 3)", "Статья 7"
  if ((m = new RegExp(String.raw`^((${W})\s+(${NUM})\)?)`, 'iu').exec(text))) {
    const kind = kindOfWord(m[2]!);
    if (kind) return { kind, num: m[3]!, text: m[1]! };
  }
  // "13-тармақ", "6-тармақтың", "12-тармаққа", "7-бап"
  if ((m = new RegExp(String.raw`^((${NUM})\s*-\s*(${W}))`, 'iu').exec(text))) {
    const kind = kindOfWord(m[3]!);
    if (kind) return { kind, num: m[2]!, text: m[1]! };
  }
  // "Закон дополнен статьей 10-1", "Положение дополнено пунктом 5-1", "supplemented by paragraph 5-1"
  if ((m = new RegExp(String.raw`^(\p{L}+\s+(?:дополнен\p{L}*|supplemented\s+(?:by|with))\s+(${W})\s+(${NUM}))`, 'iu').exec(text))) {
    const kind = kindOfWord(m[2]!);
    if (kind) return { kind, num: m[3]!, text: m[1]! };
  }
  if ((m = /^(preamble|преамбул\p{L}*)/iu.exec(text))) return { kind: 'preamble', text: m[1]! };
  if ((m = /^(throughout the text|по всему тексту|бүкіл мәтін бойынша|мәтін бойынша)/iu.exec(text))) return { kind: 'act', text: m[1]! };
  if ((m = /^((?:the\s+)?(?:Decree|Law|Regulations?|Resolution|Order)|Указ|Закон|Положение|Постановление|Жарлық|Заң|Ереже|Қаулы)(?![\p{L}\p{N}])/u.exec(text)))
    return { kind: 'act', text: m[1]! };
  return undefined;
}

/*
 * Entry-into-force rules, as notes and acts state them ("вводится в действие со дня его первого
 * официального опубликования"). Each pattern is one kind of rule in the three languages.
 */
export const ENTRY_RULES = {
  /** "from the day of signing": in force on the act's own date. */
  signing: /со\s+дня\s+(?:его\s+|ее\s+)?подписания|қол\s+қойылған\s+күн\p{L}*|from\s+the\s+(?:date|day)\s+of\s+(?:its\s+)?signing/iu,
  /** "upon expiry of ten calendar days after the day of first official publication": the number of days. */
  daysAfterPublication:
    /по\s+истечении\s+(\p{L}+|\d+)\s+календарных\s+дней\s+после\s+(?:дня\s+)?(?:его\s+|ее\s+)?первого\s+официального\s+опубликования|жарияланған\s+күнінен\s+кейін\s+күнтізбелік\s+(\p{L}+|\d+)\s+күн\s+өткен\s+соң|(?:upon|after)\s+(?:the\s+)?expiry\s+of\s+(\p{L}+|\d+)\s+calendar\s+days\s+after\s+(?:the\s+day\s+of\s+)?(?:its\s+)?first\s+official\s+publication/iu,
  /** "after the day of first official publication": the day after. */
  dayAfterPublication: /после\s+дня\s+(?:его\s+|ее\s+)?первого\s+официального\s+опубликования|after\s+the\s+day\s+of\s+(?:its\s+)?first\s+official\s+publication/iu,
  /** "from the day of first official publication": the day of publication. */
  publication:
    /со\s+дня\s+(?:его\s+|ее\s+)?первого\s+официального\s+опубликования|(?:алғаш|алғашқы)\s+ресми\s+жарияланған\s+күнінен\s+бастап|from\s+the\s+(?:date|day)\s+of\s+(?:its\s+)?first\s+official\s+publication/iu,
  /** "see Article 2": the rule is in the amending act's text. */
  elsewhere: /см\.\s*ст(?:\.|атью)\s*\d|\d+\s*-\s*бап\p{L}*\s+қараңыз|see\s+Article\s+\d/iu,
} as const;

/** Number words entry-into-force rules use ("десяти", "он", "ten"). */
export const NUMBER_WORDS: Record<string, number> = {
  одного: 1, одной: 1, бір: 1, one: 1,
  пяти: 5, бес: 5, five: 5,
  семи: 7, жеті: 7, seven: 7,
  десяти: 10, десять: 10, он: 10, ten: 10,
  пятнадцати: 15, 'он бес': 15, fifteen: 15,
  тридцати: 30, отыз: 30, thirty: 30,
};
