import type { Amendment, AmendingAct, AmendmentAction } from '../schemas/amendment.js';
import type { Language } from '../schemas/language.js';
import { sameWording, unitOf, type Unit } from './units.js';
import { WORDING_ORDER } from '../model/languages.js';
import { isStructural } from '../model/provisions.js';
import { mergeOrder } from './provisions.js';
import { addDays, inForceOf, type InForce } from './in-force.js';

/*
 * The version model of one act, from every dated fact the sources hold: the act's own date and
 * abrogation, each edition's date, each footnote's and exclusion stub's amending acts in every
 * language. For every unit (paragraph, article, heading, preamble) and language it gives the
 * periods of its wording: from, to, the change that opened the period, and the wording from an
 * edition of that language that holds it, or nothing when no edition does. Provisions are
 * aligned across editions and languages by eId, which follows their place in the act.
 *
 * Where the sources disagree (a footnote in one language names an act another omits; a text
 * changes with no footnote; a footnote records a change the texts do not show), the model says
 * so rather than choosing silently.
 */

/** What the model needs of an edition. */
export interface VersionedEdition {
  id: string;
  lang: Language;
  date: string;
  units: Unit[];
  amendments: Amendment[];
}

/** Where a fact comes from: an edition and its footnote (or stub). */
export interface Source {
  edition: string;
  lang: Language;
  date: string;
  /** The amendment record's id in that edition (`fn_3`, `stub_att_1__para_27`). */
  amendment: string;
  text: string;
}

/** One change to one unit by one amending act, merged across the editions that record it. */
export interface ChangeRecord {
  /** The unit whose wording changed (for `act` scope, every unit). */
  unit?: string;
  /** The provisions the notes name, exactly (a sub-paragraph of the unit, or the unit itself). */
  targets: string[];
  /** `unit`: the unit; `heading`: the heading of a chapter or article; `subtree`: a unit and everything in it; `act`: the whole text. */
  scope: 'unit' | 'heading' | 'subtree' | 'act';
  by: AmendingAct;
  action: AmendmentAction;
  /** The languages whose text changed, when a footnote restricts it ("only the Russian text"). */
  languages?: Language[];
  /** Inferred from two editions whose texts differ, with no footnote recording it. */
  inferred?: { from: string; to: string; lang: Language };
  sources: Source[];
  /** The entry-into-force rule as each language's note states it. */
  rules: Array<{ lang: Language; text: string }>;
  /** When it entered into force: a known date, or the earliest it can have (src/versioning/in-force.ts). */
  inForce: InForce;
}

export interface Wording {
  edition: string;
  lang: Language;
  /** The edition's date: the wording is known as of then. */
  date: string;
  text: string;
  status: Unit['status'];
}

export interface Period {
  from: string;
  /** Exclusive end: the next change, or the act's abrogation; absent while in force. */
  to?: string;
  /** The changes that opened this period (none for the original wording). */
  openedBy: ChangeRecord[];
  /** Absent: not yet in the act (added later) or gone. */
  status: 'in-force' | 'excluded' | 'absent';
  /** The wording in this language, when an edition of this language holds it. */
  wording?: Wording;
  /**
   * The wording changed on some day in this period, no note says when: two editions (dated
   * `from` and `to`) differ. The earlier edition's words hold up to its own date, the later's
   * from its date; in between the collection does not establish the wording.
   */
  unrecorded?: { from: string; to: string };
}

export interface UnitTimeline {
  eId: string;
  kind: Unit['kind'];
  num?: string;
  parent?: string;
  /** Periods per language, oldest first. */
  periods: Partial<Record<Language, Period[]>>;
}

export interface Version {
  /** The version's first day, where known; else the earliest it can have been (see `exact`). */
  date: string;
  /** False where the changes that open it entered into force on a date the collection does not give. */
  exact: boolean;
  to?: string;
  /** The changes dated on this day. */
  changes: ChangeRecord[];
  /** The editions consolidated on this day. */
  editions: string[];
}

export type Disagreement =
  | { kind: 'footnote-omits-act'; unit: string; act: AmendingAct; omittedIn: { edition: string; lang: Language; date: string }; recordedIn: Source[] }
  | { kind: 'unrecorded-change'; unit: string; lang: Language; from: string; to: string; editions: [string, string] }
  /** `contradicted`: no language's texts show the change, so it is not counted as one. */
  | { kind: 'change-not-visible'; unit: string; lang: Language; change: ChangeRecord; editions: [string, string]; contradicted: boolean }
  | { kind: 'footnote-target'; unit: string; stated: string; source: Source }
  | { kind: 'repealer-list'; repealer: string; edition: string; listedOnly: string[]; recordedOnly: string[]; agreed: string[] };

