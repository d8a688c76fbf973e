import { visitParents } from 'unist-util-visit-parents';
import type { ActMeta } from '../schemas/act.js';
import type { AmendingAct } from '../schemas/amendment.js';
import type { Edition, EditionCitation } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Provision } from '../schemas/tree.js';
import { unitsOf, type Unit } from '../versioning/units.js';
import { buildTimeline, type ActTimeline, type ChangeRecord } from '../versioning/timeline.js';
import { titleKey } from '../pipeline/references.js';
import { LANGUAGES, WORDING_ORDER } from './languages.js';
import type { VersionDocument } from '../schemas/data.js';
import { versionStore } from '../versioning/assemble.js';

/*
 * The library: every act the site knows, with its editions, and every act it only knows of
 * (amending acts and cited acts whose text is not in the collection), with the changes each
 * made and where each is cited. Built once per build; no Astro imports, so it is tested
 * directly.
 *
 * Editions are held without their trees (EditionRef): a collection of a thousand acts does not
 * fit in memory as trees. A page asks `library.edition(id)` for the full edition, read on demand
 * and kept in a small cache.
 */

/** A provision (or preamble) of an edition, in document order: enough to list and align them. */
export interface OutlineEntry {
  eId: string;
  kind: Provision['kind'] | 'preamble';
  num?: string;
  status?: Provision['status'];
}

/** An edition without its tree. */
export type EditionRef = Omit<Edition, 'tree'> & {
  outline: OutlineEntry[];
  eIds: Set<string>;
  /** The units whose wording the version model tracks, with their words. */
  units: Unit[];
  /** Acts cited in the edition's appendices (an abrogating decree lists what it repeals). */
  appendixCitations: string[];
};

/** A change one act made to another: the target's timeline's record of it (src/versioning/timeline.ts). */
export type ChangeMade = ChangeRecord & {
  /** The act that was changed. */
  act: string;
};

/** A place where a text cites an act by number and date (and sometimes title). */
export interface Citation {
  /** The citing edition. */
  edition: Pick<Edition, 'id' | 'act' | 'lang' | 'date'>;
  /** The provision (or preamble) that cites it. */
  eId?: string;
  /** The title given in quotes after the reference, if any. */
  title?: string;
}

export interface ActRecord {
  slug: string;
  /** True when the act has metadata (and usually text) in content/. */
  inCollection: boolean;
  meta?: ActMeta;
  kind: string;
  number: string;
  date: string;
  /** Editions by language, oldest first. */
  editions: Partial<Record<Language, EditionRef[]>>;
  /** Languages that have an edition, in site order. */
  languages: Language[];
  defaultLanguage?: Language;
  /** Changes this act made to the texts of acts in the collection, as their timelines record them. */
  changesMade: ChangeMade[];
  /** Acts this act repealed: named in its act.yaml, by the repealed act's, or by their notes. */
  repealed: string[];
  /** Where other texts cite this act, with the titles they give it ("№ 12 «О внесении изменений…»"). */
  citedIn: Citation[];
}

export interface Library {
  acts: Map<string, ActRecord>;
  editions: Map<string, EditionRef>;
  /** titleKey(title) → act slug, per language, for linking quoted titles. */
  titles: Map<Language, Map<string, string>>;
  /** The full edition, tree included. */
  edition: (id: string) => Edition;
  /** The version model of an act with editions (built once, on first use). */
  timeline: (act: string) => ActTimeline;
  /** An act in a language as in force in one version, assembled once (src/versioning/assemble.ts). */
  version: (act: ActRecord, lang: Language, date: string) => VersionDocument;
  /**
   * The version whose text an edition is: its first day. An edition is filed under the date of
   * the last act it includes; its text is in force once that act's changes are.
   */
  versionOf: (edition: Pick<Edition, 'id' | 'act'>) => string;
}

/** Where a build keeps its library on the global object (src/loaders/library.ts), and lets it go (src/integrations/release.ts). */
export const LIBRARY_KEY = Symbol.for('kz-legislation.library');

/** Reads a full edition by id (from where the loader wrote it, or from memory in tests). */
export type EditionSource = (id: string) => Edition;

export function outlineOf(edition: Edition): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  visitParents(edition.tree, (node) => {
    if (node.type === 'provision') {
      const p = node as Provision;
      const entry: OutlineEntry = { eId: p.eId, kind: p.kind, status: p.status };
      if (p.num) entry.num = p.num;
      outline.push(entry);
    } else if (node.type === 'preamble') {
      outline.push({ eId: (node as { eId: string }).eId, kind: 'preamble' });
    }
  });
  return outline;
}

