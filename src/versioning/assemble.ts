import type { Amendment } from '../schemas/amendment.js';
import type { BorrowedUnit, VersionChange, VersionDocument } from '../schemas/data.js';
import type { Edition } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Act, Footnote, Node, Parent, Preamble, Provision } from '../schemas/tree.js';
import type { ActRecord, Library } from '../model/library.js';
import { isStructural } from '../model/provisions.js';
import { words } from '../model/text.js';
import { workUri, expressionUri } from '../data/frbr.js';
import { periodOn, wordingOn, type ActTimeline, type Version } from './timeline.js';
import { WORDING_ORDER } from '../model/languages.js';
import { sameWording, unitOf } from './units.js';

/*
 * The one place a version is put together: for an act, a language and a version date, the text
 * in force, as a document that every consumer reads (the version page, the JSON, Akoma Ntoso and
 * plain-text files, the search index). Where an edition of the language is dated on the version,
 * the text is that edition as published. Otherwise the nearest edition's structure is walked and
 * each unit gets the wording the version model says was in force: this edition's, another
 * edition's of the language, or, where no edition of the language holds it, another language's
 * (a fallback, recorded in `borrowed`); units whose wording no edition holds keep only their
 * number (`missing`); units not yet in the act are left out; notes of later amendments too.
 */

/** What the version model says to show for a unit met while walking an edition. */
type Resolution =
  | { show: 'base' }
  | { show: 'absent' }
  | { show: 'missing' }
  | { show: 'other'; edition: Edition; node: Provision | Preamble; fallback: boolean };