export interface ActTimeline {
  act: string;
  /** Adoption: the first version. */
  start: string;
  /** Abrogation, if the act lost force, with the notes that record it. */
  end?: { date: string; by?: string; sources: Source[] };
  versions: Version[];
  units: UnitTimeline[];
  changes: ChangeRecord[];
  disagreements: Disagreement[];
  languages: Language[];
}

interface Facts {
  act: string;
  date: string;
  /** Official publication of amending acts, where the collection has it (their act.yaml). */
  published?: (slug: string) => { date: string; source: string } | undefined;
  end?: { date: string; by?: string };
  /** Acts the repealing act lists as repealed with this one (its appendix), for cross-checking. */
  repealerList?: { repealer: string; edition: string; slugs: string[] };
}

/** Whether a note's action gives a unit a new wording (abrogation ends the act instead). */
function changesWording(action: AmendmentAction): boolean {
  return action !== 'abrogated' && action !== 'interpreted' && action !== 'suspended';
}

export function buildTimeline(facts: Facts, given: VersionedEdition[]): ActTimeline {
  // An edition includes every change its notes record: where a note is dated after the date
  // the edition is filed under, the edition is taken as of the note's date.
  const editions = given.map((e) => {
    const latest = e.amendments
      .filter((a) => changesWording(a.action))
      .flatMap((a) => a.amendingActs.filter((x) => changesWording(x.action)).map((x) => x.date))
      .filter((d) => !facts.end || d < facts.end.date)
      .sort()
      .pop();
    return latest && latest > e.date ? { ...e, date: latest } : e;
  });
  const sorted = [...editions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const languages = WORDING_ORDER.filter((l) => sorted.some((e) => e.lang === l));
  const end = facts.end;

  // Units, in the order of the latest editions, with their enclosing units.
  const unitInfo = new Map<string, { kind: Unit['kind']; num?: string; parent?: string }>();
  const newestFirst = [...sorted].reverse();
  for (const edition of newestFirst) {
    for (const u of edition.units) {
      if (unitInfo.has(u.eId)) continue;
      const info: { kind: Unit['kind']; num?: string; parent?: string } = { kind: u.kind };
      if (u.num) info.num = u.num;
      if (u.parent) info.parent = u.parent;
      unitInfo.set(u.eId, info);
    }
  }
  const order = mergeOrder(newestFirst.map((e) => e.units.map((u) => u.eId)));
  const unitIds = new Set(order);
  const inside = (eId: string, ancestor: string): boolean => {
    // Everything in an attachment has its eId under the attachment's (`att_3__para_1`).
    if (eId.startsWith(`${ancestor}__`)) return true;
    for (let p = unitInfo.get(eId)?.parent; p; p = unitInfo.get(p)?.parent) if (p === ancestor) return true;
    return false;
  };

  // Recorded changes, merged across editions: one per amending act, unit and scope.
  const changes = new Map<string, ChangeRecord>();
  const endSources: Source[] = [];
  const disagreements: Disagreement[] = [];
  for (const edition of sorted) {
    for (const a of edition.amendments) {
      const target = a.target;
      let unit: string | undefined;
      let scope: ChangeRecord['scope'];
      if (target.kind === 'act') scope = 'act';
      else if (target.kind === 'attachment') {
        // An attachment is no unit of its own: the change covers every unit in it.
        unit = target.eId;
        scope = 'subtree';
      } else if (target.kind === 'heading') {
        unit = target.eId;
        scope = 'heading';
      } else {
        unit = target.eId ? unitOf(target.eId, unitIds) : undefined;
        const kind = unit ? unitInfo.get(unit)?.kind : undefined;
        // A note on a chapter or article as a whole may concern anything in it; a note on a
        // part of a unit (a sub-paragraph of an article) changes that unit's own words only.
        scope = kind && kind !== 'preamble' && isStructural(kind) && unit === target.eId ? 'subtree' : 'unit';
      }
      if (scope !== 'act' && !unit) continue;
      const source: Source = { edition: edition.id, lang: edition.lang, date: edition.date, amendment: a.id, text: a.text };
      if (target.mismatch && target.stated && unit) disagreements.push({ kind: 'footnote-target', unit, stated: target.stated, source });
      for (const by of a.amendingActs) {
        // An interpretation or a suspension leaves the wording as it is: no change to record.
        if (!changesWording(by.action) && by.action !== 'abrogated') continue;
        // Losing force is the end of the act, not a new wording.
        if (scope === 'act' && (by.action === 'abrogated' || a.action === 'abrogated')) {
          if (!endSources.some((s) => s.edition === source.edition && s.amendment === source.amendment)) endSources.push(source);
          continue;
        }
        const key = `${by.slug}|${unit ?? ''}|${scope}`;
        const existing = changes.get(key);
        const rule = by.entryIntoForce ? { lang: edition.lang, text: by.entryIntoForce } : undefined;
        if (existing) {
          if (target.eId && !existing.targets.includes(target.eId)) existing.targets.push(target.eId);
          existing.sources.push(source);
          if (rule && !existing.rules.some((r) => r.lang === rule.lang && r.text === rule.text)) existing.rules.push(rule);
          if (a.languages) existing.languages = [...new Set([...(existing.languages ?? []), ...a.languages])];
          continue;
        }
        const record: ChangeRecord = { scope, by, action: by.action, targets: target.eId ? [target.eId] : [], sources: [source], rules: rule ? [rule] : [], inForce: { from: by.date, exact: false } };
        if (unit) record.unit = unit;
        if (a.languages) record.languages = [...a.languages];
        changes.set(key, record);
      }
    }
  }

  const covers = (c: ChangeRecord, eId: string): boolean => {
    if (c.scope === 'act') return true;
    if (c.unit === eId) return true;
    return c.scope === 'subtree' && !!c.unit && inside(eId, c.unit);
  };
  const appliesTo = (c: ChangeRecord, lang: Language) => !c.languages || c.languages.includes(lang);
  const inLife = (date: string) => date > facts.date && (!end || date < end.date);
  let recorded = [...changes.values()];
  // When each amending act's changes entered into force, by the rule any of its notes states.
  const rulesOf = new Map<string, ChangeRecord['rules']>();
  for (const c of recorded) rulesOf.set(c.by.slug, [...(rulesOf.get(c.by.slug) ?? []), ...c.rules]);
  for (const c of recorded) c.inForce = inForceOf(c.by.date, rulesOf.get(c.by.slug) ?? [], facts.published?.(c.by.slug));
  const contradictedIn = new Map<ChangeRecord, Language[]>();
  const shownIn = new Map<ChangeRecord, Language[]>();
  /** The days a unit's wording changed in a language: the changes' first days in force. */
  const changeDates = (eId: string, lang: Language, all: ChangeRecord[]) =>
    [...new Set(all.filter((c) => covers(c, eId) && appliesTo(c, lang) && inLife(c.inForce.from)).map((c) => c.inForce.from))].sort();
  /** The days changes of a unit were adopted: editions are filed by the acts they include. */
  const adoptionDates = (eId: string, lang: Language) =>
    recorded.filter((c) => covers(c, eId) && appliesTo(c, lang) && inLife(c.by.date)).map((c) => c.by.date);

  // An edition's text is the one in force once every change it includes (every change adopted
  // by its date) is in force: an edition filed on a law's signing date holds the wording the law
  // brings into force later.
  const asOfDates = new Map<string, string>();
  for (const e of sorted) {
    const pending = recorded.filter((c) => c.by.date <= e.date && appliesTo(c, e.lang)).map((c) => c.inForce.from);
    asOfDates.set(e.id, [e.date, ...pending].sort().pop()!);
  }
  const asOf = (e: VersionedEdition) => asOfDates.get(e.id)!;

  // Changes the texts show but no footnote records: consecutive editions of one language whose
  // wording of a unit differs with no recorded change between their dates.
  const inferred: ChangeRecord[] = [];
  /** Per unit and language, the days from which its wording is not established (an unrecorded change). */
  const unrecordedSpans = new Map<string, Array<{ start: string; from: string; to: string }>>();
  for (const lang of languages) {
    const list = sorted.filter((e) => e.lang === lang);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      const wa = new Map(a.units.map((u) => [u.eId, u]));
      for (const ub of b.units) {
        const ua = wa.get(ub.eId);
        if (!ua) continue;
        const between = adoptionDates(ub.eId, lang).filter((d) => d > a.date && d <= b.date);
        const same = sameWording(ua.wording, ub.wording);
        if (!same && between.length === 0) {
          const start = addDays(asOf(a), 1);
          if (start < asOf(b)) {
            const key = `${ub.eId}|${lang}`;
            unrecordedSpans.set(key, [...(unrecordedSpans.get(key) ?? []), { start, from: a.date, to: b.date }]);
          }
          inferred.push({
            unit: ub.eId,
            scope: 'unit',
            by: { kind: 'act', number: '?', date: b.date, slug: '', action: 'other' },
            action: 'other',
            targets: [ub.eId],
            inForce: { from: asOf(b), exact: false },
            languages: [lang],
            inferred: { from: a.date, to: b.date, lang },
            sources: [],
            rules: [],
          });
          disagreements.push({ kind: 'unrecorded-change', unit: ub.eId, lang, from: a.date, to: b.date, editions: [a.id, b.id] });
        }
        // A footnote records a change of this very unit in this language between the two
        // editions: the texts show it, or they contradict it.
        for (const c of recorded) {
          if ((c.scope === 'unit' || c.scope === 'heading') && c.unit === ub.eId && appliesTo(c, lang) && c.by.date > a.date && c.by.date <= b.date) {
            (same ? contradictedIn : shownIn).set(c, [...((same ? contradictedIn : shownIn).get(c) ?? []), lang]);
            if (same) disagreements.push({ kind: 'change-not-visible', unit: ub.eId, lang, change: c, editions: [a.id, b.id], contradicted: false });
          }
        }
      }
    }
  }
  // A note's claim the texts contradict is kept as a disagreement and never counted as a change:
  // every language it concerns has editions on both sides of it, and none shows the change.
  const contradicted = new Set(
    recorded.filter((c) => {
      const concerned = c.languages ?? languages;
      return contradictedIn.has(c) && !shownIn.has(c) && concerned.every((l) => contradictedIn.get(c)!.includes(l));
    }),
  );
  for (const d of disagreements) if (d.kind === 'change-not-visible' && contradicted.has(d.change)) d.contradicted = true;
  recorded = recorded.filter((c) => !contradicted.has(c));
  const all = [...recorded, ...inferred];

  // A footnote omitting an act that another edition records for the same unit: only editions
  // dated on or after the act can be expected to record it.
  for (const c of recorded) {
    if (!c.unit || c.scope === 'act') continue;
    for (const lang of languages) {
      if (c.sources.some((s) => s.lang === lang) || !appliesTo(c, lang)) continue;
      const later = sorted.filter((e) => e.lang === lang && e.date >= c.by.date);
      const latest = later[later.length - 1];
      if (!latest || !latest.units.some((u) => u.eId === c.unit)) continue;
      disagreements.push({ kind: 'footnote-omits-act', unit: c.unit, act: c.by, omittedIn: { edition: latest.id, lang, date: latest.date }, recordedIn: c.sources });
    }
  }

  // The repealing act's list of the acts it repealed with this one, against the amending acts
  // the footnotes record.
  if (facts.repealerList) {
    const listed = new Set(facts.repealerList.slugs.filter((s) => s !== facts.act));
    const amending = new Set(recorded.map((c) => c.by.slug));
    disagreements.push({
      kind: 'repealer-list',
      repealer: facts.repealerList.repealer,
      edition: facts.repealerList.edition,
      listedOnly: [...listed].filter((s) => !amending.has(s)).sort(),
      recordedOnly: [...amending].filter((s) => !listed.has(s)).sort(),
      agreed: [...listed].filter((s) => amending.has(s)).sort(),
    });
  }

  // Versions: every day the text changed in any language (the changes' first days in force),
  // every day an edition's text is in force from.
  const dates = new Set<string>([facts.date]);
  for (const c of all) if (inLife(c.inForce.from)) dates.add(c.inForce.from);
  for (const e of sorted) if (asOf(e) >= facts.date && (!end || asOf(e) < end.date)) dates.add(asOf(e));
  const versionDates = [...dates].sort();
  const versions: Version[] = versionDates.map((date, i) => {
    const changes = recorded.filter((c) => c.inForce.from === date);
    const v: Version = {
      date,
      exact: changes.every((c) => c.inForce.exact),
      changes,
      editions: sorted.filter((e) => asOf(e) === date).map((e) => e.id),
    };
    const to = versionDates[i + 1] ?? end?.date;
    if (to) v.to = to;
    return v;
  });

  // Periods of each unit in each language.
  const units: UnitTimeline[] = order.map((eId) => {
    const info = unitInfo.get(eId)!;
    const timeline: UnitTimeline = { eId, kind: info.kind, periods: {} };
    if (info.num) timeline.num = info.num;
    if (info.parent) timeline.parent = info.parent;
    const supplemented = recorded
      .filter((c) => c.unit === eId && c.scope !== 'act' && c.action === 'supplemented')
      .map((c) => c.inForce.from)
      .sort()[0];
    for (const lang of languages) {
      const spans = unrecordedSpans.get(`${eId}|${lang}`) ?? [];
      const bounds = [...new Set([facts.date, ...changeDates(eId, lang, all), ...spans.map((u) => u.start).filter(inLife)])].sort();
      const periods: Period[] = bounds.map((from, i) => {
        const to = bounds[i + 1] ?? end?.date;
        const inPeriod = (e: VersionedEdition) => asOf(e) >= from && (!to || asOf(e) < to);
        const unrecorded = spans.find((u) => u.start === from);
        const holders = unrecorded ? [] : sorted.filter((e) => e.lang === lang && inPeriod(e));
        let wording: Wording | undefined;
        for (const e of holders) {
          const u = e.units.find((x) => x.eId === eId);
          if (u) wording = { edition: e.id, lang, date: e.date, text: u.wording, status: u.status };
        }
        // Absent: added later by a "supplemented" change, or missing from every edition of the period.
        const any = sorted.filter(inPeriod);
        const missingEverywhere = any.length > 0 && any.every((e) => !e.units.some((x) => x.eId === eId));
        const notYet = !!supplemented && (!to || to <= supplemented) && from < supplemented;
        const status: Period['status'] = notYet || missingEverywhere ? 'absent' : wording?.status === 'excluded' || any.some((e) => e.units.find((x) => x.eId === eId)?.status === 'excluded') ? 'excluded' : 'in-force';
        const period: Period = { from, openedBy: all.filter((c) => c.inForce.from === from && covers(c, eId) && appliesTo(c, lang)), status };
        if (to) period.to = to;
        if (wording) period.wording = wording;
        if (unrecorded) period.unrecorded = { from: unrecorded.from, to: unrecorded.to };
        return period;
      });
      timeline.periods[lang] = periods;
    }
    return timeline;
  });

  // A unit inside one that is not yet in the act is not in it either.
  const byId = new Map(units.map((u) => [u.eId, u]));
  for (const unit of units) {
    const parent = unit.parent ? byId.get(unit.parent) : undefined;
    if (!parent) continue;
    for (const lang of languages) {
      for (const period of unit.periods[lang] ?? []) {
        if (periodOn(parent, lang, period.from)?.status === 'absent') period.status = 'absent';
      }
    }
  }

  const result: ActTimeline = { act: facts.act, start: facts.date, versions, units, changes: recorded, disagreements, languages };
  if (end) result.end = { ...end, sources: endSources };
  return result;
}


