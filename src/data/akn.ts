import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { AmendmentAction } from '../schemas/amendment.js';
import type { VersionDocument } from '../schemas/data.js';
import { LANGUAGE_FACTS, WORDING_ORDER, inLanguage, type Language } from '../model/languages.js';
import { isStructural } from '../model/provisions.js';
import { words } from '../model/text.js';
import { joinSplitTables, sourceTable, tableRows } from '../model/table.js';
import { DICTIONARIES } from '../i18n/index.js';
import type { Attachment, Footnote, Node, Provision } from '../schemas/tree.js';
import { eIdsOf } from '../versioning/assemble.js';
import type { ActTimeline } from '../versioning/timeline.js';

/*
 * Akoma Ntoso 3.0 (OASIS LegalDocML) of one version document: FRBR identification (work,
 * expression, manifestation), the lifecycle (one eventRef per amending act and date, and the
 * act's generation), the passive modifications (one textualMod per change, with the old and new
 * wording where this language's editions hold both), the text with the site's eIds, the
 * amendment notes as notes referenced from where they stand, and where the text comes from.
 * Every file validates against the OASIS schema (test/data/akn.test.ts).
 *
 * FRBR IRIs follow the Akoma Ntoso Naming Convention 1.0:
 *   work           /akn/kz/act/{type}/{date}/{number}                  (FRBRthis: …/!main)
 *   expression     {work}/{eng|rus|kaz}@{version date}                 (FRBRthis: …/!main)
 *   manifestation  {expression}/!main.akn                              (an attachment: {expression}/!att_1.akn)
 * The manifestation IRI is the Convention's `{expression}.{format}`, with the main component
 * written out: readers that take the expression date to run up to the next slash (Laws.Africa's
 * cobalt) read `rus@2019-01-24.akn` as the date `2019-01-24.akn`, but read `rus@2019-01-24/!main.akn`
 * as the date 2019-01-24, component main, format akn.
 */

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * The project's own namespace, for what Akoma Ntoso leaves to other vocabularies (elements of type
 * anyOtherType): `<kzl:wording xml:lang="ru">` holds a unit's wording inside a textual
 * modification's `<old>` and `<new>`; `<kzl:base>` and `<kzl:provenance>` in `<proprietary>` say
 * which edition the text follows and where that edition's file came from.
 */
export const KZL_NS = 'urn:kz-legislation:akn';

/** The format part of the manifestation IRIs (`…/!main.akn`): the file is Akoma Ntoso XML, application/akn+xml. */
const FORMAT = 'akn';

/** Akoma Ntoso names of the kinds of numbered units. */
const ELEMENT: Record<Provision['kind'], string> = {
  part: 'part',
  chapter: 'chapter',
  subchapter: 'subchapter',
  article: 'article',
  paragraph: 'paragraph',
  // A numbered item within a paragraph ("1)", "а)"): Akoma Ntoso's point.
  subparagraph: 'point',
};

/** textualMod types: what the change did to the text. */
const MOD_TYPE: Record<AmendmentAction, string> = {
  reworded: 'substitution',
  amended: 'substitution',
  'words-replaced': 'substitution',
  supplemented: 'insertion',
  excluded: 'repeal',
  abrogated: 'repeal',
  // Never textual: the timeline records no change of wording for them.
  interpreted: 'substitution',
  suspended: 'substitution',
  other: 'substitution',
};

/** Characters XML 1.0 cannot hold (C0 controls other than tab and line breaks) become U+FFFD. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');

const slugId = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

/** The language of an edition, from its id (`{act}/{lang}/{date}`). */
const editionLang = (edition: string) => edition.split('/')[1] as Language;

export interface AknOptions {
  /** The act's version model: the wording before and after each change. */
  timeline: ActTimeline;
  /** Names of the acts referred to, for `showAs`: slug → name. */
  actName: (slug: string) => string;
  /** Work URIs of other acts, when known: slug → URI. */
  actUri: (slug: string) => string | undefined;
  /**
   * The day the file is made, for the manifestation's FRBRdate (`name="Generation"`). Builds must
   * give the same bytes twice, so it is never the clock's date; when absent, the manifestation is
   * dated by the newest edition of the act it is made from (`name="sourcesAsOf"`).
   */
  made?: string;
}