export function assembleVersion(library: Library, act: ActRecord, lang: Language, date: string): VersionDocument {
  const timeline = library.timeline(act.slug);
  const version = timeline.versions.find((v) => v.date === date);
  if (!version) throw new Error(`${act.slug}: no version dated ${date}`);
  const editions = act.editions[lang] ?? [];
  // An edition of the language whose text is in force from the version's first day.
  const exact = editions.find((e) => version.editions.includes(e.id));
  // The base: that edition, else the nearest one.
  const nearest =
    exact ?? [...editions].sort((a, b) => Math.abs(daysBetween(a.date, date)) - Math.abs(daysBetween(b.date, date)) || b.date.localeCompare(a.date))[0];
  if (!nearest) throw new Error(`${act.slug}: no ${lang} edition`);
  const base = library.edition(nearest.id);
  const resolve = exact ? undefined : resolver(library, timeline, lang, date);
  const visible = (amendment: Amendment | undefined) => exact !== undefined || !amendment || amendment.amendingActs.every((a) => a.date <= date);

  const borrowed: BorrowedUnit[] = [];
  const missing: string[] = [];
  const attachmentsUnknown: VersionDocument['unknown'] = [];
  const amendments: VersionDocument['amendments'] = [];
  const amendmentIndex = new Map<string, Map<string, Amendment>>();
  const amendmentOf = (edition: Edition, id: string) => {
    let map = amendmentIndex.get(edition.id);
    if (!map) amendmentIndex.set(edition.id, (map = new Map(edition.amendments.map((a) => [a.id, a]))));
    return map.get(id);
  };
  const disputed = disputedNotes(timeline);
  const keep = (edition: Edition, a: Amendment) => {
    if (amendments.some((k) => k.edition === edition.id && k.id === a.id)) return;
    amendments.push({ ...a, edition: edition.id, ...(disputed.has(`${edition.id}#${a.id}`) ? { disputed: true } : {}) });
  };

  /** Copies a node of `edition`, resolving the units in it unless `resolved`. */
  function copy<T extends Node>(node: T, edition: Edition, resolved: boolean): T | undefined {
    if (!('children' in node)) return { ...node };
    if (node.type === 'footnote') {
      const a = amendmentOf(edition, (node as Footnote).id);
      if (!visible(a)) return undefined;
      if (a) keep(edition, a);
      return structuredClone(node);
    }
    if (node.type === 'attachment' && resolve && !resolved) {
      // An attachment is no unit: its title is the base edition's unless a change of it as a
      // whole (or of its heading) lies between that edition and the date. Then only its
      // designation is kept, and the title is said to be unknown.
      const changedBy = attachmentChanges(timeline, node.eId, lang, date, library.versionOf(base));
      if (changedBy.length) {
        missing.push(node.eId);
        attachmentsUnknown.push({ eId: node.eId, period: periodAround(timeline, date), changedBy: changedBy.map((c) => ({ date: c.inForce.from, by: c.by })) });
        const children = (node.children as Node[]).flatMap((c): Node[] => {
          if (c.type === 'heading') return [{ ...c, children: [] }];
          const k = copy(c, edition, false);
          return k ? [k] : [];
        });
        return { ...node, children } as T;
      }
    }
    if ((node.type === 'provision' || node.type === 'preamble') && resolve && !resolved) {
      const r = resolve(node.eId, edition);
      const structural = node.type === 'provision' && isStructural(node.kind);
      if (r.show === 'absent') return undefined;
      if (r.show === 'missing') {
        // Only the number is kept: no edition holds the words in force. A chapter or article
        // keeps the units inside it, each resolved on its own; its own words (heading, text,
        // the sub-paragraphs that are part of it, its notes) are not known for the date.
        missing.push(node.eId);
        const children = (node.children as Node[]).flatMap((c): Node[] => {
          if (c.type === 'num') return [{ ...c }];
          // A heading keeps its designation as printed ("Статья 5."), not its words.
          if (c.type === 'heading') return structural ? [{ ...c, children: c.children.filter((l) => l.type === 'num').map((l) => ({ ...l })) }] : [];
          if (!structural || !((c.type === 'provision' || c.type === 'preamble') && resolve.units.has(c.eId))) return [];
          const k = copy(c, edition, false);
          return k ? [k] : [];
        });
        return { ...node, children } as T;
      }
      if (r.show === 'other') {
        if (!structural) {
          borrowed.push({ eId: node.eId, edition: r.edition.id, lang: r.edition.lang, fallback: r.fallback });
          return copy(r.node as unknown as T, r.edition, true);
        }
        // A chapter or article takes its heading from the other edition; its units are resolved one by one.
        const heading = (r.node as Provision).children.find((c) => c.type === 'heading');
        if (heading) borrowed.push({ eId: node.eId, edition: r.edition.id, lang: r.edition.lang, fallback: r.fallback });
        const children = (node.children as Node[]).flatMap((c): Node[] => {
          if (c.type === 'heading') return heading ? [structuredClone(heading)] : [];
          const k = copy(c, edition, false);
          return k ? [k] : [];
        });
        return { ...node, children } as T;
      }
    }
    const children = ((node as Parent).children as Node[]).flatMap((c) => {
      const k = copy(c, edition, resolved);
      return k ? [k] : [];
    });
    return { ...node, children } as T;
  }

  const tree = copy(base.tree, base, false) as Act;
  const unknown = [...missing.filter((eId) => !attachmentsUnknown.some((a) => a.eId === eId)).map((eId) => unknownWording(library, timeline, eId, lang, date)), ...attachmentsUnknown];
  // Exclusion stubs are amendments without a footnote: kept with the unit they stand for.
  const shown = new Set<string>();
  const walk = (n: Node) => {
    if ('eId' in n) shown.add((n as Provision).eId);
    if ('children' in n) for (const c of n.children as Node[]) walk(c);
  };
  walk(tree);
  const borrowedIds = new Set(borrowed.map((b) => b.eId));
  for (const a of base.amendments) {
    if (a.source === 'exclusion-stub' && a.target.eId && shown.has(a.target.eId) && !borrowedIds.has(a.target.eId) && visible(a)) keep(base, a);
  }
  for (const b of borrowed) {
    const e = library.edition(b.edition);
    for (const a of e.amendments) if (a.source === 'exclusion-stub' && a.target.eId === b.eId) keep(e, a);
  }

  const meta = act.meta!;
  return {
    format: 'kz-legislation/version@1',
    act: act.slug,
    type: meta.type,
    ...(meta.number !== undefined ? { number: meta.number } : {}),
    date: meta.date,
    titles: meta.titles,
    ...(meta.issuer ? { issuer: meta.issuer } : {}),
    lang,
    status: { inForce: meta.status.inForce, ...(meta.status.abrogated ? { abrogated: meta.status.abrogated } : {}) },
    version: { from: version.date, ...(version.to ? { until: version.to } : {}) },
    uris: { work: workUri(act), expression: expressionUri(act, lang, version.date) },
    verbatim: !!exact,
    base: { edition: base.id, file: base.file, ...(base.provenance ? { provenance: base.provenance } : {}) },
    borrowed,
    missing,
    unknown,
    tree,
    amendments,
    changes: changesUpTo(timeline, version),
  };
}