const parents = new WeakMap<object, Map<string, string | undefined>>();

/** Whether a unit lies inside another (a paragraph in a chapter), by the units' nesting. */
export function within(timeline: { units: ReadonlyArray<{ eId: string; parent?: string }> }, eId: string, ancestor: string): boolean {
  if (eId.startsWith(`${ancestor}__`)) return true;
  let index = parents.get(timeline);
  if (!index) parents.set(timeline, (index = new Map(timeline.units.map((u) => [u.eId, u.parent]))));
  for (let p = index.get(eId); p; p = index.get(p)) if (p === ancestor) return true;
  return false;
}

/** The version in force on a date: the latest version that starts on or before it. */
export function versionOn(timeline: ActTimeline, date: string): Version | undefined {
  let found: Version | undefined;
  for (const v of timeline.versions) if (v.date <= date) found = v;
  return found;
}

/** The period of a unit in a language that contains a date. */
export function periodOn<P extends { from: string }>(unit: { periods: Partial<Record<Language, P[]>> }, lang: Language, date: string): P | undefined {
  const periods = unit.periods[lang];
  if (!periods) return undefined;
  let found: P | undefined;
  for (const p of periods) if (p.from <= date) found = p;
  return found;
}

/**
 * A unit's wording on a date in a language, or, where no edition of that language holds it, in
 * the first language that does (Russian, then Kazakh, then English): never another period's.
 */
export function wordingOn<P extends { from: string; status: Period['status']; wording?: unknown }>(
  unit: { periods: Partial<Record<Language, P[]>> },
  lang: Language,
  date: string,
): { period?: P; wording?: NonNullable<P['wording']>; fallback: boolean } {
  const own = periodOn(unit, lang, date);
  if (own?.wording) return { period: own, wording: own.wording, fallback: false };
  if (own?.status === 'absent') return { period: own, fallback: false };
  for (const other of WORDING_ORDER) {
    if (other === lang) continue;
    const p = periodOn(unit, other, date);
    if (p?.wording) return { period: own ?? p, wording: p.wording, fallback: true };
  }
  return own ? { period: own, fallback: false } : { fallback: false };
}
