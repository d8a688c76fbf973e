import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { AmendmentAction } from '../schemas/amendment.js';
import type { VersionDocument } from '../schemas/data.js';
import type { Language } from '../schemas/language.js';
import type { Attachment, Footnote, Node, Provision } from '../schemas/tree.js';
import type { ActTimeline } from '../versioning/timeline.js';
import { AKN_LANGUAGE } from './document.js';
import { words } from './text.js';

/*
 * Akoma Ntoso 3.0 (OASIS LegalDocML) of one version document: FRBR identification (work,
 * expression, manifestation), the lifecycle (one eventRef per amending act and date, and the
 * act's generation), the passive modifications (one textualMod per change, with the old and new
 * wording where this language's editions hold both), the text with the site's eIds, and the
 * amendment notes as notes referenced from where they stand.
 */

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

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
  other: 'substitution',
};

/** Characters XML 1.0 cannot hold (C0 controls other than tab and line breaks) become U+FFFD. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');

const slugId = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

export interface AknOptions {
  /** The act's version model: the wording before and after each change. */
  timeline: ActTimeline;
  /** Names of the acts referred to, for `showAs`: slug → name. */
  actName: (slug: string) => string;
  /** Work URIs of other acts, when known: slug → URI. */
  actUri: (slug: string) => string | undefined;
}