/** The notes whose claim the editions contradict (`{edition}#{amendment id}`): kept, never counted as changes. */
export function disputedNotes(timeline: ActTimeline): Set<string> {
  const out = new Set<string>();
  for (const d of timeline.disagreements) {
    if (d.kind === 'change-not-visible' && d.contradicted) for (const s of d.change.sources) out.add(`${s.edition}#${s.amendment}`);
  }
  return out;
}

/**
 * The changes of an attachment as a whole, or of its heading, in force after one of two days and
 * on or before the other: the days a version's date and its base edition's.
 */
function attachmentChanges(timeline: ActTimeline, eId: string, lang: Language, date: string, baseDate: string) {
  const [lo, hi] = date < baseDate ? [date, baseDate] : [baseDate, date];
  return timeline.changes.filter(
    (c) => c.unit === eId && (c.scope === 'heading' || c.scope === 'subtree') && (!c.languages || c.languages.includes(lang)) && c.inForce.from > lo && c.inForce.from <= hi,
  );
}

/** The version period holding a date: from its version's first day to the next. */
function periodAround(timeline: ActTimeline, date: string): { from: string; until?: string } {
  const version = timeline.versions.filter((v) => v.date <= date).at(-1) ?? timeline.versions[0]!;
  return { from: version.date, ...(version.to ? { until: version.to } : {}) };
}

/** The version model's answer, unit by unit, for a version no edition of the language is dated on. */
function resolver(library: Library, timeline: ActTimeline, lang: Language, date: string) {
  const units: Set<string> = new Set(timeline.units.map((u) => u.eId));
  const resolutions = new Map<string, { edition?: string; fallback: boolean; absent: boolean }>();
  for (const unit of timeline.units) {
    const { period, wording, fallback } = wordingOn(unit, lang, date);
    resolutions.set(unit.eId, { ...(wording ? { edition: wording.edition } : {}), fallback, absent: period?.status === 'absent' });
  }
  const unitIn = (editionId: string, eId: string) => library.editions.get(editionId)?.units.find((u) => u.eId === eId);
  const resolve = (eId: string, walking: Edition): Resolution => {
    if (!units.has(eId)) return { show: 'base' };
    const r = resolutions.get(eId)!;
    if (r.absent) return { show: 'absent' };
    if (!r.edition) return { show: 'missing' };
    if (r.edition === walking.id) return { show: 'base' };
    // The edition walked holds the same words: shown from it, so the text keeps to one source where it can.
    const here = unitIn(walking.id, eId);
    const there = unitIn(r.edition, eId);
    if (!r.fallback && here && there && here.status === there.status && sameWording(here.wording, there.wording)) return { show: 'base' };
    const edition = library.edition(r.edition);
    const node = nodeOf(edition, eId);
    return node ? { show: 'other', edition, node, fallback: r.fallback } : { show: 'missing' };
  };
  return Object.assign(resolve, { units });
}

/**
 * What the collection knows of a unit whose wording on a date it does not hold: the period of
 * its wording that holds the date, the acts that changed it at that period's bounds, and the
 * wording nearest in time that some edition holds (in the language if one holds any, else in
 * the first that does).
 */
function unknownWording(library: Library, timeline: ActTimeline, eId: string, lang: Language, date: string): VersionDocument['unknown'][number] {
  const unit = timeline.units.find((u) => u.eId === eId)!;
  const periods = unit.periods[lang] ?? [];
  const period = periodOn(unit, lang, date) ?? periods[0]!;
  const next = periods[periods.indexOf(period) + 1];
  const changedBy = [...period.openedBy, ...(next?.openedBy ?? [])]
    .filter((c) => !c.inferred)
    .map((c) => ({ date: c.inForce.from, by: c.by }))
    .filter((c, i, all) => all.findIndex((x) => x.by.slug === c.by.slug && x.date === c.date) === i);
  const result: VersionDocument['unknown'][number] = {
    eId,
    period: { from: period.from, ...(period.to ? { until: period.to } : {}) },
    changedBy,
    ...(period.unrecorded ? { unrecorded: period.unrecorded } : {}),
  };
  const distance = (p: { from: string; to?: string }) => (p.to && p.to <= date ? daysBetween(date, p.to) : daysBetween(p.from, date));
  for (const l of [lang, ...WORDING_ORDER.filter((x) => x !== lang)]) {
    const held = (unit.periods[l] ?? []).filter((p) => p.wording).sort((a, b) => distance(a) - distance(b));
    const near = held[0];
    if (!near?.wording) continue;
    const node = nodeOf(library.edition(near.wording.edition), eId);
    if (!node) continue;
    // A chapter's or article's own words only: the units inside it are shown in place, each
    // with its own wording or its own notice.
    const own = node.type === 'provision' && isStructural(node.kind) ? { ...node, children: node.children.filter((c) => c.type !== 'provision') } : node;
    result.nearest = { edition: near.wording.edition, lang: l, from: near.from, ...(near.to ? { until: near.to } : {}), node: structuredClone(own) };
    break;
  }
  return result;
}

