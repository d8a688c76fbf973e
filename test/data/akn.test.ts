import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { AKN_NS, KZL_NS, toAkomaNtoso } from '../../src/data/akn.js';
import { toPlainText } from '../../src/data/text.js';
import { dataFiles, renderDataFile, type DataFile } from '../../src/data/files.js';
import { listEditions, readActMeta } from '../../src/loaders/files.js';
import { LANGUAGE_FACTS, WORDING_ORDER } from '../../src/model/languages.js';
import type { Provenance } from '../../src/schemas/act.js';
import type { VersionDocument } from '../../src/schemas/data.js';
import { ROOT } from '../helpers.js';
import { contentLibrary } from '../versioning/library.js';

/*
 * The Akoma Ntoso files of the real content (every act, language and version), and the same
 * documents with their base edition's provenance from act.yaml, as the site's loader gives it:
 * - validated with xmllint against the OASIS Akoma Ntoso 3.0 schema (OASIS Standard, 29 August
 *   2018: test/fixtures/akn/akomantoso30.xsd, with the W3C xml.xsd it imports as ./xml.xsd);
 * - their FRBR IRIs read back the way a consumer reads them: the Naming Convention's grammar as
 *   Laws.Africa's cobalt parses it (FrbrUri.parse), checked on test/fixtures/akn/frbr-uris.json,
 *   which holds what cobalt itself gives;
 * - what the identification, publication, lifecycle, modifications and text say.
 */

const FIXTURES = join(ROOT, 'test/fixtures/akn');

/** Each edition's provenance, keyed by edition id, from act.yaml as the loader reads it (src/loaders/editions.ts). */
async function provenances(): Promise<Map<string, Provenance>> {
  const out = new Map<string, Provenance>();
  const { editions } = await listEditions(ROOT);
  for (const act of new Set(editions.map((e) => e.act))) {
    const { meta } = await readActMeta(ROOT, act);
    for (const e of editions.filter((x) => x.act === act)) {
      const p = meta?.editions[e.key];
      if (p) out.set(e.id, p);
    }
  }
  return out;
}

/** xmllint against the OASIS schema; the schema imports `./xml.xsd`, preloaded beside it. */
function validate(files: Array<{ fileName: string; contents: string }>) {
  return validateXML({
    xml: files,
    schema: [{ fileName: 'akomantoso30.xsd', contents: readFileSync(join(FIXTURES, 'akomantoso30.xsd'), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(FIXTURES, 'xml.xsd'), 'utf8') }],
    maxMemoryPages: 256 * memoryPages.MiB,
  });
}

/**
 * A consumer's reading of an FRBR IRI: the Naming Convention's
 * `/akn/{country}[-{locality}]/{doctype}[/{subtype}[/{actor}]]/{date}/{number}[/{lang}{@|:}{date}][/!{component}][~{portion}][.{format}]`,
 * exactly as cobalt's FRBR_URI_RE reads it: the expression date runs up to the next slash.
 */
