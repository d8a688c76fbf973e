import { visit } from 'unist-util-visit';
import type { Amendment } from '../schemas/amendment.js';
import type { Edition } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Preamble, Provision } from '../schemas/tree.js';
import { wordingOn, type ActTimeline, type Version } from '../versioning/timeline.js';
import { sameWording, unitOf } from '../versioning/units.js';
import type { ActRecord, Library } from './library.js';

/*
 * How a version page is put together. Where an edition of the page's language is dated on the
 * version's first day, the page is that edition as published. Otherwise the page walks the
 * nearest edition of the language and, unit by unit, shows the wording the version model says
 * was in force: from this edition, from another edition of the language, or, where no edition
 * of the language holds it, from another language, marked as such. Units not yet in the act are
 * left out.
 */

export type Resolution =
  | { show: 'base' }
  | { show: 'absent' }
  | { show: 'missing' }
  | { show: 'other'; edition: Edition; node: Provision | Preamble; fallback: boolean };

export interface VersionHooks {
  version: Version;
  /** What to render for a unit met while walking `edition`. */
  resolve: (eId: string, edition: Edition) => Resolution;
  /** Whether the unit holding an eId (a unit, or a part of one) is shown from `edition` itself. */
  fromEdition: (eId: string, edition: Edition) => boolean;
  /** Whether a footnote of an edition belongs on this version's page (its acts are not later). */
  footnoteVisible: (amendment: Amendment | undefined) => boolean;
}

export interface VersionView {
  timeline: ActTimeline;
  version: Version;
  /** The latest version. */
  current: Version;
  lang: Language;
  /** The edition whose structure the page walks. */
  base: Edition;
  /** True when the base edition is this version exactly, shown as published. */
  verbatim: boolean;
  hooks?: VersionHooks;
  /** Units shown in another language, or missing from every edition. */
  fallbacks: string[];
  missing: string[];
}

const nodeIndex = new WeakMap<Edition, Map<string, Provision | Preamble>>();

export function nodeOf(edition: Edition, eId: string): Provision | Preamble | undefined {
  let index = nodeIndex.get(edition);
  if (!index) {
    index = new Map();
    const map = index;
    visit(edition.tree, (n) => {
      if (n.type === 'provision' || n.type === 'preamble') map.set((n as Provision).eId, n as Provision);
    });
    nodeIndex.set(edition, index);
  }
  return index.get(eId);
}

/** The versions of an act a page can show in a language: all of them (wording may come from another language). */
export function versionView(library: Library, act: ActRecord, lang: Language, date: string): VersionView {
  const timeline = library.timeline(act.slug);
  const version = timeline.versions.find((v) => v.date === date);
  if (!version) throw new Error(`${act.slug}: no version dated ${date}`);
  const current = timeline.versions[timeline.versions.length - 1]!;
  const editions = act.editions[lang] ?? [];
  const exact = editions.find((e) => e.date === date);
  // The base: the edition of the language dated on the version, else the nearest one.
  const nearest = exact ?? [...editions].sort((a, b) => Math.abs(daysBetween(a.date, date)) - Math.abs(daysBetween(b.date, date)) || b.date.localeCompare(a.date))[0];
  if (!nearest) throw new Error(`${act.slug}: no ${lang} edition`);
  const base = library.edition(nearest.id);
  const view: VersionView = { timeline, version, current, lang, base, verbatim: !!exact, fallbacks: [], missing: [] };
  if (exact) return view;
  const units = new Map(timeline.units.map((u) => [u.eId, u]));
  const unitIds = new Set(units.keys());
  const resolutions = new Map<string, { edition?: string; fallback: boolean; absent: boolean }>();
  for (const unit of timeline.units) {
    const { period, wording, fallback } = wordingOn(timeline, unit, lang, date);
    resolutions.set(unit.eId, { edition: wording?.edition, fallback, absent: period?.status === 'absent' });
    if (period?.status === 'absent') continue;
    if (fallback) view.fallbacks.push(unit.eId);
    else if (!wording) view.missing.push(unit.eId);
  }
  view.hooks = {
    version,
    resolve: (eId, walking) => {
      if (!units.has(eId)) return { show: 'base' };
      const r = resolutions.get(eId)!;
      if (r.absent) return { show: 'absent' };
      if (!r.edition) return { show: 'missing' };
      if (r.edition === walking.id) return { show: 'base' };
      // The edition walked holds the same words: shown from it, so the text keeps to one source where it can.
      const walkingUnit = library.editions.get(walking.id)?.units.find((u) => u.eId === eId);
      const heldUnit = library.editions.get(r.edition)?.units.find((u) => u.eId === eId);
      if (!r.fallback && walkingUnit && heldUnit && walkingUnit.status === heldUnit.status && sameWording(walkingUnit.wording, heldUnit.wording)) return { show: 'base' };
      const edition = library.edition(r.edition);
      const node = nodeOf(edition, eId);
      return node ? { show: 'other', edition, node, fallback: r.fallback } : { show: 'missing' };
    },
    fromEdition: (eId, walking) => view.hooks!.resolve(unitOf(eId, unitIds) ?? eId, walking).show === 'base',
    footnoteVisible: (amendment) => !amendment || amendment.amendingActs.every((a) => a.date <= date),
  };
  return view;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** The version of a date, for the date field: the latest version starting on or before it. */
export function versionDates(timeline: ActTimeline): string[] {
  return timeline.versions.map((v) => v.date);
}
