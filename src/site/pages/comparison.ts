import { compareVersions, type ComparableTimeline, type ComparedChange, type ComparedWording, type UnitComparison } from '../../versioning/compare.js';
import { DICTIONARIES, actName, changeSummary, eIdLabel, formatDate, languageName, t } from '../../i18n/index.js';
import { actPath, readingPath } from '../../model/paths.js';
import { LANGUAGE_FACTS } from '../../model/languages.js';
import type { Language } from '../../schemas/language.js';

/*
 * The body of a comparison of two versions, as HTML: its summary, each changed provision with a
 * word diff and the acts that changed it, the unchanged provisions. One renderer for both ways a
 * comparison reaches the reader: the prerendered pages (consecutive versions, and each version
 * with the last) and the browser, which compares any other two versions from the act's published
 * comparable timeline (`/acts/{act}/compare.json`). The module imports no model beyond the
 * comparison, so the browser loads it on its own.
 */

/** Where a comparison's links lead, in the language of its page. */
export interface ComparisonLinks {
  /** The page of the amending act `slug` (its text in the language, or its own page). */
  act: (slug: string) => string;
  /** Where unit `eId` is on the page of the version `date`: `#eId`, the nearest unit containing it, or '' (the top). */
  anchor: (date: string, eId: string) => string;
}

/**
 * `/acts/{act}/compare.json`: what the browser needs to compare any two versions of an act
 * with the renderer the pages use (the renderer below): the comparable timeline, and
 * the links the site gives, in each language of the act.
 */
export interface CompareData {
  timeline: ComparableTimeline;
  /** Per language: where the link to each amending act leads. */
  acts: Partial<Record<Language, Record<string, string>>>;
  /** Per language and version: the units whose place on that version's page is not their own eId (see `unitAnchor`). */
  anchors: Partial<Record<Language, Record<string, Record<string, string>>>>;
}

/** The links of a comparison computed in the browser, from the act's published compare data. */
export function publishedLinks(data: CompareData, lang: Language): ComparisonLinks {
  return {
    act: (slug) => data.acts[lang]?.[slug] ?? actPath(slug),
    anchor: (date, eId) => data.anchors[lang]?.[date]?.[eId] ?? `#${eId}`,
  };
}

/** A comparison's page title and heading: "Changes from … to …", "What changed from … to …". */
export function comparisonTitles(lang: Language, from: string, to: string, actName: string): { title: string; heading: string } {
  const c = DICTIONARIES[lang].compare;
  const [a, b] = [formatDate(from, lang), formatDate(to, lang)];
  return { title: `${c.title(a, b)} — ${actName}`, heading: c.heading(a, b) };
}

export interface ComparisonBody {
  /** The comparison's HTML, from its opening sentence to the list of unchanged provisions. */
  html: string;
  changed: number;
  unchanged: number;
}