const FRBR_URI =
  /^(?:\/(?<prefix>akn))?\/(?<country>[a-z]{2})(?:-(?<locality>[^/]+))?\/(?<doctype>[^/]+)(?:\/(?<subtype>[^0-9][^/]*))?(?:\/(?<actor>[^0-9][^/]*))?\/(?<date>[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)\/(?<number>[^/]+)(?:\/(?<language>[a-z]{3})(?<expressionDate>[@:][^/]*)?)?(?:\/(?:!(?<component>[^~.]+?))?(?:~(?<portion>[^.]+))?)?(?:\.(?<format>[a-z0-9]+))?$/;
const PARTS = ['country', 'locality', 'doctype', 'subtype', 'actor', 'date', 'number', 'language', 'expressionDate', 'component', 'portion', 'format'] as const;
type Frbr = Record<(typeof PARTS)[number], string | null>;

function readFrbr(uri: string): Frbr | undefined {
  const m = FRBR_URI.exec(uri.replace(/\/+$/, ''));
  if (!m) return undefined;
  return Object.fromEntries(PARTS.map((p) => [p, m.groups?.[p] ?? null])) as Frbr;
}
/** The work, expression and manifestation IRIs rebuilt from the parts, as cobalt does. */
const workOf = (u: Frbr) => ['', 'akn', u.locality ? `${u.country}-${u.locality}` : u.country, u.doctype, ...(u.subtype ? [u.subtype, ...(u.actor ? [u.actor] : [])] : []), u.date, u.number].join('/');
const expressionOf = (u: Frbr) => `${workOf(u)}/${u.language}${u.expressionDate ?? ''}`;
const manifestationOf = (u: Frbr) => `${expressionOf(u)}${u.component ? `/!${u.component}` : ''}${u.format ? `.${u.format}` : ''}`;

/** The XML as a DOM (xmlbuilder2's parser). */
const dom = (xml: string) => create(xml).root().node as unknown as Element;
const all = (el: Element, name: string, ns = AKN_NS) => [...el.getElementsByTagNameNS(ns, name)];
const one = (el: Element, name: string, ns = AKN_NS) => all(el, name, ns)[0]!;
const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name && c.namespaceURI === AKN_NS);
const value = (el: Element, name: string) => kids(el, name).map((c) => c.getAttribute('value'));
/** xml:lang (xmlbuilder2's parser leaves the xml prefix unbound: read by its qualified name). */
const xmlLang = (el: Element) => el.getAttribute('xml:lang');
/** The element and its ancestors, nearest first. */
const lineage = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) out.push(e);
  return out;
};
/** The language an element's content is in: its xml:lang or its nearest ancestor's. */
const langOf = (el: Element, fallback: string): string => {
  const marked = lineage(el).find((e) => xmlLang(e) !== null);
  return marked ? xmlLang(marked)! : fallback;
};

/** Akoma Ntoso elements of the units whose heading alone can be borrowed (src/model/provisions.ts, isStructural). */
const STRUCTURAL = new Set(['part', 'chapter', 'subchapter', 'article']);
const UNIT = new Set(['part', 'chapter', 'subchapter', 'article', 'paragraph', 'point', 'preamble']);

