import type { Library } from '../model/library.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { languageSchema } from '../schemas/language.js';
import { pointAt } from './checks.js';

/*
 * The guides (`content/guides/*.mdx`) embed live provisions: `<Provision act lang eId date? />`.
 * Each is checked against the library before any page is rendered, so that a wrong act, language,
 * date or eId stops the build at the .mdx file and line, not with a stack trace from the page
 * that renders it. Attributes given as expressions (`eId={x}`) cannot be known here and are left
 * to the component.
 */

/** `<Provision …>` up to the end of its tag; attributes may span lines. */
const PROVISION_TAG = /<Provision\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*\}|(\{[^}]*\}))/g;

/**
 * What is not rendered as a component: front matter, fenced code (``` or ~~~) and code spans,
 * where a tag is a mention or an example.
 */
function unrenderedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (frontmatter) ranges.push([0, frontmatter[0].length]);
  for (const m of text.matchAll(/(`+)[^`\n]+?\1/g)) ranges.push([m.index, m.index + m[0].length]);
  const fence = /^ {0,3}(`{3,}|~{3,})/gm;
  let open: { index: number; marker: string } | undefined;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1]!;
    if (!open) open = { index: m.index, marker };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      ranges.push([open.index, m.index + marker.length]);
      open = undefined;
    }
  }
  if (open) ranges.push([open.index, text.length]);
  return ranges;
}

/** Every `<Provision>` of a guide whose act, language, edition or eId is not in the library. */
export function guideDiagnostics(file: string, text: string, library: Library): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unrendered = unrenderedRanges(text);
  for (const tag of text.matchAll(PROVISION_TAG)) {
    const index = tag.index;
    if (unrendered.some(([a, b]) => index >= a && index < b)) continue;
    const problem = (message: string) => out.push({ file, ...pointAt(text, index), severity: 'error', code: 'guide-provision', message: `<Provision>: ${message}` });
    const attrs = new Map<string, string | undefined>();
    for (const a of tag[1]!.matchAll(ATTRIBUTE)) attrs.set(a[1]!, a[7] !== undefined ? undefined : (a[2] ?? a[3] ?? a[4] ?? a[5] ?? a[6]));
    // An expression's value is known only when the page renders.
    if ([...attrs.values()].some((v) => v === undefined)) continue;
    const [slug, lang, eId, date] = ['act', 'lang', 'eId', 'date'].map((k) => attrs.get(k));
    const missing = [['act', slug], ['lang', lang], ['eId', eId]].filter(([, v]) => v === undefined).map(([k]) => k);
    if (missing.length) {
      problem(`${missing.join(', ')} missing (act, lang and eId are required)`);
      continue;
    }
    const act = library.acts.get(slug!);
    if (!act?.languages.length) {
      problem(`no act "${slug}" with text in the content`);
      continue;
    }
    if (!languageSchema.safeParse(lang).success || !act.editions[lang as keyof typeof act.editions]?.length) {
      problem(`no ${lang} edition of ${slug} (it has ${act.languages.join(', ')})`);
      continue;
    }
    const list = act.editions[lang as keyof typeof act.editions]!;
    const edition = date ? list.find((e) => e.date === date) : list[list.length - 1];
    if (!edition) {
      problem(`no ${lang} edition of ${slug} dated ${date} (its editions: ${list.map((e) => e.date).join(', ')})`);
      continue;
    }
    if (!edition.outline.some((o) => o.eId === eId && o.kind !== 'preamble')) {
      problem(`no provision ${eId} in ${edition.id}`);
    }
  }
  return out;
}
