import type { Dictionary } from './en.js';
import { MONTHS } from '../pipeline/keywords.js';
import { kk as kkCase } from './grammar.js';
/** Қазақ тіліндегі интерфейс. */
const kk: Dictionary = {
  strings: {
    skip: 'Мәтінге өту',
    contentsAsPublished: 'Дереккөзде тақырыптың алдында басылған мазмұны:',
    editorialNote: 'Баспагердің ескертпесі және онда жарияланған редакция: қолданыстағы мәтінге кірмейді',
    deleted: 'алынды',
    inserted: 'қосылды',
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
    abrogatedBy: 'Күшін жойған:',
    inForce: 'Қолданыста',
    availableIn: 'Бұл акт мына тілдерде',
    seeText: 'мына тілдегі мәтінді қараңыз:',
    preamble: 'Кіріспе',
    decreePoints: 'Жарлық',
    sourceNotes: 'Дереккөз',
    currency: 'Өзектілігі',
    signature: 'Қолы',
    versions: 'Редакциялар',
    latest: 'соңғы',
    asInForceOn: 'мына күнгі редакциясы:',
    approvedBy: 'бекітілген',
    definedIn: 'анықтамасы:',
    theAct: 'акт',
    theText: 'мәтін бойынша',
    changedBy: 'Мәтінді өзгерткен:',
    notInAnyEdition: 'Осы күнгі редакция жинақтағы басылымдардың ешқайсысында жоқ',
    wordingUnavailable: 'Бұл редакцияның қазақша мәтіні жоқ; мына тілдегі мәтіні',
    inForceFrom: 'Күшіне енген күні:',
    until: 'дейін',
    currentVersion: 'Қолданыстағы редакция',
    replacedOn: 'ауыстырылды',
    lostForceOn: 'актінің күші жойылғанға дейін',
    changesOnThisDate: 'Осы күнгі өзгерістер',
    entryIntoForce: 'Қолданысқа енгізілуі',
    publicationUnknown: 'оның жарияланған күні жинақта жоқ',
    ruleInAct: 'қолданысқа енгізу тәртібі өзгертуші актіде көрсетілген, оның мәтіні жинақта жоқ',
    noRuleStated: 'ешбір ескерту өзгерістердің қашан күшіне енгенін көрсетпейді',
    fallbackNote: 'ережеде осы күнге қазақша мәтін жоқ: олар басқа тілде, белгімен көрсетілген.',
    missingNote: 'ережеде осы күнгі мәтін ешбір басылымда жоқ.',
    lastVersion: 'Соңғы редакция',
    compareWithLast: 'Соңғы редакциямен салыстыру',
    beforeAdoption: 'Бұл күні акт әлі қабылданбаған. Оның бірінші редакциясы:',
    afterRepeal: 'Бұл күні акт күшін жойған. Күші жойылған күні:',
    disputedNote: 'Редакциялар бұл ескертуге қайшы: онда аталған актіге дейінгі және кейінгі мәтіндер бірдей, сондықтан ол өзгеріс ретінде есептелмейді. Қараңыз:',
    compareWithPrevious: 'Алдыңғы редакциямен салыстыру',
    compareWithCurrent: 'Қолданыстағы редакциямен салыстыру',
    showOnDate: 'Мәтінді мына күнгі күйінде көрсету:',
    go: 'Көрсету',
    originalWording: 'Бастапқы редакция',
    versionAsPublished: 'Бұл редакция — осы күнгі басылым, жарияланған күйінде.',
    versionAssembled: 'Бұл редакция басылымдардан әр ереже бойынша құрастырылған.',
  },
  /** Names of the kinds of acts (src/model/act-types.ts). */
  kinds: {
    constitution: 'Конституция',
    'constitutional-law': 'Конституциялық заң',
    code: 'Кодекс',
    law: 'Заң',
    decree: 'Жарлық',
    'government-decree': 'Үкімет қаулысы',
    resolution: 'Қаулы',
    order: 'Бұйрық',
    'local-act': 'Жергілікті органның шешімі',
    act: 'Акт',
  },
  /** How a note's amending acts are introduced, by what they did. */
  actions: {
    reworded: 'Жаңа редакция:',
    amended: 'Өзгерістер:',
    supplemented: 'Толықтырулар:',
    excluded: 'Алып тасталды:',
    abrogated: 'Күші жойылды:',
    'words-replaced': 'Сөздер ауыстырылды:',
    interpreted: 'Ресми түсіндірме:',
    suspended: 'Қолданылуы тоқтатылды:',
    other: 'Өзгерістер:',
  },
  /** What an amending act did, as a verb ("Decree No. 12 reworded para. 5"). */
  verbs: {
    reworded: 'жаңа редакцияда жазды',
    amended: 'өзгертті',
    supplemented: 'толықтырды',
    excluded: 'алып тастады',
    abrogated: 'күшін жойды',
    'words-replaced': 'сөздерін ауыстырды',
    interpreted: 'түсіндірді',
    suspended: 'қолданылуын тоқтатты',
    other: 'өзгертті',
  },
  /** Short designations of provisions, for citations and links. */
  units: {
    part: (n: string) => `${n}-бөлім`,
    chapter: (n: string) => `${n}-тарау`,
    subchapter: (n: string) => `${n}-параграф`,
    article: (n: string) => `${n}-бап`,
    paragraph: (n: string) => `${n}-тармақ`,
    subparagraph: (n: string) => `${n})-тармақша`,
  },
  /** Language names as they precede «тіліндегі». */
  languageNames: { en: 'ағылшын', ru: 'орыс', kk: 'қазақ' },
  /** The header of a version's plain-text file (src/data/text.ts). */
  plainText: { version: 'Қолданыстағы редакция:', until: '–', source: 'Дереккөз', borrowed: 'Басқа редакциядағы мәтін', missing: 'Мәтіні ешбір редакцияда жоқ', unknown: '[осы күнгі мәтіні жинақта жоқ]' },
  format: {
    attachmentPreamble: (n: string) => `${n}-қосымшаның кіріспесі`,
    attachment: (n: string) => `${n}-қосымша`,
    /** `2021 жылғы 21 шілде` */
    date: (day: number, month: number, year: number) => `${year} жылғы ${day} ${MONTHS[month - 1]!.kk}`,
    /** `2021 жылғы 21 шілдедегі № 12 Жарлық`: the date before, in the locative-attributive. */
    act: (kind: string, number: string, date: string) => `${kkCase(date, 'locative-attributive')}${number ? ` № ${number}` : ''} ${kind}`,
    /** `5-тармақ, 3)-тармақша`: from the outermost in. */
    path: (labels: string[]) => labels.join(', '),
    /** `2024 жылғы 27 желтоқсаннан бастап`: the date in the ablative. */
    /** `Ерте дегенде 2022 жылғы 18 ақпаннан бастап қолданыста` */
    onOrAfter: (date: string) => `Ерте дегенде ${kkCase(date, 'ablative')} бастап қолданыста`,
    unrecorded: (from: string, to: string) => `${kkCase(from, 'locative-attributive')} және ${kkCase(to, 'locative-attributive')} басылымдарда мәтіні әртүрлі, ал оның қашан өзгергенін жинақтағы бірде-бір ескерту көрсетпейді`,
    nearest: (from: string, until?: string) => `Жинақтағы ең жақын редакция (${until ? `${kkCase(from, 'ablative')} ${kkCase(until, 'dative')} дейін` : `${kkCase(from, 'ablative')} бастап`} қолданыста): бұл осы күнгі мәтін емес`,
    since: (date: string) => `${kkCase(date, 'ablative')} бастап`,
    published: (date: string) => `${kkCase(date, 'locative')} жарияланды`,
    currency: (latest: string, retrieved?: string): [string, string] =>
      [`Жинақтағы ең соңғы редакция — ${kkCase(latest, 'locative-attributive')} редакция${retrieved ? `; мәтіндер дереккөздерден ${kkCase(retrieved, 'locative')} алынды` : '; мәтіндердің дереккөздерден алынған күні жазылмаған'}`, 'Кейінгі өзгерістер мұнда көрсетілмеген.'],
    headingOf: (what: string) => `тақырыбы: ${what}`,
    heading: (label: string) => `Тақырыбы. ${label}`,
    fallback: (shown: string) => `Осы күнгі қазақша мәтін жинақта жоқ. ${shown.charAt(0).toUpperCase()}${shown.slice(1)} тіліндегі мәтіні:`,
    citation: (c) => {
      const approved = c.approved && `${kkCase(c.approved.date, 'locative-attributive')}${c.approved.number ? ` № ${c.approved.number}` : ''} ${INSTRUMENTAL[c.approved.kind] ?? ''} бекітілген ${c.approved.short}`;
      const wording = c.wording ? `; ${c.wording.name} тіліндегі ${c.wording.official ? 'мәтін' : 'ресми емес аударма'}` : '';
      return `${approved ?? `${c.name}${c.title ? ` «${c.title}»` : ''}`}, ${c.path} (${kkCase(c.version, 'locative-attributive')} редакциясы${wording})`;
    },
  },
};

/** The kinds of acts in the instrumental case: "approved by (a decree)". */
const INSTRUMENTAL: Record<string, string> = { decree: 'Жарлығымен', law: 'Заңымен', 'government-decree': 'Үкімет қаулысымен', resolution: 'Қаулысымен', order: 'Бұйрығымен' };

export default kk;