function refOf(edition: Edition): EditionRef {
  const { tree: _tree, ...rest } = edition;
  const outline = outlineOf(edition);
  return { ...rest, outline, eIds: new Set(outline.map((o) => o.eId)), units: unitsOf(edition.tree), appendixCitations: [] };
}

/** A small least-recently-used cache of full editions. */
function cached(source: EditionSource, size: number): EditionSource {
  const cache = new Map<string, Edition>();
  return (id) => {
    const hit = cache.get(id);
    if (hit) {
      cache.delete(id);
      cache.set(id, hit);
      return hit;
    }
    const edition = source(id);
    cache.set(id, edition);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return edition;
  };
}

/**
 * Builds the library. `editions` are read one by one and not kept: pass an iterable that reads
 * them lazily; `source` reads one again when a page needs it (default: keep them all, for tests).
 */
export function buildLibrary(metas: Array<{ id: string; data: ActMeta }>, editions: Iterable<Edition>, source?: EditionSource): Library {
  const acts = new Map<string, ActRecord>();
  const refs = new Map<string, EditionRef>();
  const kept = new Map<string, Edition>();
  for (const { id, data } of metas) {
    acts.set(id, {
      slug: id,
      inCollection: true,
      meta: data,
      kind: data.type,
      // No number (the Constitution): an empty one, which names and citations leave out.
      number: data.number ?? '',
      date: data.date,
      editions: {},
      languages: [],
      changesMade: [],
      repealed: [],
      citedIn: [],
    });
  }
  const pendingCitations: Array<{ edition: EditionRef; slug: string; citation: Citation; cited: EditionCitation }> = [];
  for (const edition of editions) {
    const ref = refOf(edition);
    refs.set(ref.id, ref);
    if (!source) kept.set(edition.id, edition);
    // Acts the text cites by number and date, and the titles it gives them (found by the parser).
    for (const c of edition.citations) {
      if (c.inAppendix && !ref.appendixCitations.includes(c.slug)) ref.appendixCitations.push(c.slug);
      if (c.slug === edition.act) continue;
      const citation: Citation = { edition: { id: edition.id, act: edition.act, lang: edition.lang, date: edition.date } };
      if (c.eId) citation.eId = c.eId;
      if (c.title) citation.title = c.title;
      pendingCitations.push({ edition: ref, slug: c.slug, citation, cited: c });
    }
  }
  const sorted = [...refs.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const edition of sorted) {
    const act = acts.get(edition.act);
    if (act) (act.editions[edition.lang] ??= []).push(edition);
  }
  for (const act of acts.values()) {
    for (const list of Object.values(act.editions)) list!.sort((a, b) => a.date.localeCompare(b.date));
    act.languages = LANGUAGES.filter((l) => act.editions[l]?.length);
    const preferred = act.meta?.defaultLanguage;
    // An official text first; the English translation only for an act that has no other.
    act.defaultLanguage = preferred && act.languages.includes(preferred) ? preferred : WORDING_ORDER.find((l) => act.languages.includes(l));
  }
  // Amending acts: every act an amendment names, known or not.
  for (const edition of sorted) {
    for (const amendment of edition.amendments) {
      for (const by of amendment.amendingActs) {
        const record = acts.get(by.slug) ?? newReferencedAct(by);
        acts.set(by.slug, record);
        if ((by.action === 'abrogated' || amendment.action === 'abrogated') && amendment.target.kind === 'act' && !record.repealed.includes(edition.act)) record.repealed.push(edition.act);
      }
    }
  }
  pendingCitations.sort((a, b) => a.edition.id.localeCompare(b.edition.id));
  for (const { slug, citation, cited } of pendingCitations) {
    const record = acts.get(slug) ?? newReferencedAct(cited);
    acts.set(slug, record);
    if (!record.citedIn.some((k) => k.edition.id === citation.edition.id && k.eId === citation.eId && k.title === citation.title)) record.citedIn.push(citation);
  }
  const titles = new Map<Language, Map<string, string>>();
  for (const lang of LANGUAGES) titles.set(lang, new Map());
  for (const act of acts.values()) {
    for (const lang of LANGUAGES) {
      const title = act.meta?.titles[lang];
      if (title) titles.get(lang)!.set(titleKey(title), act.slug);
    }
  }
  const read = source ? cached(source, 24) : (id: string) => kept.get(id)!;
  const timelines = new Map<string, ActTimeline>();
  const library: Library = {
    acts,
    editions: refs,
    titles,
    edition: (id) => {
      if (!refs.has(id)) throw new Error(`no edition ${id}`);
      return read(id);
    },
    timeline: (slug) => {
      let timeline = timelines.get(slug);
      if (!timeline) {
        timeline = timelineOf(acts, slug);
        timelines.set(slug, timeline);
      }
      return timeline;
    },
    version: (act, lang, date) => versions(act, lang, date),
    versionOf: (edition) => library.timeline(edition.act).versions.find((v) => v.editions.includes(edition.id))!.date,
  };
  const versions = versionStore(library);
  // What each act did to others, as the timelines of the acts it changed record it.
  for (const act of acts.values()) {
    if (act.languages.length) for (const c of library.timeline(act.slug).changes) acts.get(c.by.slug)?.changesMade.push({ ...c, act: act.slug });
    const by = act.meta?.status.abrogated?.by;
    const repealer = by ? acts.get(by) : undefined;
    if (repealer && !repealer.repealed.includes(act.slug)) repealer.repealed.push(act.slug);
    for (const slug of act.meta?.repeals ?? []) if (!act.repealed.includes(slug)) act.repealed.push(slug);
  }
  return library;
}