export function toAkomaNtoso(doc: VersionDocument, options: AknOptions): string {
  const { timeline } = options;
  const lang = LANGUAGE_FACTS[doc.lang].iso6392;
  const work = doc.uris.work;
  const expression = doc.uris.expression;
  const title = inLanguage(doc.titles, doc.lang) ?? doc.act;
  // Notes: ids unique in the document (borrowed units bring notes of other editions).
  const borrowedFrom = new Map(doc.borrowed.map((b) => [b.eId, b.edition]));
  const fallbackLang = new Map(doc.borrowed.filter((b) => b.fallback).map((b) => [b.eId, b.lang]));
  // Units whose wording on the date no edition holds: their words are marked as omitted.
  const missing = new Set(doc.missing);
  const omitted = DICTIONARIES[doc.lang].plainText.unknown;
  const notes: Array<{ eId: string; text: string; lang: Language }> = [];
  const noteId = (f: Footnote, edition: string) => (edition === doc.base.edition ? f.id : `${f.id}__${slugId(edition.split('/').slice(1).join('_'))}`);

  // The manifestation's date: the day the file is made when the caller knows it, else the newest
  // edition of the act (any language) or the version, whichever is later. The file is a function
  // of the editions, so it is the date as of which its sources stand, and the same in every build.
  const editionDates = [...timeline.versions.flatMap((v) => v.editions), doc.base.edition, ...doc.borrowed.map((b) => b.edition)].map((e) => e.split('/')[2] ?? '');
  const made = options.made
    ? { date: options.made, name: 'Generation' }
    : { date: [doc.version.from, ...editionDates].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().at(-1)!, name: 'sourcesAsOf' };
  // Components: the main document and each attachment, `!main`, `!att_1`.
  const component = (name: string) => ({
    work: `${work}/!${name}`,
    expression: `${expression}/!${name}`,
    manifestation: `${expression}/!${name}.${FORMAT}`,
  });
  const wholeManifestation = component('main').manifestation;

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN_NS, 'akomaNtoso').att('http://www.w3.org/2000/xmlns/', 'xmlns:kzl', KZL_NS);
  // The first version is the act as made; every later one a consolidated text in force for a
  // period: one version each, never several.
  const original = doc.version.from === (timeline.versions[0]?.date ?? doc.date);
  const act = root.ele('act', { name: doc.type, contains: original ? 'originalVersion' : 'singleVersion' });
  const meta = act.ele('meta');

  // Identification: the act (work), this language and version (expression), this file (manifestation).
  // The work's name and titles are the same in every language's file: one work. Its name is the
  // act's name as `actName` gives it (in English: "Decree No. 12 of 5 January 2015").
  const workName = xmlSafe(options.actName(doc.act));
  // The titles in a fixed order, the official languages first, the same in every file.
  const titles = WORDING_ORDER.flatMap((l) => (doc.titles[l] ? [{ lang: l, title: xmlSafe(doc.titles[l]!) }] : []));
  const identification = meta.ele('identification', { source: '#kzl' });
  const frbrWork = identification.ele('FRBRWork');
  frbrWork.ele('FRBRthis', { value: component('main').work });
  frbrWork.ele('FRBRuri', { value: work });
  for (const t of titles) frbrWork.ele('FRBRalias', { value: t.title, name: 'title', 'xml:lang': t.lang });
  frbrWork.ele('FRBRdate', { date: doc.date, name: 'Generation' });
  frbrWork.ele('FRBRauthor', { href: '#issuer' });
  frbrWork.ele('FRBRcountry', { value: 'kz' });
  frbrWork.ele('FRBRsubtype', { value: doc.type });
  if (doc.number) frbrWork.ele('FRBRnumber', { value: doc.number });
  frbrWork.ele('FRBRname', { value: workName });
  const frbrExpression = identification.ele('FRBRExpression');
  frbrExpression.ele('FRBRthis', { value: component('main').expression });
  frbrExpression.ele('FRBRuri', { value: expression });
  const ownTitle = titles.find((t) => t.lang === doc.lang);
  if (ownTitle) frbrExpression.ele('FRBRalias', { value: ownTitle.title, name: 'title', 'xml:lang': ownTitle.lang });
  frbrExpression.ele('FRBRdate', { date: doc.version.from, name: 'Version' });
  frbrExpression.ele('FRBRauthor', { href: '#kzl' });
  frbrExpression.ele('FRBRlanguage', { language: lang });
  const frbrManifestation = identification.ele('FRBRManifestation');
  frbrManifestation.ele('FRBRthis', { value: component('main').manifestation });
  frbrManifestation.ele('FRBRuri', { value: wholeManifestation });
  frbrManifestation.ele('FRBRdate', made);
  frbrManifestation.ele('FRBRauthor', { href: '#kzl' });
  frbrManifestation.ele('FRBRformat', { value: 'application/akn+xml' });

  // No <publication>: it is the official gazette and its date, which the sources do not give (the
  // schema makes it optional). Where the text comes from is in <proprietary> below.

  // Lifecycle: the act's generation and one event per amending act and date up to this version.
  const events = new Map<string, { eId: string; date: string; slug: string }>();
  for (const c of doc.changes) {
    const key = `${c.date}|${c.by.slug}`;
    if (!events.has(key)) events.set(key, { eId: `evt_${events.size + 2}`, date: c.date, slug: c.by.slug });
  }
  const lifecycle = meta.ele('lifecycle', { source: '#kzl' });
  lifecycle.ele('eventRef', { eId: 'evt_1', date: doc.date, type: 'generation', source: '#original' });
  for (const e of events.values()) lifecycle.ele('eventRef', { eId: e.eId, date: e.date, type: 'amendment', source: `#ref_${slugId(e.slug)}` });

  // Passive modifications: every change, with the wording before and after where known. A change
  // to the whole act (words replaced throughout) has the act, its work IRI, as destination.
  // <old> and <new> hold elements of other namespaces only (anyOtherType): the wording is in kzl:wording.
  if (doc.changes.length) {
    const mods = meta.ele('analysis', { source: '#kzl' }).ele('passiveModifications');
    const units = new Map(timeline.units.map((u) => [u.eId, u]));
    const present = eIdsOf(doc);
    doc.changes.forEach((c, i) => {
      const event = events.get(`${c.date}|${c.by.slug}`)!;
      const mod = mods.ele('textualMod', { eId: `pmod_${i + 1}`, type: MOD_TYPE[c.action], period: `#${event.eId}` });
      mod.ele('source', { href: `#ref_${slugId(c.by.slug)}` });
      // A unit this expression does not hold (printed only in another language's edition) is
      // named within the work.
      mod.ele('destination', { href: c.eId ? (present.has(c.eId) ? `#${c.eId}` : `${work}#${c.eId}`) : work });
      const periods = c.eId ? units.get(c.eId)?.periods[doc.lang] : undefined;
      const before = periods?.find((p) => p.to === c.date)?.wording;
      const after = periods?.find((p) => p.from === c.date)?.wording;
      if (before && after) {
        mod.ele('old', { href: `#${c.eId}` }).ele(KZL_NS, 'kzl:wording', { 'xml:lang': before.lang }).txt(xmlSafe(before.text));
        mod.ele('new', { href: `#${c.eId}` }).ele(KZL_NS, 'kzl:wording', { 'xml:lang': after.lang }).txt(xmlSafe(after.text));
      }
    });
  }

  const references = meta.ele('references', { source: '#kzl' });
  const firstLang = WORDING_ORDER.find((l) => timeline.languages.includes(l)) ?? doc.lang;
  references.ele('original', { eId: 'original', href: `${work}/${LANGUAGE_FACTS[firstLang as Language].iso6392}@${doc.date}`, showAs: xmlSafe(title) });
  for (const slug of new Set([...events.values()].map((e) => e.slug))) {
    references.ele('passiveRef', { eId: `ref_${slugId(slug)}`, href: options.actUri(slug) ?? `#${slug}`, showAs: xmlSafe(options.actName(slug)) });
  }
  references.ele('TLCOrganization', { eId: 'kzl', href: '/ontology/organization/kz-legislation', showAs: 'Kazakhstan legislation' });
  const issuer = doc.issuer?.en ?? doc.issuer?.ru ?? doc.issuer?.kk ?? 'Issuer';
  references.ele('TLCOrganization', { eId: 'issuer', href: `/ontology/organization/kz/${slugId(doc.issuer?.en ?? 'issuer')}`, showAs: xmlSafe(issuer) });
  const notesEl = meta.ele('notes', { source: '#kzl' });

  // Where the text comes from: the edition it follows, and that edition's source file.
  const base = meta
    .ele('proprietary', { source: '#kzl' })
    .ele(KZL_NS, 'kzl:base', { edition: doc.base.edition, file: doc.base.file, verbatim: String(doc.verbatim) });
  const provenance = doc.base.provenance;
  if (provenance) {
    const attrs: Record<string, string> = { source: xmlSafe(provenance.source), origin: xmlSafe(provenance.origin) };
    if (provenance.commit) attrs.commit = provenance.commit;
    attrs.sha256 = provenance.sha256;
    attrs.translation = provenance.translation;
    const el = base.ele(KZL_NS, 'kzl:provenance', attrs);
    if (provenance.note) el.txt(xmlSafe(provenance.note));
  }

  /** A note's reference where the note stands; its text in the meta notes. */
  const noteRef = (parent: XMLBuilder, f: Footnote, edition: string) => {
    const id = noteId(f, edition);
    notes.push({ eId: id, text: words(f), lang: editionLang(edition) });
    parent.ele('p', { class: 'footnote' }).ele('noteRef', { href: `#${id}`, class: 'footnote', marker: '*' });
  };

  /** Blocks (p, notes, footnotes, stray leaves) into a container that holds blocks. */
  const block = (parent: XMLBuilder, node: Node, edition: string, tables = true) => {
    if (node.type === 'footnote') return noteRef(parent, node, edition);
    if (node.type === 'markup' || node.type === 'frontmatter') return;
    // A table printed as HTML is an Akoma Ntoso table, where the schema has blocks (not in the
    // preface or conclusions, where its rows are paragraphs of text).
    const table = node.type === 'p' ? sourceTable(node) : undefined;
    if (table) {
      const { caption, rows } = tableRows(table);
      if (tables && rows.length) {
        const el = parent.ele('table');
        if (caption) el.ele('caption').txt(xmlSafe(caption));
        for (const row of rows) {
          const tr = el.ele('tr');
          for (const cell of row.cells) {
            const attrs: Record<string, string> = {};
            if (cell.colspan) attrs.colspan = String(cell.colspan);
            if (cell.rowspan) attrs.rowspan = String(cell.rowspan);
            const para = tr.ele(cell.header ? 'th' : 'td', attrs).ele('p');
            cell.lines.forEach((line, i) => {
              if (i) para.ele('br');
              para.txt(xmlSafe(line));
            });
          }
        }
        return;
      }
      if (caption) parent.ele('p', { class: 'table' }).txt(xmlSafe(caption));
      for (const row of rows) parent.ele('p', { class: 'table' }).txt(xmlSafe(row.cells.map((c) => c.lines.join(' ')).join(' | ')));
      return;
    }
    const text = words(node);
    if (!text) return;
    const attrs: Record<string, string> = {};
    if (node.type === 'note') attrs.class = node.role;
    else if (node.type === 'toc' || node.type === 'signature') attrs.class = node.type;
    parent.ele('p', attrs).txt(xmlSafe(text));
  };

  /** A numbered unit, its blocks in intro / content / wrapUp around the units nested in it. */
  const provision = (parent: XMLBuilder, p: Provision, edition: string) => {
    // A part, chapter or article borrowed from another edition takes only its heading from it: the
    // units in it are resolved one by one (src/data/document.ts). Any other unit comes whole.
    const structural = isStructural(p.kind);
    const borrowed = borrowedFrom.get(p.eId);
    const from = borrowed && !structural ? borrowed : edition;
    // Wording of another language (no edition of this one holds it) is marked with xml:lang, on
    // the unit, or on the heading alone where only the heading is borrowed.
    const otherLang = fallbackLang.get(p.eId);
    const langOf = (applies: boolean): Record<string, string> => (otherLang && applies ? { 'xml:lang': otherLang } : {});
    const attrs: Record<string, string> = { eId: p.eId, ...langOf(!structural) };
    if (p.status === 'excluded') attrs.status = 'removed';
    const el = parent.ele(ELEMENT[p.kind], attrs);
    const children = joinSplitTables(p.children as Node[]);
    const num = children.find((c) => c.type === 'num');
    const heading = children.find((c) => c.type === 'heading');
    const headingNum = heading && 'children' in heading ? (heading.children as Node[]).find((c) => c.type === 'num') : undefined;
    if (num || headingNum) el.ele('num', langOf(structural && !num)).txt(xmlSafe(words((num ?? headingNum)!)));
    const headingText = heading ? (heading.children as Node[]).filter((c) => c.type === 'text').map(words).join(' ').replace(/\s+/g, ' ').trim() : '';
    if (headingText) el.ele('heading', langOf(structural)).txt(xmlSafe(headingText));
    else if (missing.has(p.eId) && structural) el.ele('heading').ele('omissis').txt(omitted);
    const rest = children.filter((c) => c !== num && c !== heading);
    const nested = rest.map((c, i) => (c.type === 'provision' ? i : -1)).filter((i) => i >= 0);
    if (!nested.length) {
      const content = el.ele('content');
      for (const c of rest) block(content, c, from);
      if (missing.has(p.eId)) content.ele('p').ele('omissis').txt(omitted);
      else if (!rest.some((c) => c.type !== 'markup' && c.type !== 'frontmatter' && (c.type === 'footnote' || words(c)))) content.ele('p');
      return;
    }
    const first = nested[0]!;
    const last = nested[nested.length - 1]!;
    const before = rest.slice(0, first).filter((c) => c.type === 'footnote' || words(c));
    if (before.length) {
      const intro = el.ele('intro');
      for (const c of before) block(intro, c, from);
    }
    let loose: Node[] = [];
    const flush = () => {
      if (!loose.some((c) => c.type === 'footnote' || words(c))) return (loose = []);
      const content = el.ele('hcontainer', { name: 'text' }).ele('content');
      for (const c of loose) block(content, c, from);
      loose = [];
    };
    for (const c of rest.slice(first, last + 1)) {
      if (c.type === 'provision') {
        flush();
        provision(el, c, from);
      } else loose.push(c);
    }
    flush();
    const after = rest.slice(last + 1).filter((c) => c.type === 'footnote' || words(c));
    if (after.length) {
      const wrapUp = el.ele('wrapUp');
      for (const c of after) block(wrapUp, c, from);
    }
  };

  /**
   * The parts of an act or attachment: what precedes the first unit goes in the preface (title,
   * notes), the preamble in the preamble, units and text in the body, the signature and what
   * follows the last unit in the conclusions.
   */
  const document = (target: XMLBuilder, nodes: Node[], edition: string, bodyName: 'body' | 'mainBody', titleUnknown = false) => {
    const children = joinSplitTables(nodes);
    const isUnit = (c: Node) => c.type === 'provision' || c.type === 'preamble';
    const firstUnit = children.findIndex(isUnit);
    const lastUnit = children.length - 1 - [...children].reverse().findIndex((c) => c.type === 'provision');
    const prefaceNodes = (firstUnit < 0 ? children : children.slice(0, firstUnit)).filter((c) => c.type !== 'attachment');
    const attachments = children.filter((c): c is Attachment => c.type === 'attachment');
    if (titleUnknown || prefaceNodes.some((c) => c.type === 'footnote' || words(c))) {
      const preface = target.ele('preface');
      for (const c of prefaceNodes) {
        // An attachment whose title on the date no edition holds (src/versioning/assemble.ts).
        if (c.type === 'heading' && titleUnknown) preface.ele('longTitle').ele('p').ele('omissis').txt(omitted);
        else if (c.type === 'title' || c.type === 'heading') preface.ele('longTitle').ele('p').ele('docTitle').txt(xmlSafe(words(c)));
        else block(preface, c, edition, false);
      }
    }
    const preamble = children.find((c) => c.type === 'preamble');
    if (preamble && 'eId' in preamble) {
      const otherLang = fallbackLang.get(preamble.eId);
      const el = target.ele('preamble', { eId: preamble.eId, ...(otherLang ? { 'xml:lang': otherLang } : {}) });
      const blocks = joinSplitTables(preamble.children as Node[]).filter((c) => c.type === 'footnote' || words(c));
      for (const c of blocks) block(el, c, borrowedFrom.get(preamble.eId) ?? edition);
      if (!blocks.length) el.ele('p');
    }
    const body = target.ele(bodyName);
    const bodyNodes = firstUnit < 0 ? [] : children.slice(firstUnit, lastUnit + 1).filter((c) => c.type !== 'preamble' && c.type !== 'attachment');
    let wrote = false;
    let loose: Node[] = [];
    const flush = () => {
      if (loose.some((c) => c.type === 'footnote' || words(c))) {
        const content = body.ele('hcontainer', { name: 'text' }).ele('content');
        for (const c of loose) block(content, c, edition);
        wrote = true;
      }
      loose = [];
    };
    for (const c of bodyNodes) {
      if (c.type === 'provision') {
        flush();
        provision(body, c, edition);
        wrote = true;
      } else loose.push(c);
    }
    flush();
    if (!wrote) body.ele('hcontainer', { name: 'text' }).ele('content').ele('p');
    const tail = firstUnit < 0 ? [] : children.slice(lastUnit + 1).filter((c) => c.type !== 'attachment' && c.type !== 'preamble');
    if (tail.some((c) => c.type === 'footnote' || words(c))) {
      const conclusions = target.ele('conclusions');
      for (const c of tail) block(conclusions, c, edition, false);
    }
    if (attachments.length) {
      const list = target.ele('attachments');
      for (const a of attachments) {
        const docEl = list.ele('attachment', { eId: a.eId }).ele('doc', { name: a.kind });
        // The attachment as a component of the act: `!att_1` at every level, the same dates and
        // authors as the main document; its manifestation is part of the file's (`!main.akn`).
        const uris = component(a.eId);
        const m = docEl.ele('meta').ele('identification', { source: '#kzl' });
        const w = m.ele('FRBRWork');
        w.ele('FRBRthis', { value: uris.work });
        w.ele('FRBRuri', { value: work });
        w.ele('FRBRdate', { date: doc.date, name: 'Generation' });
        w.ele('FRBRauthor', { href: '#issuer' });
        w.ele('FRBRcountry', { value: 'kz' });
        const e = m.ele('FRBRExpression');
        e.ele('FRBRthis', { value: uris.expression });
        e.ele('FRBRuri', { value: expression });
        e.ele('FRBRdate', { date: doc.version.from, name: 'Version' });
        e.ele('FRBRauthor', { href: '#kzl' });
        e.ele('FRBRlanguage', { language: lang });
        const mf = m.ele('FRBRManifestation');
        mf.ele('FRBRthis', { value: uris.manifestation });
        mf.ele('FRBRuri', { value: wholeManifestation });
        mf.ele('FRBRdate', made);
        mf.ele('FRBRauthor', { href: '#kzl' });
        document(docEl, a.children as Node[], edition, 'mainBody', missing.has(a.eId));
      }
    }
  };

  document(act, doc.tree.children as Node[], doc.base.edition, 'body');
  // A note of a unit borrowed from another language is in that language.
  if (notes.length) for (const n of notes) notesEl.ele('note', { eId: n.eId, class: 'footnote', ...(n.lang !== doc.lang ? { 'xml:lang': n.lang } : {}) }).ele('p').txt(xmlSafe(n.text));
  else notesEl.remove();
  return root.end({ prettyPrint: true });
}

