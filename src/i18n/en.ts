import type { Language } from '../model/languages.js';
import { MONTHS } from '../pipeline/keywords.js';
import { enPlural } from './grammar.js';

/** The interface in English: the words every page needs, and how English writes dates, acts and provisions. */
const en = {
  strings: {
    skip: 'Skip to the text',
    /** Hidden labels of a word diff, read by screen readers. */
    deleted: 'deleted',
    inserted: 'inserted',
    contents: 'Contents',
    cite: 'Cite',
    copy: 'Copy citation',
    copied: 'Citation copied',
    history: 'History',
    orgChart: 'Org chart',
    historyOf: 'History of',
    otherLanguages: 'In other languages',
    footnoteAsPublished: 'Footnote as published',
    contentsAsPublished: 'Contents, as printed before the title in the source:',
    editorialNote: 'Editorial note of the publisher, with the wording it announces: not part of the text in force',
    excluded: 'Excluded',
    unofficialTranslation: 'Unofficial translation: the Russian and Kazakh texts are the official ones.',
    textCurrentTo: 'Text as amended up to',
    editionOf: 'Edition of',
    noLongerInForce: 'No longer in force',
    abrogatedBy: 'Abrogated by',
    inForce: 'In force',
    availableIn: 'This act in',
    seeText: 'see the text in',
    preamble: 'Preamble',
    decreePoints: 'The decree',
    sourceNotes: 'Source',
    currency: 'Up to date as of',
    signature: 'Signature',
    versions: 'Versions',
    latest: 'latest',
    asInForceOn: 'as in force on',
    approvedBy: 'approved by',
    definedIn: 'defined in',
    theAct: 'the act',
    theText: 'the text throughout',
    changedBy: 'Its wording was changed by',
    titleNotInCollection: 'The title in force on this date is not in any edition in the collection',
    thisActChanged: 'This act changed:',
    table: 'Table',
    notInAnyEdition: 'The wording in force on this date is not in any edition in the collection',
    wordingUnavailable: 'Not available in English for this date; the wording in',
    inForceFrom: 'In force from',
    until: 'until',
    currentVersion: 'Current version',
    replacedOn: 'replaced on',
    lostForceOn: 'until the act lost force on',
    changesOnThisDate: 'Changes on this date',
    entryIntoForce: 'Entry into force',
    publicationUnknown: 'its publication date is not in the collection',
    ruleInAct: 'the rule is in the amending act, whose text is not in the collection',
    noRuleStated: 'no note states when it entered into force',
    lastVersion: 'Last version',
    compareWithLast: 'Compare with the last version',
    beforeAdoption: 'The act was not yet adopted on this date. Its first version is of',
    afterRepeal: 'The act was no longer in force on this date. It lost force on',
    disputedNote: 'The editions contradict this note: the texts before and after the act it names are the same, so it is not counted as a change. See the',
    compareWithPrevious: 'Compare with the previous version',
    compareWithCurrent: 'Compare with the current version',
    showOnDate: 'Show the text as in force on',
    go: 'Show',
    originalWording: 'Original wording',
    versionAsPublished: 'This version is the edition of this date, as published.',
    versionAssembled: 'This version is put together from the editions, provision by provision.',
    download: 'Download this version',
    plainTextFile: 'text',
    printedOn: 'Printed on',
    movedTo: 'This address leads to',
    versionAddress: 'Address of this version',
    aboutVersion: 'Source, versions and dates',
    shownVersion: 'shown',
    compareVersions: 'Compare versions',
    compareFrom: 'From',
    compareTo: 'To',
    compareGo: 'Compare',
  },
  /** Names of the kinds of acts (src/model/act-types.ts). */
  kinds: {
    constitution: 'Constitution',
    'constitutional-law': 'Constitutional Law',
    code: 'Code',
    law: 'Law',
    decree: 'Decree',
    'government-decree': 'Government Decree',
    resolution: 'Resolution',
    order: 'Order',
    'local-act': 'Local Act',
    act: 'Act',
  },
  /** How a note's amending acts are introduced, by what they did. */
  actions: {
    reworded: 'Reworded by',
    amended: 'Amended by',
    supplemented: 'Supplemented by',
    excluded: 'Excluded by',
    abrogated: 'Abrogated by',
    'words-replaced': 'Words replaced by',
    interpreted: 'Interpreted by',
    suspended: 'Suspended by',
    other: 'Changed by',
  },
  /** What an amending act did, as a verb ("Decree No. 12 reworded para. 5"). */
  verbs: {
    reworded: 'reworded',
    amended: 'amended',
    supplemented: 'supplemented',
    excluded: 'excluded',
    abrogated: 'abrogated',
    'words-replaced': 'replaced words in',
    interpreted: 'interpreted',
    suspended: 'suspended',
    other: 'changed',
  },
  /** Short designations of provisions, for citations and links. */
  units: {
    part: (n: string) => `Section ${n}`,
    chapter: (n: string) => `Chapter ${n}`,
    subchapter: (n: string) => `§ ${n}`,
    article: (n: string) => `Art. ${n}`,
    paragraph: (n: string) => `para. ${n}`,
    subparagraph: (n: string) => `subpara. ${n})`,
  },
  /** Language names as they follow "The … wording" ("The Russian wording"); the English name where one is missing. */
  languageNames: { en: 'English', ru: 'Russian', kk: 'Kazakh' } as Partial<Record<Language, string>>,
  /** How the language writes dates, acts and designations. */
  /** The header of a version's plain-text file (src/data/text.ts). */
  plainText: { version: 'Version in force from', until: 'until', source: 'Source', borrowed: 'Wording from another edition', missing: 'No edition holds the wording of', unknown: '[the wording on this date is not in the collection]' },
  /** The header and footer of every page (src/layouts/Base.astro). */
  site: {
    name: 'Kazakhstan legislation',
    nav: 'Site',
    acts: 'Acts',
    search: 'Search',
    guides: 'Guides',
    data: 'Data',
    searchLabel: 'Search the acts',
    noscriptSearch: ['Search needs JavaScript:', 'browse the acts and their contents'] as [string, string],
    sources: 'Texts from adilet.zan.kz and zan.gov.kz (official Russian and Kazakh texts; English is an unofficial translation), with their provenance.',
    sourcesLink: 'Where the texts come from',
    footer: 'Footer',
    allActs: 'All acts',
    openData: 'Open data',
    feed: 'Amendments feed (Atom)',
    feedTitle: 'Amendments to all acts',
    buildReport: 'Build report',
  },
  /** The history page (src/components/HistoryPage.astro) and its account of the sources. */
  history: {
    title: 'History of changes',
    description: (act: string) => `Every version of ${act}, the acts that changed it and each provision's wordings over time, from every edition in the collection.`,
    intro: (title: string, editions: string) => `${title}. Built from every edition in the collection (${editions}) and every note and exclusion stub in them. A version starts on the day its changes entered into force, read from the rule the notes state; where that needs a publication date the collection does not have, or no note states one, the version starts on or after the earliest day it can have been in force, and says so.`,
    editionsIn: (language: string, dates: string) => `${language}: ${dates}`,
    inForceUntil: (date: string) => ` — in force until ${date}`,
    adopted: 'Adopted: the original wording.',
    rules: 'Entry into force, as the notes state it:',
    noRule: 'The notes state no entry-into-force rule.',
    recordedIn: 'Recorded in the notes of the editions:',
    editionsOfDate: 'Editions of this date:',
    textInForce: 'Text as in force:',
    compareWithPrevious: 'compare with the previous version',
    abrogated: 'no longer in force: abrogated by',
    abrogatedNoAct: 'no longer in force.',
    disagreements: 'Where the sources disagree',
    agree: 'The sources agree.',
    compareAny: 'Compare any two versions',
    eachProvision: 'Each provision over time',
    wholeAct: 'The act as a whole',
    noWholeChange: 'No change to the whole text recorded.',
    throughout: (date: string, verb: string) => `${date}: ${verb} the text throughout`,
    abrogatedOn: (date: string) => `${date}: abrogated`,
    by: 'by',
    /** How a change and its act are told: "reworded by Decree …" (false), "Указ … — изменил" (true). */
    actFirst: false,
    partOf: 'Part of',
    theAct: 'the act',
    changesThere: 'its changes are recorded there.',
    noChangeSince: (date: string) => `No change recorded since ${date}. Text:`,
    onwards: 'onwards',
    period: (from: string, to?: string) => (to ? `${from} to ${to}` : `${from} onwards`),
    unrecorded: 'a change no note records',
    statuses: { excluded: 'excluded', absent: 'not in the act' },
    noEditionHolds: (language: string) => `No ${language} edition holds this wording.`,
    fromEdition: (language: string) => `From the ${language} edition of`,
    attachmentUnchanged: 'No change to it as a whole recorded; its provisions have their own sections above.',
    itsHeading: 'its heading',
    it: 'it',
    disagreement: {
      omits: (edition: string, act: string, recorded: string) => `${edition} does not record ${act}, which the notes of other editions record (${recorded}).`,
      unrecorded: (language: string, from: string, to: string) => `The ${language} texts of ${from} and ${to} differ, but no note records a change between them.`,
      notVisible: (recorded: string, act: string, language: string) => `Notes (${recorded}) record that ${act} changed the ${language} text, but the ${language} texts before and after it are the same.`,
      target: (edition: string, stated: string) => `The note under it in ${edition} names “${stated}”; it is kept with what it follows.`,
      listAgrees: (who: string, acts: string) => `${who} lists, in its appendix, the acts repealed with this one; they are the amending acts the notes record: ${acts}.`,
      listDiffers: (who: string, listed: string, recorded: string) => `${who} lists in its appendix ${listed}; the notes record ${recorded}.`,
      listedOnly: (acts: string) => `Listed but not in the notes: ${acts}.`,
      recordedOnly: (acts: string) => `In the notes but not listed: ${acts}.`,
      edition: (language: string, date: string) => `the ${language} edition of ${date}`,
    },
  },
  /** The compare page (src/pages/acts/[act]/[lang]/compare/…). */
  /** The org chart page. */
  org: {
    /** Where a quote's words come from: "Russian", «текст на русском языке». */
    textIn: (language: string) => language,
    title: 'Org chart',
    intro: 'The bodies, offices and people the act sets up and how they relate. Every box and arrow comes from a provision, quoted; the build checks each quote against the text in force for the period it claims. Choose a date to see the structure then.',
    versions: 'Versions',
    latest: '(latest)',
    changedOn: 'Changed on this date:',
    unchanged: 'The structure and the words it rests on did not change on this date.',
    outline: 'Outline',
    skip: 'Skip to the outline',
    skipRest: ', which gives the same structure in words.',
    fromWord: 'From',
    structureFrom: (from: string, until?: string) => `Structure as in force from ${from}${until ? ` until ${until}` : ''}`,
    caption: (date: string, nodes: number, relations: number) => `The structure on ${date}: ${nodes} bodies, offices and people, ${relations} relations. The chart is wider than most screens: scroll it sideways.`,
    added: (what: string) => `added: ${what}`,
    removed: (what: string) => `removed: ${what}`,
    reworded: (what: string) => `reworded: ${what}, now`,
    description: (act: string) => `The bodies and offices ${act} sets up and how they relate, on every version date, each proven against the text.`,
    /**
     * A relation as a sentence, and the words before its linked target. Russian and Kazakh put
     * the target after a colon: the chart's names are in the nominative, and the verb would
     * want another case ("возглавляет Совет", "Төрағаға есеп береді") the data does not hold.
     */
    relation: (from: string, verb: string, to: string) => `${from} ${verb} ${to}`,
    relationTo: (verb: string) => `${verb} `,
    relations: { heads: 'heads', appoints: 'appoints', convenes: 'convenes', 'accountable-to': 'accountable to', 'part-of': 'part of', 'working-body-of': 'working body of', coordinates: 'coordinates', supports: 'supports', forms: 'forms', governs: 'governs', elects: 'elects', 'deputy-of': 'deputy of' },
  },
  compare: {
    steps: 'Changes step by step',
    previousStep: 'Previous step',
    nextStep: 'Next step',
    previousChange: 'Previous change',
    nextChange: 'Next change',
    changedList: 'Changed:',
    chooserHelp: 'Choose two versions: the comparison opens. Without JavaScript, the form comes back here; follow the steps below.',
    /** While the browser compares two versions no page prerenders; and if it cannot. */
    computing: 'Comparing the two versions…',
    computeFailed: 'The comparison could not be loaded. Follow the steps below: each compares two consecutive versions.',
    title: (from: string, to: string) => `Changes from ${from} to ${to}`,
    heading: (from: string, to: string) => `What changed from ${from} to ${to}`,
    textIn: (language: string) => `The ${language} text.`,
    compared: 'Compared:',
    versionOf: (date: string) => `the version of ${date}`,
    and: 'and',
    /** The legend of the diff: [before <del>, inside <del>, between, inside <ins>, after]. */
    legend: ['Deleted words are ', 'struck through', ', inserted words ', 'underlined', '.'] as [string, string, string, string, string],
    summary: 'Summary',
    counts: (changed: number, unchanged: number) => `${changed} ${enPlural(changed, 'provision', 'provisions')} changed, ${unchanged} unchanged.`,
    noActs: 'No amending act is recorded between these dates.',
    only: (languages: string) => `${languages} text only`,
    changedProvisions: 'Changed provisions',
    none: 'None.',
    by: 'By',
    /** A wording changed by one kind of change, as the notes record it: named so, not "reworded or amended". */
    /** A wording that changed with no note recording the change. */
    unrecordedKind: 'changed, with no note in the collection recording it',
    kinds: { reworded: 'reworded', amended: 'amended', 'words-replaced': 'words replaced', supplemented: 'supplemented' } as Partial<Record<string, string>>,
    reasons: {
      text: 'reworded or amended',
      added: 'added',
      removed: 'removed',
      excluded: 'excluded',
      restored: 'restored',
      recorded: 'changed according to the amendment notes; the wording on one of the dates is in no edition',
    },
    otherLanguage: (own: string, other: string) => `No ${own} edition holds both wordings; compared in ${other}.`,
    shownIn: (language: string, official: boolean) => `(the ${language} wording${official ? '' : ', an unofficial translation'}; none in this language)`,
    before: 'Before:',
    after: 'After:',
    notInEdition: 'the wording is in no edition of the collection',
    unchangedProvisions: 'Unchanged provisions',
    unchangedCount: (n: number) => `${n} ${enPlural(n, 'provision', 'provisions')} unchanged`,
    otherPairs: 'Compare other versions',
    description: (act: string, from: string, to: string, language: string) => `What changed in ${act} between ${from} and ${to}, in the ${language} text.`,
  },
  /** Language names standing alone (a filter's options, a list of languages). */
  languageTitles: { en: 'English', ru: 'Russian', kk: 'Kazakh' } as Record<Language, string>,
  /** Who issued an act known by reference, as the notes name it (src/pipeline/keywords.ts, ISSUERS). */
  issuers: { President: 'of the President', Government: 'of the Government' } as Partial<Record<string, string>>,
  /** The site's own pages: home, /acts/, /search/, /data/, 404, and an act known by reference. */
  pages: {
    languages: 'This page in other languages',
    home: {
      title: 'Kazakhstan legislation — read, compare and search the acts',
      description: "Kazakhstan's legal acts in Russian and Kazakh, with English translations, every amendment traced to the act that made it.",
      heading: "Kazakhstan's legal acts, with their history",
      intro: 'Read an act as it stands or as it stood on a date, see what changed each provision and which act changed it, and cite any provision by a permanent link. Texts are in Russian and Kazakh, the official languages, with English translations where published.',
      sources: 'The texts come from the official legal databases (adilet.zan.kz and zan.gov.kz), copied with their provenance; nothing is retyped.',
      sourcesLink: 'Where the texts come from and how far to trust each language',
      searchLabel: 'Search the acts, in any language',
      acts: 'The acts',
      languages: 'Languages:',
      latest: 'Latest changes',
      wholeAct: 'the whole act',
      more: (n: number) => `and ${n} more`,
    },
    acts: {
      title: 'Acts — Kazakhstan legislation',
      description: 'Every act in the collection, with its type, number, date, status and languages.',
      heading: 'Acts',
      filter: 'Filter and sort',
      kind: 'Kind',
      status: 'Status',
      year: 'Year',
      language: 'Language',
      sort: 'Sort',
      any: 'Any',
      oldest: 'Oldest first',
      newest: 'Newest first',
      byTitle: 'By title',
      apply: 'Apply',
      /** Filled in by the filter script: `{shown}` and `{total}` are numbers. */
      shown: '{shown} of {total} acts shown',
      caption: 'Acts with their text in the collection',
      act: 'Act',
      type: 'Type',
      number: 'Number',
      date: 'Date',
      languages: 'Languages',
      notInForce: 'Not in force',
      repealedSince: (date: string) => `No longer in force since ${date}`,
      titleIn: (language: string) => `(${language} title)`,
      referenced: 'Acts known by reference',
      referencedIntro: 'Acts whose texts are not here, known from the texts that amend them or cite them: the acts that amended those in the collection, and the acts they repealed. Each page gathers what is known.',
      changes: (n: number) => `${n} recorded ${enPlural(n, 'change', 'changes')}`,
      cited: (n: number) => `cited ${n} ${enPlural(n, 'time', 'times')}`,
    },
    search: {
      title: 'Search — Kazakhstan legislation',
      description: 'Full-text search across the acts, languages and versions.',
      heading: 'Search',
      noscript: 'Search needs JavaScript, which is off in your browser. Every provision can still be reached from the contents of its act:',
      words: 'Words to find',
      submit: 'Search',
      hint: 'Put a phrase in "quotes" to find it exactly. Russian words are found in any of their forms; Kazakh and English as written. Words with Kazakh letters are searched in the Kazakh texts, other Cyrillic words in the Russian and Kazakh ones, words in Latin letters in the English translations.',
      filters: 'Filters',
      current: 'In the current texts',
      historical: 'In earlier wordings',
      more: 'Show more',
      /** Words the search script writes; `{…}` are filled in, counts by the language's plural rules. */
      script: {
        all: 'All',
        filterNames: { act: 'Act', language: 'Language', version: 'Version', status: 'Status', 'amending act': 'Amending act', chapter: 'Chapter' } as Record<string, string>,
        type: 'Type the words to find.',
        searching: 'Searching…',
        loading: 'Loading the search index…',
        found: { one: '{n} provision found{scope}; {shown} shown.', other: '{n} provisions found{scope}; {shown} shown.' } as Partial<Record<Intl.LDMLPluralRule, string>>,
        none: 'No provision found{scope}.',
        scope: ' (searched in {language}: the words are written in it)',
        moreButton: 'Show {n} more ({left} not shown yet)',
        earlier: 'earlier wording, in the version of {date}',
        last: 'last text, in force until the act lost force (version of {date})',
        current: 'current text',
        /** The filters' values as the index holds them (English), as this language says them. */
        values: { current: 'current', historical: 'earlier wording', 'in force': 'in force', 'no longer in force': 'no longer in force', excluded: 'excluded' } as Record<string, string>,
      },
    },
    data: {
      title: 'Open data — Kazakhstan legislation',
      description: 'Every act, language and version as JSON, Akoma Ntoso XML and plain text; Atom feeds of amendments; one archive of everything.',
      heading: 'Open data',
      intro: 'Every act in the collection, in each of its languages, as in force in each of its versions, in three formats:',
      json: 'the text as a tree of provisions with their eIds, the amendments its notes record, the changes up to the version, and where each part of the text comes from (schema: src/schemas/data.ts in the source).',
      akn: '(OASIS LegalDocML 3.0): FRBR work and expression URIs, the lifecycle of amendments, a textual modification per change with the old and new wording where both are known, and the same eIds as the pages.',
      txt: 'the text a block a line, with what it is and where it comes from at the top.',
      assembled: 'Versions put together from several editions say so in each file, as the pages do. The English texts are unofficial translations.',
      everything: 'Download everything',
      archive: (count: number) => `one ZIP archive of the ${count} files below, the feeds, and a manifest with their SHA-256 sums;`,
      sizeLater: 'size given after the build',
      feeds: 'Feeds of amendments (Atom):',
      allActs: 'all acts',
      files: (count: number) => `${count} files,`,
      formats: { json: 'JSON', akn: 'Akoma Ntoso XML', txt: 'Plain text' },
      /** Bytes, kilobytes, megabytes. */
      units: ['B', 'kB', 'MB'] as [string, string, string],
      inAll: 'in all.',
    },
    notFound: {
      title: 'Page not found — Kazakhstan legislation',
      heading: 'Page not found',
      text: 'There is no page at this address.',
      acts: 'See every act',
      or: 'or',
      search: 'search',
      dates: 'The text of an act as in force on a date is at /acts/{act}/{language}/{YYYY-MM-DD}/: any date in the act’s life leads to the version in force then. Each act’s page lists its versions.',
      /** Filled in by the 404 script: `{date}`, `{first}`, `{end}`. */
      before: 'The act was not yet adopted on {date}: its first version is of {first}. See',
      after: 'The act was no longer in force on {date}: it lost force on {end}. See',
      theAct: 'the act',
    },
    reference: {
      title: (name: string) => `${name} — known by reference`,
      description: (name: string) => `${name}: what the acts in the collection say of it and the changes it made to them.`,
      type: 'Type',
      number: 'Number',
      date: 'Date',
      text: 'Text',
      titleLabel: 'Title',
      /** The kind of act and who issued it (`issuers`): "Decree of the President". */
      kindOf: (kind: string, issuer?: string) => (issuer ? `${kind} ${issuer}` : kind),
      notHere: (fromNotes: boolean) => `Not in the collection: known from ${fromNotes ? 'the amendment notes of the acts it changed' : 'the texts that cite it'}.`,
      citedAs: (where: string) => `(as cited in ${where})`,
      citedIn: 'Cited in',
      changesMade: 'Changes it made',
      wholeAct: 'The whole act',
      heading: '(heading)',
      only: (languages: string) => `(${languages} text only)`,
      beforeAfter: (language: string) => `${language}: before and after`,
      before: (language: string) => `Before (${language}):`,
      after: (language: string) => `After (${language}):`,
      noEarlier: 'The earlier wording is in no edition of the collection.',
      recordedIn: 'Recorded in the notes of:',
      editionOf: (language: string, date: string) => `${language} edition of ${date}`,
    },
  },
  format: {
    /** How many provisions a version shows in another language, or cannot show: the sentence with its number. */
    fallbackCount: (n: number) => `${n} ${enPlural(n, 'provision has', 'provisions have')} no English wording for this date in the collection: ${n === 1 ? 'it is' : 'they are'} shown in another language, marked.`,
    missingCount: (n: number) => `${n} ${enPlural(n, 'provision has', 'provisions have')} no wording for this date in any edition.`,
    /** A version page's description: `The Russian text as in force from 5 May 2017`. */
    textInForce: (language: string, date: string) => `The ${language} text as in force from ${date}`,
    attachmentPreamble: (n: string) => `Preamble of attachment ${n}`,
    attachment: (n: string) => `Attachment ${n}`,
    /** A second or later list in one provision, each after its own lead-in line (`list_2`): it names the sub-paragraphs in it. */
    list: (n: string) => `list ${n}`,
    /** `21 July 2021` */
    date: (day: number, month: number, year: number) => `${day} ${MONTHS[month - 1]!.en} ${year}`,
    /** `Decree No. 12 of 21 July 2021` (the date already formatted). */
    act: (kind: string, number: string, date: string) => `${kind}${number ? ` No. ${number}` : ''} of ${date}`,
    /** Designations from the outermost in: `subpara. 3) of para. 5`. */
    path: (labels: string[]) => [...labels].reverse().join(' of '),
    /** `since 27 December 2024` */
    /** `In force on or after 18 February 2022` */
    onOrAfter: (date: string) => `In force on or after ${date}`,
    /** The disclosure of the nearest wording the collection holds, which is another period's. */
    unrecorded: (from: string, to: string) => `The editions of ${from} and of ${to} word it differently, and no note in the collection says when it changed`,
    nearest: (from: string, until?: string) => `The nearest wording in the collection, in force ${until ? `from ${from} until ${until}` : `from ${from}`}: not the wording of this date`,
    since: (date: string) => `since ${date}`,
    /** An amending act's official publication, where the collection knows it. */
    published: (date: string) => `published on ${date}`,
    /** How current the collection is for an act: its latest edition, and when its texts were taken. */
    currency: (latest: string, retrieved?: string): [string, string] =>
      [`The latest edition in the collection is that of ${latest}${retrieved ? `; the texts were taken from their sources on ${retrieved}` : '; when the texts were taken from their sources is not recorded'}`, 'A later change would not be shown.'],
    /** The label of a heading's amendment: `Heading reworded by`. */
    /** `the heading of Chapter 2` */
    /** "reworded para. 5", "amended the heading of Chapter 2", "replaced words the text throughout". */
    /** A footnote that names another unit than the one it is printed under. */
    noteMismatch: (stated: string, heading: boolean) => `Note: this footnote names “${stated}” but appears under ${heading ? 'this heading' : 'this provision'} in the source; it is kept where it appears.`,
    didTo: (verb: string, what: string, o: { heading: boolean; whole: boolean }) => `${verb} ${o.heading ? `the heading of ${what}` : what}`,
    heading: (label: string) => `Heading ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    /** Over a wording shown in another language, named as languageNames names it. */
    fallback: (shown: string) => `The English wording in force on this date is not in the collection. The ${shown} wording:`,
    /** A citation: the instrument, the designation, the version. */
    citation: (c: Citation) =>
      `${c.approved ? `${c.approved.short}, approved by ${c.name}` : `${c.name}${c.title ? ` “${c.title}”` : ''}`}, ${c.path} (as in force on ${c.version}${c.wording ? `; ${c.wording.official ? `${c.wording.name} text` : 'unofficial translation'}` : ''})`,
  },
};

/** What a citation is made of, each part in the citation's language. */
export interface Citation {
  /** The act's name: `Decree No. 12 of 5 January 2015`. */
  name: string;
  title?: string;
  /** For a provision of the instrument an act approves (the Regulations): its short title, and the act's kind, number and date. */
  approved?: { short: string; kind: string; number: string; date: string };
  path: string;
  /** The version's date, formatted. */
  version: string;
  /**
   * Set when the words cited are not the official text in the citation's language: a text in
   * another language, or a translation (English texts have no legal force). `name` is the
   * language's name as the citation's dictionary writes it in `languageNames`.
   */
  wording?: { name: string; official: boolean };
}

export type Dictionary = typeof en;
export default en;