function timelineOf(acts: Map<string, ActRecord>, slug: string): ActTimeline {
  const act = acts.get(slug);
  if (!act) throw new Error(`no act ${slug}`);
  const editions = Object.values(act.editions).flat();
  const abrogated = act.meta?.status.abrogated;
  const facts: Parameters<typeof buildTimeline>[0] = { act: slug, date: act.date, published: (s) => acts.get(s)?.meta?.published };
  if (abrogated) {
    facts.end = abrogated.by ? { date: abrogated.date, by: abrogated.by } : { date: abrogated.date };
    // The repealing act's appendix lists what it repealed with this act: the amending acts.
    const repealer = abrogated.by ? acts.get(abrogated.by) : undefined;
    const listing = repealer && Object.values(repealer.editions).flat().find((e) => e.appendixCitations.includes(slug));
    if (listing && abrogated.by) facts.repealerList = { repealer: abrogated.by, edition: listing.id, slugs: listing.appendixCitations };
  }
  return buildTimeline(facts, editions);
}

function newReferencedAct(by: Pick<AmendingAct, 'slug' | 'kind' | 'number' | 'date'>): ActRecord {
  return {
    slug: by.slug,
    inCollection: false,
    kind: by.kind,
    number: by.number,
    date: by.date,
    editions: {},
    languages: [],
    changesMade: [],
    repealed: [],
    citedIn: [],
  };
}

export function latestEdition(act: ActRecord, lang: Language): EditionRef | undefined {
  const list = act.editions[lang];
  return list?.[list.length - 1];
}

/** What one amending act did to one act: its changes, one per unit changed. */
export interface ChangeSet {
  by: AmendingAct;
  act: string;
  changes: ChangeMade[];
}

/**
 * The most recent amending acts across the collection, each with the changes it made to each
 * act; an act's loss of force is a change of the whole act by the act that repealed it.
 */
export function latestChanges(library: Library, limit = 8): ChangeSet[] {
  const sets = new Map<string, ChangeSet>();
  const repeals: ChangeMade[] = [];
  for (const act of library.acts.values()) {
    const end = act.languages.length ? library.timeline(act.slug).end : undefined;
    const by = end?.by ? library.acts.get(end.by) : undefined;
    if (end && by) repeals.push({ act: act.slug, scope: 'act', action: 'abrogated', targets: [], by: { kind: by.kind, number: by.number, date: end.date, slug: by.slug, action: 'abrogated' } as AmendingAct, sources: end.sources, rules: [], inForce: { from: end.date, exact: true } });
  }
  for (const change of [...[...library.acts.values()].flatMap((a) => a.changesMade), ...repeals]) {
    const key = `${change.by.slug}|${change.act}`;
    const set = sets.get(key) ?? { by: change.by, act: change.act, changes: [] };
    set.changes.push(change);
    sets.set(key, set);
  }
  return [...sets.values()].sort((a, b) => b.by.date.localeCompare(a.by.date) || a.by.slug.localeCompare(b.by.slug)).slice(0, limit);
}
