import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { contentLibrary } from '../versioning/library.js';
import { assembleVersion as versionDocument } from '../../src/versioning/assemble.js';
import { renderDataFile, dataFiles } from '../../src/data/files.js';
import { versionDocumentSchema } from '../../src/schemas/data.js';
import { unitsOf } from '../../src/versioning/units.js';
import type { Node } from '../../src/schemas/tree.js';
import { parseFile } from '../helpers.js';

/*
 * The open-data files of the real content: JSON that validates when read back, Akoma Ntoso that is
 * well formed with every eId and an event for every amendment, plain text that loses no words.
 */

const eIdsOf = (node: Node, out: string[] = []): string[] => {
  if ('eId' in node) out.push((node as { eId: string }).eId);
  if ('children' in node) for (const c of node.children as Node[]) eIdsOf(c, out);
  return out;
};
const textsOf = (node: Node, out: string[] = []): string[] => {
  if (node.type === 'text') out.push(node.value);
  if ('children' in node) for (const c of node.children as Node[]) textsOf(c, out);
  return out;
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the data files of every act, language and version', async () => {
  const library = await contentLibrary();
  const files = dataFiles(library);

  it('cover every version of Decree No. 149 in English, Russian and Kazakh', () => {
    const ours = files.filter((f) => f.act === 'decree-2011-149');
    const versions = library.timeline('decree-2011-149').versions.map((v) => v.date);
    expect(versions).toEqual(['2011-09-07', '2012-12-21', '2017-05-05', '2019-01-24', '2021-01-18', '2021-07-21']);
    for (const lang of ['en', 'ru', 'kk'] as const) expect(ours.filter((f) => f.lang === lang).map((f) => f.date)).toEqual(versions);
  });

  it('give JSON that validates against the schema when read back, keeping the tree and notes', () => {
    for (const f of files) {
      const text = renderDataFile(library, f, 'json');
      const parsed = versionDocumentSchema.safeParse(JSON.parse(text));
      expect(parsed.success, `${f.act}/${f.lang}/${f.date}: ${parsed.success ? '' : parsed.error.issues[0]?.message}`).toBe(true);
      const doc = parsed.data!;
      expect(doc.version.from).toBe(f.date);
      // Every note kept in the text has its amendment record, and no record lacks its note.
      const notes = new Set<string>();
      const walk = (n: Node) => {
        if (n.type === 'footnote') notes.add(n.id);
        if ('children' in n) for (const c of n.children as Node[]) walk(c);
      };
      walk(doc.tree);
      for (const a of doc.amendments.filter((x) => x.source === 'footnote')) expect(notes.has(a.id), `${f.act}/${f.lang}/${f.date} ${a.id}`).toBe(true);
    }
  });

  it('are an edition exactly as published where one is dated on the version', () => {
    const edition = library.edition('decree-2011-149/ru/2017-05-05');
    const doc = versionDocument(library, library.acts.get('decree-2011-149')!, 'ru', '2017-05-05');
    expect(doc.verbatim).toBe(true);
    expect(doc.borrowed).toEqual([]);
    expect(doc.tree).toEqual(edition.tree);
    expect(doc.amendments.map((a) => a.id)).toEqual(edition.amendments.map((a) => a.id));
  });

  it('put a version together from the editions as the version model says, saying where each unit comes from', () => {
    // 21 December 2012 (Russian): no edition is dated then. The 2011 text, with paragraphs 25–29 as
    // Decree No. 450 left them, which the later editions hold.
    const doc = versionDocument(library, library.acts.get('decree-2011-149')!, 'ru', '2012-12-21');
    expect(doc.verbatim).toBe(false);
    expect(doc.base.edition).toBe('decree-2011-149/ru/2011-09-07');
    const later = unitsOf(parseFile('content/acts/decree-2011-149/ru/2017-05-05.md').tree);
    const units = unitsOf(doc.tree);
    const wording = (eId: string) => units.find((u) => u.eId === eId)?.wording;
    expect(wording('att_1__para_25')).toBe(later.find((u) => u.eId === 'att_1__para_25')!.wording);
    expect(units.find((u) => u.eId === 'att_1__para_27')!.status).toBe('excluded');
    expect(doc.borrowed.map((b) => b.eId)).toEqual(expect.arrayContaining(['att_1__para_25', 'att_1__para_26', 'att_1__para_27']));
    // The wording of 2011 stays where it did not change.
    const original = unitsOf(parseFile('content/acts/decree-2011-149/ru/2011-09-07.md').tree);
    expect(wording('att_1__para_5')).toBe(original.find((u) => u.eId === 'att_1__para_5')!.wording);
    // No note of a later amending act.
    expect(doc.amendments.flatMap((a) => a.amendingActs).every((a) => a.date <= '2012-12-21')).toBe(true);
  });

  it('never show a later wording as an earlier one: a unit whose wording on the date no edition holds keeps only its number', () => {
    // The Law on the administrative-territorial structure (1993) is in the collection from its
    // 2011 edition on; articles its notes say were reworded or amended before 2011 (Art. 9 by a
    // decree of 1995, Art. 10, Art. 11 …) have no wording in the collection for its first day:
    // they keep their number, and so do the units inside them (reworded with them): no words.
    const act = library.acts.get('law-1993-2572-xii')!;
    const doc = versionDocument(library, act, 'ru', act.date);
    expect(doc.missing).toContain('art_9');
    const eIds: string[] = [];
    const walk = (n: Node) => {
      if ('eId' in n) eIds.push((n as { eId: string }).eId);
      if ('children' in n) for (const c of n.children as Node[]) walk(c);
    };
    walk(doc.tree);
    for (const missing of doc.missing) {
      for (const inside of eIds.filter((e) => e.startsWith(`${missing}__`))) expect(doc.missing, inside).toContain(inside);
    }
    // No note of a later act is left in the text.
    expect(doc.amendments.flatMap((a) => a.amendingActs).every((a) => a.date <= act.date)).toBe(true);
  });
});