describe('Akoma Ntoso', async () => {
  const library = await contentLibrary();
  const files = dataFiles(library);
  const name = (f: DataFile) => `${f.act}_${f.lang}_${f.date}.xml`;
  const xmlOf = new Map(files.map((f) => [name(f), renderDataFile(library, f, 'akn')]));
  const xml = (f: DataFile) => xmlOf.get(name(f))!;
  /** The version document, as the open-data JSON publishes it. */
  const doc = (f: DataFile) => JSON.parse(renderDataFile(library, f, 'json')) as VersionDocument;
  /** The first version of an act: the files list the versions in order. */
  const firstVersion = (f: DataFile) => files.find((g) => g.act === f.act && g.lang === f.lang)!.date;
  const { editions } = await listEditions(ROOT);
  const provenance = await provenances();
  /** The file with its base edition's provenance, as the site renders it. */
  const withProvenance = (f: DataFile) => {
    const d = doc(f);
    const p = d.base.provenance ?? provenance.get(d.base.edition);
    return toAkomaNtoso({ ...d, base: { ...d.base, ...(p ? { provenance: p } : {}) } }, { timeline: library.timeline(f.act), actName: (s) => s, actUri: () => undefined });
  };

  describe('against the OASIS schema', () => {
    it('validates every file of every act, language and version against the OASIS Akoma Ntoso 3.0 schema', async () => {
      expect([...new Set(files.map((f) => f.act))]).toEqual(expect.arrayContaining(['decree-2011-149', 'decree-2024-747', 'law-2008-70-iv']));
      const result = await validate([
        ...files.map((f) => ({ fileName: name(f), contents: xml(f) })),
        ...files.map((f) => ({ fileName: `with-provenance_${name(f)}`, contents: withProvenance(f) })),
      ]);
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
      expect(result.valid).toBe(true);
      // xmllint names each file it found valid.
      for (const f of files) expect(result.rawOutput).toContain(`${name(f)} validates`);
      for (const f of files) expect(result.rawOutput).toContain(`with-provenance_${name(f)} validates`);
      // The schema types eId as a plain string: that each is used once is checked here.
      for (const f of files) {
        const ids = [...xml(f).matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i), name(f)).toEqual([]);
      }
    });

    it('finds the errors the review found when <old> and <new> hold the wording as text', async () => {
      const f = { act: 'decree-2011-149', lang: 'ru', date: '2021-07-21' } as const;
      const bare = xml(f).replace(/<kzl:wording xml:lang="ru">([^<]*)<\/kzl:wording>/g, '$1');
      expect(bare).not.toBe(xml(f));
      const result = await validate([{ fileName: 'bare.xml', contents: bare }]);
      expect(result.valid).toBe(false);
      const messages = result.errors.filter((e) => e.loc).map((e) => e.message);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m).toMatch(/Element '\{http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0\}(old|new)': Character content other than whitespace is not allowed/);
    });
  });

  describe('FRBR identification', () => {
    it('reads FRBR IRIs as cobalt does, including the misreadings of the old forms', () => {
      const fixture = JSON.parse(readFileSync(join(FIXTURES, 'frbr-uris.json'), 'utf8')) as { cases: Array<{ about: string; uri: string; read: Frbr }> };
      expect(fixture.cases.length).toBeGreaterThan(5);
      for (const c of fixture.cases) expect(readFrbr(c.uri), c.about).toEqual(c.read);
    });

    it('round-trips one file through a consumer’s reading of its FRBR IRIs: work, expression language and date, component, format', () => {
      // The file the review read wrong: Russian, the version of 24 January 2019.
      const f = { act: 'decree-2011-149', lang: 'ru', date: '2019-01-24' } as const;
      const work = '/akn/kz/act/decree/2011-09-07/149';
      const root = dom(xml(f));
      const identifications = all(root, 'identification');
      // The act and its attachment(s), each a component.
      expect(identifications.length).toBeGreaterThan(1);
      const components = identifications.map((id, i) => {
        const [w, e, m] = ['FRBRWork', 'FRBRExpression', 'FRBRManifestation'].map((n) => kids(id, n)[0]!);
        const read = {
          work: { this: readFrbr(value(w!, 'FRBRthis')[0]!)!, uri: readFrbr(value(w!, 'FRBRuri')[0]!)! },
          expression: { this: readFrbr(value(e!, 'FRBRthis')[0]!)!, uri: readFrbr(value(e!, 'FRBRuri')[0]!)! },
          manifestation: { this: readFrbr(value(m!, 'FRBRthis')[0]!)!, uri: readFrbr(value(m!, 'FRBRuri')[0]!)! },
        };
        for (const level of Object.values(read)) {
          for (const u of [level.this, level.uri]) {
            expect(u, `identification ${i}`).toBeDefined();
            expect(workOf(u)).toBe(work);
            expect([u.country, u.doctype, u.subtype, u.date, u.number]).toEqual(['kz', 'act', 'decree', '2011-09-07', '149']);
          }
        }
        expect([read.work.this.language, read.work.uri.language, read.work.uri.component]).toEqual([null, null, null]);
        for (const u of [read.expression.this, read.expression.uri, read.manifestation.this, read.manifestation.uri]) {
          expect(u.language).toBe('rus');
          expect(u.expressionDate).toBe('@2019-01-24');
          expect(expressionOf(u)).toBe(`${work}/rus@2019-01-24`);
        }
        expect([read.expression.uri.component, read.expression.uri.format, read.expression.this.format]).toEqual([null, null, null]);
        expect([read.manifestation.this.format, read.manifestation.uri.format]).toEqual(['akn', 'akn']);
        // The same component at every level; the manifestation as a whole is the main document's.
        const component = read.work.this.component!;
        expect([read.expression.this.component, read.manifestation.this.component]).toEqual([component, component]);
        expect(read.manifestation.uri.component).toBe('main');
        // What the consumer rebuilds from the parts is what the file says.
        expect(manifestationOf(read.manifestation.this)).toBe(value(m!, 'FRBRthis')[0]);
        expect(manifestationOf(read.manifestation.uri)).toBe(value(m!, 'FRBRuri')[0]);
        expect(expressionOf(read.expression.uri)).toBe(value(e!, 'FRBRuri')[0]);
        expect(workOf(read.work.uri)).toBe(value(w!, 'FRBRuri')[0]);
        return component;
      });
      expect(components[0]).toBe('main');
      expect(components.slice(1)).toEqual(all(root, 'attachment').map((a) => a.getAttribute('eId')));
      expect(value(one(root, 'FRBRManifestation'), 'FRBRuri')).toEqual([`${work}/rus@2019-01-24/!main.akn`]);
      expect(value(one(all(root, 'attachment')[0]!, 'FRBRManifestation'), 'FRBRthis')).toEqual([`${work}/rus@2019-01-24/!att_1.akn`]);
    });

    it('gives every FRBR IRI of every file an expression date that is the version date, in the expression’s language', () => {
      for (const f of files) {
        const root = dom(xml(f));
        const d = doc(f);
        for (const level of ['FRBRExpression', 'FRBRManifestation']) {
          for (const el of all(root, level)) {
            for (const uri of [...value(el, 'FRBRthis'), ...value(el, 'FRBRuri')]) {
              const u = readFrbr(uri!);
              expect(u, `${name(f)}: ${uri}`).toBeDefined();
              expect(workOf(u!), `${name(f)}: ${uri}`).toBe(d.uris.work);
              expect([u!.language, u!.expressionDate], `${name(f)}: ${uri}`).toEqual([LANGUAGE_FACTS[f.lang].iso6392, `@${f.date}`]);
              if (level === 'FRBRManifestation') expect(u!.format, `${name(f)}: ${uri}`).toBe('akn');
            }
          }
        }
        for (const el of all(root, 'FRBRlanguage')) expect(el.getAttribute('language')).toBe(LANGUAGE_FACTS[f.lang].iso6392);
      }
    });

    it('names the work once, the same in every language and version, with its title in each language', () => {
      for (const act of new Set(files.map((f) => f.act))) {
        const ours = files.filter((f) => f.act === act);
        const serialized = ours.map((f) => /<FRBRWork>[\s\S]*?<\/FRBRWork>/.exec(xml(f))![0]);
        expect(new Set(serialized).size, act).toBe(1);
        const meta = doc(ours[0]!);
        const work = one(dom(xml(ours[0]!)), 'FRBRWork');
        expect(value(work, 'FRBRname'), act).toHaveLength(1);
        // "Decree No. 149 of 7 September 2011"; "Constitution of 30 August 1995" has no number.
        expect(value(work, 'FRBRname')[0]).toMatch(/^\w[\w ]* (?:No\. .+ )?of \d{1,2} \w+ \d{4}$/);
        const aliases = kids(work, 'FRBRalias').map((a) => [a.getAttribute('name'), xmlLang(a), a.getAttribute('value')]);
        const titles = WORDING_ORDER.filter((l) => meta.titles[l]).map((l) => ['title', l, meta.titles[l]]);
        expect(aliases, act).toEqual(titles);
        // Each expression: its title in its own language.
        for (const f of ours) {
          const expression = one(dom(xml(f)), 'FRBRExpression');
          const own = kids(expression, 'FRBRalias').map((a) => [a.getAttribute('name'), xmlLang(a), a.getAttribute('value')]);
          expect(own, name(f)).toEqual([['title', f.lang, meta.titles[f.lang]]]);
        }
      }
    });

    it('dates the manifestation by its newest source edition, not by the clock or the version', () => {
      for (const f of files) {
        const newest = editions.filter((e) => e.act === f.act).map((e) => e.date).sort().at(-1)!;
        const date = kids(one(dom(xml(f)), 'FRBRManifestation'), 'FRBRdate')[0]!;
        expect([date.getAttribute('date'), date.getAttribute('name')], name(f)).toEqual([newest >= f.date ? newest : f.date, 'sourcesAsOf']);
      }
      const manifestation = (x: string) => kids(one(dom(x), 'FRBRManifestation'), 'FRBRdate')[0]!;
      expect(manifestation(xml({ act: 'decree-2011-149', lang: 'ru', date: '2012-12-21' })).getAttribute('date')).toBe('2021-07-21');
      // Rendered again: the same bytes.
      const f = { act: 'law-2008-70-iv', lang: 'ru', date: '2018-04-27' } as const;
      const options = { timeline: library.timeline(f.act), actName: (s: string) => s, actUri: () => undefined };
      expect(toAkomaNtoso(doc(f), options)).toBe(toAkomaNtoso(doc(f), options));
      expect(manifestation(toAkomaNtoso(doc(f), options)).getAttribute('date')).toBe('2022-02-07');
      // A caller that knows the day the file is made says so.
      const made = toAkomaNtoso(doc(f), { ...options, made: '2025-03-01' });
      expect([manifestation(made).getAttribute('date'), manifestation(made).getAttribute('name')]).toEqual(['2025-03-01', 'Generation']);
    });
  });

  it('has no <publication>, which would name an official gazette, and keeps where the text comes from in <proprietary>', () => {
    for (const f of files) {
      const d = doc(f);
      for (const x of [xml(f), withProvenance(f)]) {
        const root = dom(x);
        expect(all(root, 'publication'), name(f)).toEqual([]);
        const base = all(root, 'base', KZL_NS);
        expect(base.map((b) => b.parentElement!.localName), name(f)).toEqual(['proprietary']);
        expect([base[0]!.getAttribute('edition'), base[0]!.getAttribute('file'), base[0]!.getAttribute('verbatim')]).toEqual([d.base.edition, d.base.file, String(d.verbatim)]);
      }
      // Every edition has its provenance in act.yaml (the loader fails without it).
      const expected = d.base.provenance ?? provenance.get(d.base.edition)!;
      expect(expected, name(f)).toBeDefined();
      const p = all(dom(withProvenance(f)), 'provenance', KZL_NS);
      expect(p.map((e) => [e.parentElement!.localName, e.getAttribute('source'), e.getAttribute('origin'), e.getAttribute('sha256'), e.getAttribute('translation')]), name(f)).toEqual([
        ['base', expected.source, expected.origin, expected.sha256, expected.translation],
      ]);
    }
    const ru = dom(withProvenance({ act: 'decree-2011-149', lang: 'ru', date: '2017-05-05' }));
    expect(one(ru, 'provenance', KZL_NS).getAttribute('source')).toBe('github.com/kazakhstan-law/codes, built from zan.gov.kz');
    expect(one(ru, 'provenance', KZL_NS).getAttribute('commit')).toBe('0f621f9f5ef9');
  });

  it('says the first version is the original and every later one a single consolidated version', () => {
    for (const f of files) expect(one(dom(xml(f)), 'act').getAttribute('contains'), name(f)).toBe(f.date === firstVersion(f) ? 'originalVersion' : 'singleVersion');
    expect(one(dom(xml({ act: 'law-2008-70-iv', lang: 'ru', date: '2008-10-20' })), 'act').getAttribute('contains')).toBe('originalVersion');
  });

  it('gives every textual modification a real destination: the unit changed, or the act’s work IRI when words are replaced throughout', () => {
    let wholeAct = 0;
    for (const f of files) {
      const x = xml(f);
      expect(x, name(f)).not.toMatch(/href="#"/);
      const d = doc(f);
      const ids = new Set(all(dom(x), '*').map((e) => e.getAttribute('eId')));
      const mods = all(dom(x), 'textualMod');
      expect(mods.length).toBe(d.changes.length);
      d.changes.forEach((c, i) => {
        const href = one(mods[i]!, 'destination').getAttribute('href')!;
        if (c.eId && ids.has(c.eId)) {
          expect(href).toBe(`#${c.eId}`);
        } else if (c.eId) {
          // A unit only another language's edition prints: named within the work.
          expect(href, name(f)).toBe(`${d.uris.work}#${c.eId}`);
        } else {
          wholeAct++;
          expect(href).toBe(d.uris.work);
          expect(workOf(readFrbr(href)!)).toBe(href);
        }
      });
    }
    // Law No. 149-VI of 27 April 2018 replaced words throughout Law No. 70-IV.
    expect(wholeAct).toBeGreaterThanOrEqual(3);
  });

  it('holds the old and the new wording in a kzl:wording element of the project namespace, in the language of the text', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const root = dom(xml({ act: 'decree-2011-149', lang: 'ru', date: '2021-01-18' }));
    const mod = all(root, 'textualMod').find((m) => one(m, 'destination').getAttribute('href') === '#att_1__para_25')!;
    for (const side of ['old', 'new']) {
      const el = one(mod, side);
      expect([...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent!.trim())).toEqual([]);
      expect([...el.children].map((c) => [c.namespaceURI, c.localName, xmlLang(c)])).toEqual([[KZL_NS, 'wording', 'ru']]);
    }
    expect(squash(one(one(mod, 'old'), 'wording', KZL_NS).textContent!)).toMatch(/^25\. /);
    expect(squash(one(one(mod, 'old'), 'wording', KZL_NS).textContent!)).not.toBe(squash(one(one(mod, 'new'), 'wording', KZL_NS).textContent!));
    for (const f of files) {
      for (const w of all(dom(xml(f)), 'wording', KZL_NS)) {
        expect(['old', 'new']).toContain(w.parentElement!.localName);
        expect(xmlLang(w), name(f)).toBe(f.lang);
      }
    }
  });

  it('marks wording of another language with xml:lang, and nothing else: paragraph 5 in English in the Russian and Kazakh texts of 21 July 2021', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const f = { act: 'decree-2011-149', lang, date: '2021-07-21' } as const;
      const root = dom(xml(f));
      const para = all(root, 'paragraph').find((p) => p.getAttribute('eId') === 'att_1__para_5')!;
      expect(xmlLang(para)).toBe('en');
      expect(para.textContent).toMatch(/The first President of the Republic of Kazakhstan/);
    }
    for (const f of files) {
      const d = doc(f);
      const fallback = new Map(d.borrowed.filter((b) => b.fallback).map((b) => [b.eId, b.lang]));
      const act = one(dom(xml(f)), 'act');
      let marked = 0;
      for (const el of all(act, '*')) {
        if (el.namespaceURI !== AKN_NS || lineage(el).some((e) => e.localName === 'meta')) continue;
        const eId = el.getAttribute('eId');
        if (eId && UNIT.has(el.localName)) {
          const other = fallback.get(eId);
          const structural = STRUCTURAL.has(el.localName);
          // A unit borrowed whole is in the other language; a part, chapter or article borrowed
          // for its heading has only the heading in it; any other unit is in this language unless
          // it sits in a unit borrowed whole.
          const inBorrowed = langOf(el.parentElement!, f.lang) !== f.lang;
          if (other && !structural) expect(langOf(el, f.lang), `${name(f)}: ${eId}`).toBe(other);
          else if (!inBorrowed) expect(langOf(el, f.lang), `${name(f)}: ${eId}`).toBe(f.lang);
          const heading = kids(el, 'heading')[0];
          if (heading && structural) expect(langOf(heading, f.lang), `${name(f)}: ${eId} heading`).toBe(other ?? f.lang);
          if (other) marked++;
        }
      }
      expect(marked, name(f)).toBe(fallback.size);
      // A note is in the language of the text it stands in.
      const notes = new Map(all(act, 'note').map((n) => [n.getAttribute('eId'), n]));
      for (const ref of all(act, 'noteRef')) {
        const note = notes.get(ref.getAttribute('href')!.slice(1));
        expect(note, `${name(f)}: ${ref.getAttribute('href')}`).toBeDefined();
        expect(langOf(note!, f.lang), `${name(f)}: ${ref.getAttribute('href')}`).toBe(langOf(ref, f.lang));
      }
    }
  });

  it('gives a table printed in the source as HTML as an Akoma Ntoso table: its rows, cells and spans, no markup as text', () => {
    const source = readFileSync(join(ROOT, 'content/acts/order-2007-203/ru/2007-05-11.md'), 'utf8');
    const f = files.find((x) => x.act === 'order-2007-203' && x.lang === 'ru')!;
    const act = dom(xml(f));
    const tables = all(act, 'table');
    expect(tables).toHaveLength(source.match(/<table>/g)!.length);
    const firstRow = kids(tables[0]!, 'tr')[0]!;
    const cells = kids(firstRow, 'td');
    expect(cells.map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).slice(0, 2)).toEqual(['N', 'Наименование тестов']);
    expect(cells[0]!.getAttribute('rowspan')).toBe('2');
    expect(cells.at(-1)!.getAttribute('colspan')).toBe('3');
    expect(all(act, 'p').some((p) => /<\/?t[rd]\b/.test(p.textContent!))).toBe(false);
    // The plain text: a line per row, cells split by " | ".
    const text = toPlainText(doc(f));
    expect(text).toMatch(/^N \| Наименование тестов \| /m);
    expect(text).not.toMatch(/<\/?t(able|r|d)\b/);
  });
});