export function toAkomaNtoso(doc: VersionDocument, options: AknOptions): string {
  const { timeline } = options;
  const lang = AKN_LANGUAGE[doc.lang];
  const work = doc.uris.work;
  const expression = doc.uris.expression;
  const title = doc.titles[doc.lang] ?? doc.titles.ru ?? doc.titles.en ?? doc.titles.kk ?? doc.act;
  // Notes: ids unique in the document (borrowed units bring notes of other editions).
  const borrowedFrom = new Map(doc.borrowed.map((b) => [b.eId, b.edition]));
  const notes: Array<{ eId: string; text: string }> = [];
  const noteId = (f: Footnote, edition: string) => (edition === doc.base.edition ? f.id : `${f.id}__${slugId(edition.split('/').slice(1).join('_'))}`);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN_NS, 'akomaNtoso');
  const act = root.ele('act', { name: doc.type, contains: doc.verbatim ? 'singleVersion' : 'multipleVersions' });
  const meta = act.ele('meta');

  // Identification: the act (work), this language and version (expression), this file (manifestation).
  const identification = meta.ele('identification', { source: '#kzl' });
  const frbrWork = identification.ele('FRBRWork');
  frbrWork.ele('FRBRthis', { value: `${work}/!main` });
  frbrWork.ele('FRBRuri', { value: work });
  frbrWork.ele('FRBRdate', { date: doc.date, name: 'Generation' });
  frbrWork.ele('FRBRauthor', { href: '#issuer' });
  frbrWork.ele('FRBRcountry', { value: 'kz' });
  frbrWork.ele('FRBRsubtype', { value: doc.type });
  frbrWork.ele('FRBRnumber', { value: doc.number });
  frbrWork.ele('FRBRname', { value: xmlSafe(title) });
  const frbrExpression = identification.ele('FRBRExpression');
  frbrExpression.ele('FRBRthis', { value: `${expression}/!main` });
  frbrExpression.ele('FRBRuri', { value: expression });
  frbrExpression.ele('FRBRdate', { date: doc.version.from, name: 'Version' });
  frbrExpression.ele('FRBRauthor', { href: '#kzl' });
  frbrExpression.ele('FRBRlanguage', { language: lang });
  const frbrManifestation = identification.ele('FRBRManifestation');
  frbrManifestation.ele('FRBRthis', { value: `${expression}/!main.xml` });
  frbrManifestation.ele('FRBRuri', { value: `${expression}.akn` });
  frbrManifestation.ele('FRBRdate', { date: doc.version.from, name: 'Transformation' });
  frbrManifestation.ele('FRBRauthor', { href: '#kzl' });
  frbrManifestation.ele('FRBRformat', { value: 'application/akn+xml' });

  const publication = doc.base.provenance;
  if (publication) meta.ele('publication', { date: doc.version.from, name: xmlSafe(publication.source), showAs: xmlSafe(publication.source), number: doc.number });

  // Lifecycle: the act's generation and one event per amending act and date up to this version.
  const events = new Map<string, { eId: string; date: string; slug: string }>();
  for (const c of doc.changes) {
    const key = `${c.date}|${c.by.slug}`;
    if (!events.has(key)) events.set(key, { eId: `evt_${events.size + 2}`, date: c.date, slug: c.by.slug });
  }
  const lifecycle = meta.ele('lifecycle', { source: '#kzl' });
  lifecycle.ele('eventRef', { eId: 'evt_1', date: doc.date, type: 'generation', source: '#original' });
  for (const e of events.values()) lifecycle.ele('eventRef', { eId: e.eId, date: e.date, type: 'amendment', source: `#ref_${slugId(e.slug)}` });

  // Passive modifications: every change, with the wording before and after where known.
  if (doc.changes.length) {
    const mods = meta.ele('analysis', { source: '#kzl' }).ele('passiveModifications');
    const units = new Map(timeline.units.map((u) => [u.eId, u]));
    doc.changes.forEach((c, i) => {
      const event = events.get(`${c.date}|${c.by.slug}`)!;
      const mod = mods.ele('textualMod', { eId: `pmod_${i + 1}`, type: MOD_TYPE[c.action], period: `#${event.eId}` });
      mod.ele('source', { href: `#ref_${slugId(c.by.slug)}` });
      mod.ele('destination', { href: c.eId ? `#${c.eId}` : '#' });
      const periods = c.eId ? units.get(c.eId)?.periods[doc.lang] : undefined;
      const before = periods?.find((p) => p.to === c.date)?.wording;
      const after = periods?.find((p) => p.from === c.date)?.wording;
      if (before && after) {
        mod.ele('old', { href: `#${c.eId}` }).txt(xmlSafe(before.text));
        mod.ele('new', { href: `#${c.eId}` }).txt(xmlSafe(after.text));
      }
    });
  }

  const references = meta.ele('references', { source: '#kzl' });
  const firstLang = timeline.languages.includes('ru') ? 'ru' : (timeline.languages[0] ?? doc.lang);
  references.ele('original', { eId: 'original', href: `${work}/${AKN_LANGUAGE[firstLang as Language]}@${doc.date}`, showAs: xmlSafe(title) });
  for (const slug of new Set([...events.values()].map((e) => e.slug))) {
    references.ele('passiveRef', { eId: `ref_${slugId(slug)}`, href: options.actUri(slug) ?? `#${slug}`, showAs: xmlSafe(options.actName(slug)) });
  }
  references.ele('TLCOrganization', { eId: 'kzl', href: '/ontology/organization/kz-legislation', showAs: 'Kazakhstan legislation' });
  const issuer = doc.issuer?.en ?? doc.issuer?.ru ?? doc.issuer?.kk ?? 'Issuer';
  references.ele('TLCOrganization', { eId: 'issuer', href: `/ontology/organization/kz/${slugId(doc.issuer?.en ?? 'issuer')}`, showAs: xmlSafe(issuer) });
  const notesEl = meta.ele('notes', { source: '#kzl' });

  /** A note's reference where the note stands; its text in the meta notes. */
  const noteRef = (parent: XMLBuilder, f: Footnote, edition: string) => {
    const id = noteId(f, edition);
    notes.push({ eId: id, text: words(f) });
    parent.ele('p', { class: 'footnote' }).ele('noteRef', { href: `#${id}`, class: 'footnote', marker: '*' });
  };

  /** Blocks (p, notes, footnotes, stray leaves) into a container that holds blocks. */
  const block = (parent: XMLBuilder, node: Node, edition: string) => {
    if (node.type === 'footnote') return noteRef(parent, node, edition);
    if (node.type === 'markup' || node.type === 'frontmatter') return;
    const text = words(node);
    if (!text) return;
    const attrs: Record<string, string> = {};
    if (node.type === 'note') attrs.class = node.role;
    else if (node.type === 'toc' || node.type === 'signature') attrs.class = node.type;
    parent.ele('p', attrs).txt(xmlSafe(text));
  };

  /** A numbered unit, its blocks in intro / content / wrapUp around the units nested in it. */
  const provision = (parent: XMLBuilder, p: Provision, edition: string) => {
    const borrowed = borrowedFrom.get(p.eId);
    const from = borrowed ?? edition;
    const attrs: Record<string, string> = { eId: p.eId };
    if (p.status === 'excluded') attrs.status = 'removed';
    const other = borrowed ? doc.borrowed.find((b) => b.eId === p.eId) : undefined;
    if (other?.fallback) attrs['xml:lang'] = other.lang;
    const el = parent.ele(ELEMENT[p.kind], attrs);
    const children = p.children as Node[];
    const num = children.find((c) => c.type === 'num');
    const heading = children.find((c) => c.type === 'heading');
    const headingNum = heading && 'children' in heading ? (heading.children as Node[]).find((c) => c.type === 'num') : undefined;
    if (num || headingNum) el.ele('num').txt(xmlSafe(words((num ?? headingNum)!)));
    if (heading) {
      const text = (heading.children as Node[]).filter((c) => c.type === 'text').map(words).join(' ').replace(/\s+/g, ' ').trim();
      if (text) el.ele('heading').txt(xmlSafe(text));
    }
    const rest = children.filter((c) => c !== num && c !== heading);
    const nested = rest.map((c, i) => (c.type === 'provision' ? i : -1)).filter((i) => i >= 0);
    if (!nested.length) {
      const content = el.ele('content');
      for (const c of rest) block(content, c, from);
      if (!rest.some((c) => c.type !== 'markup' && c.type !== 'frontmatter' && (c.type === 'footnote' || words(c)))) content.ele('p');
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
  const document = (target: XMLBuilder, children: Node[], edition: string, bodyName: 'body' | 'mainBody') => {
    const isUnit = (c: Node) => c.type === 'provision' || c.type === 'preamble';
    const firstUnit = children.findIndex(isUnit);
    const lastUnit = children.length - 1 - [...children].reverse().findIndex((c) => c.type === 'provision');
    const prefaceNodes = (firstUnit < 0 ? children : children.slice(0, firstUnit)).filter((c) => c.type !== 'attachment');
    const attachments = children.filter((c): c is Attachment => c.type === 'attachment');
    if (prefaceNodes.some((c) => c.type === 'footnote' || words(c))) {
      const preface = target.ele('preface');
      for (const c of prefaceNodes) {
        if (c.type === 'title' || c.type === 'heading') preface.ele('longTitle').ele('p').ele('docTitle').txt(xmlSafe(words(c)));
        else block(preface, c, edition);
      }
    }
    const preamble = children.find((c) => c.type === 'preamble');
    if (preamble && 'eId' in preamble) {
      const el = target.ele('preamble', { eId: preamble.eId });
      const blocks = (preamble.children as Node[]).filter((c) => c.type === 'footnote' || words(c));
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
      for (const c of tail) block(conclusions, c, edition);
    }
    if (attachments.length) {
      const list = target.ele('attachments');
      for (const a of attachments) {
        const docEl = list.ele('attachment', { eId: a.eId }).ele('doc', { name: a.kind });
        const m = docEl.ele('meta').ele('identification', { source: '#kzl' });
        for (const [level, uri] of [
          ['FRBRWork', work],
          ['FRBRExpression', expression],
          ['FRBRManifestation', `${expression}.akn`],
        ] as const) {
          const frbr = m.ele(level);
          frbr.ele('FRBRthis', { value: `${uri}/!${a.eId}` });
          frbr.ele('FRBRuri', { value: uri });
          frbr.ele('FRBRdate', { date: level === 'FRBRWork' ? doc.date : doc.version.from, name: level === 'FRBRWork' ? 'Generation' : 'Version' });
          frbr.ele('FRBRauthor', { href: '#kzl' });
          if (level === 'FRBRWork') frbr.ele('FRBRcountry', { value: 'kz' });
          if (level === 'FRBRExpression') frbr.ele('FRBRlanguage', { language: lang });
        }
        document(docEl, a.children as Node[], edition, 'mainBody');
      }
    }
  };

  document(act, doc.tree.children as Node[], doc.base.edition, 'body');
  if (notes.length) for (const n of notes) notesEl.ele('note', { eId: n.eId, class: 'footnote' }).ele('p').txt(xmlSafe(n.text));
  else notesEl.remove();
  return root.end({ prettyPrint: true });
}

