import type { VersionDocument } from '../schemas/data.js';
import type { Language } from '../schemas/language.js';
import type { Footnote, Node, Provision } from '../schemas/tree.js';
import { LANGUAGES, LANGUAGE_FACTS } from '../model/languages.js';
import { isGrouping, isStructural } from '../model/provisions.js';
import { documentTitle } from '../versioning/assemble.js';
import { words, wordsWithout } from '../model/text.js';
import { actName, eIdLabel } from '../i18n/index.js';
import { textPath, versionPath } from '../model/paths.js';

/*
 * The search records of one version document: one per unit of its text (a preamble, a chapter's
 * or article's heading and own words, a paragraph with its sub-paragraphs and notes), linked to
 * the unit's permalink on the version's page, so that a hit is a provision and opens the page at
 * it. Made from the document itself, the same one the page and the data files show; wordings
 * shown in another language (fallbacks) and units no edition holds are not this language's
 * records.
 */

export interface SearchRecord {
  url: string;
  content: string;
  language: Language;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** `current`: the act's latest version (its page is `/acts/{act}/{lang}/`); else `historical`. */
  version: 'current' | 'historical';
  /** The same wording of the same unit gives the same key: it is indexed once. */
  key: string;
}

/** A unit of the search index: what the page shows as one provision. */
const isUnit = (n: Node): n is Provision | Extract<Node, { type: 'preamble' }> =>
  n.type === 'preamble' || (n.type === 'provision' && n.kind !== 'subparagraph');

export function searchRecords(doc: VersionDocument, version: SearchRecord['version']): SearchRecord[] {
  const lang = doc.lang;
  const page = version === 'current' ? textPath(doc.act, lang) : versionPath(doc.act, lang, doc.version.from);
  const act = actName({ kind: doc.type, number: doc.number ?? '', date: doc.date }, 'en');
  const title = documentTitle(doc);
  const status = doc.status.abrogated ? 'no longer in force' : 'in force';
  const borrowed = new Map(doc.borrowed.map((b) => [b.eId, b]));
  const missing = new Set(doc.missing);
  const amendments = new Map(doc.amendments.map((a) => [`${a.edition}#${a.id}`, a]));
  const records: SearchRecord[] = [];

  // `instrument`: the title of the attachment a unit is in (the Regulations a decree approves),
  // so that a hit names the instrument its paragraph numbers belong to.
  const walk = (node: Node, edition: string, chapter: Provision | undefined, instrument: string | undefined) => {
    if (!('children' in node)) return;
    for (const child of node.children as Node[]) {
      let from = edition;
      let enclosing = chapter;
      let within = instrument;
      if (child.type === 'attachment') {
        const heading = child.children.find((c) => c.type === 'heading');
        // A title printed without its first word ("on the Assembly…") does not name it: its label does.
        const title = heading ? words(heading) : '';
        within = title && !/^\p{Ll}/u.test(title) ? title : eIdLabel(child.eId, 'en');
      }
      if (child.type === 'provision' || child.type === 'preamble') {
        const b = borrowed.get(child.eId);
        const structural = child.type === 'provision' && isStructural(child.kind);
        // A wording in another language is that language's record, on its own pages.
        if (b?.fallback && !structural) continue;
        if (b && !structural) from = b.edition;
        if (isUnit(child) && !missing.has(child.eId) && !(b?.fallback && structural)) {
          const content = wordsWithout(child, (n) => isUnit(n));
          if (content) {
            const acts = [
              ...new Set(
                (child.children as Node[])
                  .filter((c): c is Footnote => c.type === 'footnote')
                  .flatMap((f) => amendments.get(`${from}#${f.id}`)?.amendingActs ?? [])
                  .filter((a) => a.action !== 'abrogated' && a.date <= doc.version.from)
                  .map((a) => actName(a, 'en')),
              ),
            ];
            const filters: Record<string, string[]> = {
              act: [act],
              language: [LANGUAGE_FACTS[lang].english],
              status: [child.type === 'provision' && child.status === 'excluded' ? 'excluded' : status],
              version: [version],
            };
            if (chapter && chapter.eId !== child.eId) filters.chapter = [eIdLabel(chapter.eId, 'en')];
            if (acts.length) filters['amending act'] = acts;
            records.push({
              url: `${page}#${child.eId}`,
              content,
              language: lang,
              meta: {
                title,
                act,
                provision: eIdLabel(child.eId, 'en'),
                // The provision as the search page of each other language names it.
                ...Object.fromEntries(LANGUAGES.filter((l) => l !== 'en').map((l) => [`provision_${l}`, eIdLabel(child.eId, l)])),
                ...(instrument ? { instrument } : {}),
                eId: child.eId,
                version,
                version_date: doc.version.from,
                language: LANGUAGE_FACTS[lang].english,
              },
              filters,
              version,
              key: `${act}|${lang}|${child.eId}|${content}`,
            });
          }
        }
        if (child.type === 'provision' && isGrouping(child.kind)) enclosing = child;
      }
      walk(child, from, enclosing, within);
    }
  };
  walk(doc.tree, doc.base.edition, undefined, undefined);
  return records;
}
