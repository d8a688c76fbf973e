import type { Amendment } from '../schemas/amendment.js';
import type { VersionChange, VersionDocument, BorrowedUnit } from '../schemas/data.js';
import type { Edition } from '../schemas/edition.js';
import type { Language } from '../schemas/language.js';
import type { Act, Footnote, Node, Parent, Provision } from '../schemas/tree.js';
import type { ActRecord, Library } from '../site/library.js';
import { versionView } from '../site/versions.js';
import { LANGUAGES, LANGUAGE_FACTS } from '../model/languages.js';
import { isStructural } from '../model/provisions.js';

/*
 * One act in one language as in force in one version, as data: the tree the version page shows,
 * put together the same way (src/site/versions.ts). Where an edition of the language is dated on
 * the version, it is that edition's tree as published; otherwise the nearest edition's tree with
 * each unit replaced by the wording in force (from another edition of the language, or of
 * another language where none holds it, recorded in `borrowed`), units not yet in the act left
 * out, and notes of later amendments left out.
 */

/** ISO 639-2 codes, as Akoma Ntoso URIs use them. TEMPORARY: akn.ts imports it from here until its rewrite lands. */
export const AKN_LANGUAGE = Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGE_FACTS[l].iso6392])) as Record<Language, string>;

/** Akoma Ntoso FRBR work URI: `/akn/kz/act/decree/2015-01-05/12`. */
export function workUri(act: Pick<ActRecord, 'kind' | 'date' | 'number'>): string {
  return `/akn/kz/act/${act.kind}/${act.date}/${encodeURIComponent(act.number.toLowerCase())}`;
}

/** Akoma Ntoso FRBR expression URI: `/akn/kz/act/decree/2015-01-05/12/eng@2021-07-21`. */
export function expressionUri(act: Pick<ActRecord, 'kind' | 'date' | 'number'>, lang: Language, date: string): string {
  return `${workUri(act)}/${AKN_LANGUAGE[lang]}@${date}`;
}

export function versionDocument(library: Library, act: ActRecord, lang: Language, date: string): VersionDocument {
  const view = versionView(library, act, lang, date);
  const { base, hooks, version } = view;
  const borrowed: BorrowedUnit[] = [];
  const amendments: VersionDocument['amendments'] = [];
  const amendmentsOf = new Map<string, Map<string, Amendment>>();
  const amendmentOf = (edition: Edition, id: string) => {
    let map = amendmentsOf.get(edition.id);
    if (!map) amendmentsOf.set(edition.id, (map = new Map(edition.amendments.map((a) => [a.id, a]))));
    return map.get(id);
  };
  const keepAmendment = (edition: Edition, id: string) => {
    const a = amendmentOf(edition, id);
    if (a && !amendments.some((k) => k.edition === edition.id && k.id === id)) amendments.push({ ...a, edition: edition.id });
  };
  const visible = (edition: Edition, f: Footnote) => !hooks || hooks.footnoteVisible(amendmentOf(edition, f.id));

  /** Copies a node of `edition`, resolving the units in it unless `resolved`. */
  function copy<T extends Node>(node: T, edition: Edition, resolved: boolean): T | undefined {
    if (!('children' in node)) return { ...node };
    if (node.type === 'footnote') {
      if (!visible(edition, node)) return undefined;
      keepAmendment(edition, node.id);
      return structuredClone(node);
    }
    if ((node.type === 'provision' || node.type === 'preamble') && hooks && !resolved) {
      const r = hooks.resolve(node.eId, edition);
      const structural = node.type === 'provision' && isStructural(node.kind);
      if (r.show === 'absent') return undefined;
      if (r.show === 'missing' && !structural) {
        // Only the number is kept: no edition holds the words in force.
        return { ...node, children: (node.children as Node[]).filter((c) => c.type === 'num').map((c) => ({ ...c })) } as T;
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
  // Exclusion stubs are amendments without a footnote: kept with the unit they stand for.
  const kept = new Set<string>();
  const walk = (n: Node) => {
    if ('eId' in n) kept.add((n as Provision).eId);
    if ('children' in n) for (const c of n.children as Node[]) walk(c);
  };
  walk(tree);
  const fromBase = (eId: string) => kept.has(eId) && !borrowed.some((b) => b.eId === eId);
  for (const a of base.amendments) {
    if (a.source === 'exclusion-stub' && a.target.eId && fromBase(a.target.eId) && (!hooks || hooks.footnoteVisible(a))) {
      amendments.push({ ...a, edition: base.id });
    }
  }
  for (const b of borrowed) {
    const e = library.edition(b.edition);
    for (const a of e.amendments) if (a.source === 'exclusion-stub' && a.target.eId === b.eId) amendments.push({ ...a, edition: e.id });
  }

  const changes: VersionChange[] = view.timeline.versions
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

  const meta = act.meta!;
  return {
    format: 'kz-legislation/version@1',
    act: act.slug,
    type: meta.type,
    number: meta.number,
    date: meta.date,
    titles: meta.titles,
    ...(meta.issuer ? { issuer: meta.issuer } : {}),
    lang,
    version: { from: version.date, ...(version.to ? { until: version.to } : {}) },
    uris: { work: workUri(act), expression: expressionUri(act, lang, version.date) },
    verbatim: view.verbatim,
    base: { edition: base.id, file: base.file, ...(base.provenance ? { provenance: base.provenance } : {}) },
    borrowed,
    missing: view.missing,
    tree,
    amendments,
    changes,
  };
}