describe('Akoma Ntoso', async () => {
  const library = await contentLibrary();
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute });
  const all = dataFiles(library);

  it('is well formed, with the FRBR URIs of the work and of each expression', () => {
    for (const f of all) {
      const xml = renderDataFile(library, f, 'akn');
      expect(XMLValidator.validate(xml), `${f.act}/${f.lang}/${f.date}`).toBe(true);
    }
    const xml = renderDataFile(library, { act: 'decree-2011-149', lang: 'en', date: '2021-07-21' }, 'akn');
    expect(xml).toContain('<FRBRuri value="/akn/kz/act/decree/2011-09-07/149"/>');
    expect(xml).toContain('<FRBRuri value="/akn/kz/act/decree/2011-09-07/149/eng@2021-07-21"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(renderDataFile(library, { act: 'decree-2011-149', lang: 'kk', date: '2019-01-24' }, 'akn')).toContain('<FRBRuri value="/akn/kz/act/decree/2011-09-07/149/kaz@2019-01-24"/>');
  });

  it('carries every eId of the text, and an event and a textual modification for every change', () => {
    for (const f of all) {
      const doc = versionDocument(library, library.acts.get(f.act)!, f.lang, f.date);
      const xml = renderDataFile(library, f, 'akn');
      const ids = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]));
      for (const eId of eIdsOf(doc.tree)) expect(ids.has(eId), `${f.act}/${f.lang}/${f.date}: ${eId}`).toBe(true);
      const tree = parser.parse(xml);
      const meta = tree.akomaNtoso[0].act[0].meta[0];
      const events = meta.lifecycle[0].eventRef as Array<Record<string, string>>;
      const mods = (meta.analysis?.[0].passiveModifications[0].textualMod ?? []) as Array<Record<string, unknown>>;
      expect(mods.length, `${f.act}/${f.lang}/${f.date}`).toBe(doc.changes.length);
      const refs = new Set((meta.references[0].passiveRef ?? []).map((r: Record<string, string>) => `#${r['@eId']}`));
      for (const [i, change] of doc.changes.entries()) {
        const mod = mods[i]!;
        const event = events.find((e) => `#${e['@eId']}` === mod['@period']);
        expect(event, `${f.act}/${f.lang}/${f.date} change ${i}`).toBeTruthy();
        expect(event!['@date']).toBe(change.date);
        expect(event!['@type']).toBe('amendment');
        expect(refs.has(event!['@source'])).toBe(true);
        // A unit this language's text holds is named in it; one only another language prints, within the work.
        const destination = change.eId ? (ids.has(change.eId) ? `#${change.eId}` : `${doc.uris.work}#${change.eId}`) : doc.uris.work;
        expect((mod.destination as Array<Record<string, string>>)[0]!['@href']).toBe(destination);
      }
      expect(events[0]!['@type']).toBe('generation');
    }
  });

  it('gives the old and the new wording of a change where this language holds both', () => {
    // Paragraph 25 as reworded by Decree No. 450 of 21 December 2012: the 2011 Russian text before,
    // the 2017 Russian text (which still holds that wording) after.
    const before = unitsOf(parseFile('content/acts/decree-2011-149/ru/2011-09-07.md').tree).find((u) => u.eId === 'att_1__para_25')!;
    const after = unitsOf(parseFile('content/acts/decree-2011-149/ru/2017-05-05.md').tree).find((u) => u.eId === 'att_1__para_25')!;
    expect(before.wording).not.toBe(after.wording);
    const xml = renderDataFile(library, { act: 'decree-2011-149', lang: 'ru', date: '2021-01-18' }, 'akn');
    const tree = parser.parse(xml);
    const mods = tree.akomaNtoso[0].act[0].meta[0].analysis[0].passiveModifications[0].textualMod as Array<Record<string, Array<Record<string, string>>>>;
    const mod = mods.find((m) => m.destination![0]!['@href'] === '#att_1__para_25')!;
    expect(mod['@type']).toBe('substitution');
    // The wording is in a kzl:wording element (<old>/<new> hold only elements of other namespaces).
    const wording = (side: 'old' | 'new') => (mod[side]![0]! as unknown as Record<string, Array<Record<string, string>>>)['kzl:wording']![0]!;
    expect(wording('old')['@xml:lang']).toBe('ru');
    expect(squash(wording('old')['#text']!)).toBe(squash(before.wording));
    expect(squash(wording('new')['#text']!)).toBe(squash(after.wording));
  });
});

describe('plain text', async () => {
  const library = await contentLibrary();

  it('holds every word of the text, in order, under a header naming the version and source', () => {
    for (const f of dataFiles(library)) {
      const doc = versionDocument(library, library.acts.get(f.act)!, f.lang, f.date);
      // A table printed as HTML is a line per row, its cells split by " | " (src/data/text.ts): its words are the cells'.
      const text = squash(renderDataFile(library, f, 'txt').replace(/ \| /g, ' '));
      let from = 0;
      for (const words of textsOf(doc.tree).map((t) => squash(t.replace(/<\/?[a-z][^>]*>/gi, ' '))).filter(Boolean)) {
        const at = text.indexOf(words, from);
        expect(at, `${f.act}/${f.lang}/${f.date}: "${words.slice(0, 60)}"`).toBeGreaterThanOrEqual(0);
        from = at + words.length;
      }
    }
    const head = renderDataFile(library, { act: 'decree-2011-149', lang: 'en', date: '2012-12-21' }, 'txt').split('\n').slice(0, 3);
    expect(head[1]).toBe('Version in force from 2012-12-21 until 2017-05-05');
  });
});