const shown = new WeakMap<VersionDocument, Set<string>>();

/** The eIds a version document shows (its units, wherever their words come from). */
export function eIdsOf(doc: VersionDocument): Set<string> {
  let ids = shown.get(doc);
  if (!ids) {
    const found = new Set<string>();
    const walk = (n: Node) => {
      if ('eId' in n && typeof n.eId === 'string') found.add(n.eId);
      if ('children' in n) for (const c of n.children as Node[]) walk(c);
    };
    walk(doc.tree);
    shown.set(doc, (ids = found));
  }
  return ids;
}

/** Every change up to a version, oldest first, as the document lists them. */
function changesUpTo(timeline: ActTimeline, version: Version): VersionChange[] {
  return timeline.versions
    .filter((v) => v.date <= version.date)
    .flatMap((v) =>
      v.changes.map((c) => {
        const change: VersionChange = {
          date: v.date,
          scope: c.scope,
          action: c.action,
          by: c.by,
          inferred: !!c.inferred,
          sources: c.sources.map((s) => `${s.edition}#${s.amendment}`),
        };
        if (c.unit) change.eId = c.unit;
        if (c.languages) change.languages = c.languages;
        return change;
      }),
    );
}

const nodeIndex = new WeakMap<Edition, Map<string, Provision | Preamble>>();

/** The provision or preamble of an edition with an eId. */
export function nodeOf(edition: Edition, eId: string): Provision | Preamble | undefined {
  let index = nodeIndex.get(edition);
  if (!index) {
    const map = new Map<string, Provision | Preamble>();
    const walk = (n: Node) => {
      if (n.type === 'provision' || n.type === 'preamble') map.set(n.eId, n);
      if ('children' in n) for (const c of n.children as Node[]) walk(c);
    };
    walk(edition.tree);
    nodeIndex.set(edition, (index = map));
  }
  return index.get(eId);
}

/**
 * The terms of an edition a version's page can link to: those whose defining unit is on the
 * page in that edition's words (another edition's wording of the unit may not define the term;
 * a wording in another language defines none of the page's). All of the base edition's when the
 * version is that edition as published.
 */
export function termsShown(doc: VersionDocument, edition: Edition, units: Set<string>): Edition['terms'] {
  if (doc.base.edition !== edition.id) {
    return edition.terms.filter((t) => {
      const b = doc.borrowed.find((x) => x.eId === (unitOf(t.eId, units) ?? t.eId));
      return b && b.edition === edition.id && !b.fallback;
    });
  }
  if (doc.verbatim) return edition.terms;
  const shown = new Set<string>();
  const walk = (n: Node) => {
    if ('eId' in n) shown.add((n as Provision).eId);
    if ('children' in n) for (const c of n.children as Node[]) walk(c);
  };
  walk(doc.tree);
  const other = new Set([...doc.borrowed.map((b) => b.eId), ...doc.missing]);
  return edition.terms.filter((t) => {
    const unit = unitOf(t.eId, units) ?? t.eId;
    return shown.has(unit) && !other.has(unit);
  });
}

/** The title of a version's text: as printed in it, else the act's title in the language. */
export function documentTitle(doc: VersionDocument): string {
  const node = doc.tree.children.find((c) => c.type === 'title');
  return (node && words(node)) || (doc.titles[doc.lang] ?? doc.act);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Version documents, assembled once each: the version page and its data files read the same
 * document whatever order the build renders them in. A small cache, since a build renders a
 * version's page and files close together and a large collection does not fit in memory.
 */
export function versionStore(library: Library, size = 16): (act: ActRecord, lang: Language, date: string) => VersionDocument {
  const cache = new Map<string, VersionDocument>();
  return (act, lang, date) => {
    const key = `${act.slug}/${lang}/${date}`;
    let doc = cache.get(key);
    if (doc) {
      cache.delete(key);
    } else {
      doc = assembleVersion(library, act, lang, date);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, doc);
    return doc;
  };
}
