import type { OrgChart, OrgCitation, OrgNode, OrgRelation } from '../schemas/org.js';
import type { ActTimeline } from '../versioning/timeline.js';
import { unitOf } from '../versioning/units.js';

/*
 * Proving an org chart against the text: every quote must be in the cited provision's wording,
 * in the cited language, for every part of the period the citation claims where that language
 * has a wording — and there must be at least one.
 */

export interface OrgProblem {
  /** `node president`, `relation president appoints deputy-chairmen`. */
  entry: string;
  message: string;
}

/** Compares text ignoring differences of spacing, dashes and quotation marks. */
export function normalizeQuote(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[’‘']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .trim();
}

export const entryName = (e: OrgNode | OrgRelation): string => ('id' in e ? `node ${e.id}` : `relation ${e.from} ${e.type} ${e.to}`);

/** The period a citation claims: its own, within its entry's, within the act's life. */
export function citationPeriod(c: OrgCitation, entry: OrgNode | OrgRelation, timeline: ActTimeline): { since: string; until?: string } {
  const since = [c.since, entry.since, timeline.start].filter(Boolean).sort().pop()!;
  const until = [c.until, entry.until, timeline.end?.date].filter((d): d is string => !!d).sort()[0];
  return until ? { since, until } : { since };
}

export function checkOrgChart(chart: OrgChart, timeline: ActTimeline): OrgProblem[] {
  const problems: OrgProblem[] = [];
  const ids = new Set<string>();
  for (const node of chart.nodes) {
    if (ids.has(node.id)) problems.push({ entry: entryName(node), message: 'the id is used twice' });
    ids.add(node.id);
  }
  for (const r of chart.relations) {
    for (const end of [r.from, r.to]) if (!ids.has(end)) problems.push({ entry: entryName(r), message: `no node "${end}"` });
  }
  const units = new Map(timeline.units.map((u) => [u.eId, u]));
  const unitIds = new Set(units.keys());
  for (const entry of [...chart.nodes, ...chart.relations]) {
    for (const c of entry.cites) {
      const unitId = unitOf(c.eId, unitIds);
      const unit = unitId ? units.get(unitId) : undefined;
      if (!unit) {
        problems.push({ entry: entryName(entry), message: `cites ${c.eId}, which is in no edition of ${chart.act}` });
        continue;
      }
      const { since, until } = citationPeriod(c, entry, timeline);
      const periods = (unit.periods[c.lang] ?? []).filter((p) => p.from < (until ?? '9999') && (p.to ?? '9999') > since);
      const held = periods.filter((p) => p.wording);
      const span = `${since}${until ? ` – ${until}` : ' on'}`;
      if (!held.length) {
        problems.push({ entry: entryName(entry), message: `no ${c.lang} edition holds the wording of ${c.eId} for ${span}` });
        continue;
      }
      const quote = normalizeQuote(c.quote);
      for (const p of held) {
        if (!normalizeQuote(p.wording!.text).includes(quote)) {
          problems.push({
            entry: entryName(entry),
            message: `the quote "${c.quote}" is not in ${c.eId} (${c.lang}) as in force ${p.from}${p.to ? ` – ${p.to}` : ' on'} (edition ${p.wording!.edition})`,
          });
        }
      }
    }
  }
  return problems;
}

/** What the chart shows on a date: the entries whose period and some citation cover it. */
export function orgOn(chart: OrgChart, timeline: ActTimeline, date: string): { nodes: OrgNode[]; relations: OrgRelation[] } {
  const live = (e: OrgNode | OrgRelation) =>
    e.cites.some((c) => {
      const { since, until } = citationPeriod(c, e, timeline);
      return since <= date && (!until || date < until);
    });
  const nodes = chart.nodes.filter(live);
  const present = new Set(nodes.map((n) => n.id));
  const relations = chart.relations.filter((r) => live(r) && present.has(r.from) && present.has(r.to));
  return { nodes, relations };
}