/** Text as Astro escapes it, so both renderers give the same bytes. */
function text(s: string): string {
  return s.replace(/[&<>'"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[ch]!);
}

/** An attribute value as Astro escapes it. */
function attr(s: string): string {
  return s.replace(/&/g, '&#38;').replace(/"/g, '&#34;');
}

function link(href: string, label: string): string {
  return `<a href="${attr(href)}">${text(label)}</a>`;
}

/**
 * What happened to a changed unit, as precisely as the records allow: a wording changed by
 * recorded changes of known kinds is named by them ("reworded", "words replaced", or both); a
 * wording that changed with no note recording it says so; otherwise what the texts show.
 */
export function changeKind(u: Pick<UnitComparison, 'reason' | 'changes'>, lang: Language): string {
  const c = DICTIONARIES[lang].compare;
  if (u.reason !== undefined && u.reason !== 'text') return c.reasons[u.reason];
  if (!u.changes.length) return c.unrecordedKind;
  const kinds = [...new Set(u.changes.map((x) => x.action))].map((a) => c.kinds[a]);
  return kinds.every((k) => k !== undefined) ? kinds.join(', ') : c.reasons.text;
}

/** The share of a diff's words left as they were, below which two wordings are shown side by side. */
export const SIDE_BY_SIDE_BELOW = 0.5;

type DiffPart = { value: string; added?: boolean; removed?: boolean };

/**
 * Whether a change is a rewording rather than an edit: less than half of either wording's
 * letters survive into the other. Such a change reads better as the two wordings side by side
 * than as one text struck through and underlined throughout.
 */
export function sideBySide(parts: DiffPart[]): boolean {
  const size = (s: string) => s.replace(/\s+/g, '').length;
  let kept = 0;
  let removed = 0;
  let added = 0;
  for (const p of parts) {
    if (p.added) added += size(p.value);
    else if (p.removed) removed += size(p.value);
    else kept += size(p.value);
  }
  if (!added || !removed) return false;
  return kept < SIDE_BY_SIDE_BELOW * Math.max(kept + removed, kept + added);
}

/**
 * A word-level diff as <del> and <ins>: struck through and underlined (readable without colour),
 * each announced to screen readers ("deleted:", "inserted:") in the interface language `ui`.
 * `show` keeps one side only, for wordings shown side by side.
 */
export function diffHtml(all: DiffPart[], lang: Language, ui: Language, show: 'both' | 'before' | 'after' = 'both'): string {
  const parts = all.filter((p) => (show === 'before' ? !p.added : show === 'after' ? !p.removed : true));
  const marked = (tag: 'del' | 'ins', label: string, value: string) =>
    `<${tag}><span class="visually-hidden">[${text(label)}: </span>${text(value)}<span class="visually-hidden">]</span></${tag}>`;
  const body = parts.map((p) => (p.removed ? marked('del', t(ui, 'deleted'), p.value) : p.added ? marked('ins', t(ui, 'inserted'), p.value) : text(p.value))).join('');
  return `<p class="diff" lang="${attr(lang)}">${body}</p>`;
}

/** The body of the comparison of the versions `from` and `to` of an act, in `lang`. */
export function comparisonBody(timeline: ComparableTimeline, lang: Language, from: string, to: string, links: ComparisonLinks): ComparisonBody {
  const c = DICTIONARIES[lang].compare;
  const language = (l: Language) => languageName(l, lang);
  const comparison = compareVersions(timeline, lang, from, to);
  const changed = comparison.units.filter((u) => u.changed);
  const unchanged = comparison.units.filter((u) => !u.changed && u.after.status !== 'absent');
  const byAct = new Map<string, ComparedChange[]>();
  for (const change of comparison.changes) byAct.set(change.by.slug, [...(byAct.get(change.by.slug) ?? []), change]);
  const at = (eId: string) => `${readingPath(timeline.act, lang, to, timeline.versions)}${links.anchor(to, eId)}`;
  /** The label of a wording shown in another language than the page's, where it is shown. */
  const otherLabel = (w: ComparedWording) => (w.lang === lang ? '' : `<span class="notice">${text(c.shownIn(language(w.lang), LANGUAGE_FACTS[w.lang].official))}</span> `);
  const wording = (w: ComparedWording) => `${otherLabel(w)}<span lang="${attr(w.lang)}">${text(w.text)}</span>`;

  const out: string[] = [];
  out.push(
    `<p class="prose">${text(c.textIn(language(lang)))} ${text(c.compared)} ${link(readingPath(timeline.act, lang, from, timeline.versions), c.versionOf(formatDate(from, lang)))} ${text(c.and)} ${link(readingPath(timeline.act, lang, to, timeline.versions), c.versionOf(formatDate(to, lang)))}. ` +
      `${text(c.legend[0])}<del>${text(c.legend[1])}</del>${text(c.legend[2])}<ins>${text(c.legend[3])}</ins>${text(c.legend[4])}</p>`,
  );

  out.push(`<section aria-labelledby="summary-h"><h2 id="summary-h">${text(c.summary)}</h2><p>${text(c.counts(changed.length, unchanged.length))}</p>`);
  if (changed.length) out.push(`<p>${text(c.changedList)} ${changed.map((u) => link(`#${u.unit.eId}`, eIdLabel(u.unit.eId, lang))).join(', ')}</p>`);
  if (byAct.size) {
    const item = (cs: ComparedChange[]) => {
      const summaries = [...new Set(cs.map((x) => `${changeSummary(x, lang)}${x.languages ? ` (${c.only(x.languages.map(language).join(', '))})` : ''}`))];
      return `<li>${link(links.act(cs[0]!.by.slug), actName(cs[0]!.by, lang))}: ${text(summaries.join('; '))}</li>`;
    };
    out.push(`<ul>${[...byAct.values()].map(item).join('')}</ul>`);
  } else out.push(`<p>${text(c.noActs)}</p>`);
  out.push('</section>');

  // Each changed unit is a plain section, not a landmark: units of different attachments may share a label.
  out.push(`<section aria-labelledby="changed-h"><h2 id="changed-h">${text(c.changedProvisions)}</h2>`);
  if (!changed.length) out.push(`<p>${text(c.none)}</p>`);
  changed.forEach((u, i) => {
    const eId = u.unit.eId;
    const previous = changed[i - 1];
    const next = changed[i + 1];
    out.push(
      `<section class="change" id="${attr(eId)}"><p class="change-nav no-print">` +
        (previous ? link(`#${previous.unit.eId}`, `↑ ${c.previousChange}`) : '') +
        (next ? link(`#${next.unit.eId}`, `↓ ${c.nextChange}`) : '') +
        `</p><h3 id="${attr(`${eId}-h`)}">${link(at(eId), eIdLabel(eId, lang))} — ${text(changeKind(u, lang))}</h3>`,
    );
    if (u.changes.length) {
      // "… 2019 г." ends its own sentence.
      const last = actName(u.changes.at(-1)!.by, lang);
      out.push(`<p class="muted">${text(c.by)} ${u.changes.map((x) => link(links.act(x.by.slug), actName(x.by, lang))).join(', ')}${last.endsWith('.') ? '' : '.'}</p>`);
    }
    if (u.diff) {
      if (u.diffLang !== lang) out.push(`<p class="notice">${text(c.otherLanguage(language(lang), language(u.diffLang!)))}</p>`);
      if (sideBySide(u.diff)) {
        // A rewording: the two wordings side by side (one above the other on a phone).
        out.push(
          `<div class="side-by-side"><div><p class="muted side-label">${text(c.before)}</p>${diffHtml(u.diff, u.diffLang!, lang, 'before')}</div>` +
            `<div><p class="muted side-label">${text(c.after)}</p>${diffHtml(u.diff, u.diffLang!, lang, 'after')}</div></div>`,
        );
      } else out.push(diffHtml(u.diff, u.diffLang!, lang));
    } else if (u.reason === 'added' && u.after.wording) {
      const w = u.after.wording;
      out.push(
        `<p>${otherLabel(w)}<ins><span class="visually-hidden">[${text(t(lang, 'inserted'))}: </span><span lang="${attr(w.lang)}">${text(w.text)}</span><span class="visually-hidden">]</span></ins></p>`,
      );
    } else {
      const side = (label: string, w: ComparedWording | undefined) => `<p>${text(label)} ${w ? wording(w) : `<em>${text(c.notInEdition)}</em>`}</p>`;
      out.push(side(c.before, u.before.wording), side(c.after, u.after.wording));
    }
    out.push('</section>');
  });
  out.push('</section>');

  out.push(
    `<section aria-labelledby="unchanged-h"><h2 id="unchanged-h">${text(c.unchangedProvisions)}</h2><details><summary>${text(c.unchangedCount(unchanged.length))}</summary>` +
      `<ul class="inline-list">${unchanged.map((u) => `<li>${link(at(u.unit.eId), eIdLabel(u.unit.eId, lang))}</li>`).join('')}</ul></details></section>`,
  );
  return { html: out.join(''), changed: changed.length, unchanged: unchanged.length };
}
