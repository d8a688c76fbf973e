import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { actMetaSchema, type ActMeta } from '../schemas/act.js';
import { languageSchema, type Language } from '../schemas/language.js';
import { LANGUAGES } from '../model/languages.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { formatDiagnostic } from '../pipeline/report.js';
import { slugFor } from '../pipeline/amendments.js';
import { normalizeActNumber } from '../pipeline/text.js';
import { closestKey, isCalendarDate, unknownKeys } from './checks.js';
import { codePointName, findControlCharacter } from '../pipeline/check-source.js';

/*
 * The layout of content/: `acts/{act}/act.yaml` and `acts/{act}/{lang}/{YYYY-MM-DD}.{txt|md}`.
 * Adding an act or an edition is adding files here; nothing else needs to change. No Astro
 * imports: the bench and the CLI use this too.
 */

export interface EditionFile {
  /** `decree-2015-12/ru/2017-05-05` */
  id: string;
  act: string;
  lang: Language;
  date: string;
  /** Path from the project root: `content/acts/decree-2015-12/ru/2017-05-05.md`. */
  file: string;
  /** Path under the act folder, as keyed in act.yaml: `ru/2017-05-05.md`. */
  key: string;
}

/** `{type}-{year}-{number}`, or `{type}-{year}` / `{type}-{date}` for an act without a number (`constitution-1995`, `law-2022-06-08`). */
const ACT_SLUG = /^[a-z]+(?:-[a-z]+)*-\d{4}(?:-[0-9a-z]+)*$/;
const EDITION_NAME = /^(\d{4}-\d{2}-\d{2})\.(txt|md)$/;
/** A key under `editions:` in act.yaml: the edition's path under the act folder. */
const EDITION_KEY = new RegExp(`^(${LANGUAGES.join('|')})/(\\d{4}-\\d{2}-\\d{2})\\.(txt|md)$`);

/**
 * The folder the content comes from, as a path relative to the project root: `content`, or the
 * one named by KZ_CONTENT (tests and benchmarks build other collections that way).
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.KZ_CONTENT ?? 'content').replace(/\/+$/, '');
}

export async function listActs(root: string): Promise<string[]> {
  const dir = join(root, contentDir(), 'acts');
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Every edition file, with the problems of naming found on the way. */
export async function listEditions(root: string): Promise<{ editions: EditionFile[]; diagnostics: Diagnostic[] }> {
  const editions: EditionFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const act of await listActs(root)) {
    const actDir = join(root, contentDir(), 'acts', act);
    if (!ACT_SLUG.test(act)) {
      // A URL is case-sensitive and the texts' references to an act are lower case: say so.
      const message = ACT_SLUG.test(act.toLowerCase())
        ? `the folder name "${act}" must be lower case: "${act.toLowerCase()}"`
        : `the folder name "${act}" is not an act slug ({type}-{year}-{number}, lower case)`;
      diagnostics.push(problem(`${contentDir()}/acts/${act}`, 'act-slug', message));
    }
    for (const entry of await readdir(actDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const lang = languageSchema.safeParse(entry.name);
      if (!lang.success) {
        const lower = languageSchema.safeParse(entry.name.toLowerCase()).success ? `, in lower case: "${entry.name.toLowerCase()}"` : '';
        diagnostics.push(problem(`${contentDir()}/acts/${act}/${entry.name}`, 'edition-language', `"${entry.name}" is not a language of the site (${LANGUAGES.join(', ')}${lower})`));
        continue;
      }
      const byDate = new Map<string, string>();
      for (const name of (await readdir(join(actDir, entry.name))).sort()) {
        const file = `${contentDir()}/acts/${act}/${entry.name}/${name}`;
        const m = EDITION_NAME.exec(name);
        if (!m) {
          diagnostics.push(problem(file, 'edition-name', `an edition file is named by its date: YYYY-MM-DD.txt or YYYY-MM-DD.md, in lower case, not "${name}"`));
          continue;
        }
        const date = m[1]!;
        if (!isCalendarDate(date)) {
          diagnostics.push(problem(file, 'edition-date', `"${name}": ${date} is not a date of the calendar (an edition is named by the date of the last change its text includes)`));
          continue;
        }
        // One edition per language and date: a second file of the date would replace the first.
        const other = byDate.get(date);
        if (other) {
          diagnostics.push(problem(file, 'edition-duplicate', `two editions of ${date} in ${lang.data}: ${other} and ${name}; keep one`));
          continue;
        }
        byDate.set(date, name);
        editions.push({ id: `${act}/${lang.data}/${date}`, act, lang: lang.data, date, file, key: `${lang.data}/${name}` });
      }
    }
  }
  return { editions, diagnostics };
}

/** The place of a value (or of its key) in a YAML document, for `file:line:col`. */
export type Locate = (path: ReadonlyArray<string | number>, what?: 'key' | 'value') => { line: number; column: number };

/**
 * Where a path is in a YAML document: the value's (or key's) first character; a path that is not
 * there, at the key of the deepest mapping that is (a missing field is reported at its parent).
 */
export function locator(doc: YamlDocument, lineCounter: LineCounter): Locate {
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return (path, what = 'value') => {
    let node: unknown = doc.contents;
    let found = { line: 1, column: 1 };
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (!pair) return found;
        const key = pair.key as YamlNode | null;
        const value = pair.value as YamlNode | null;
        const keyAt = key?.range ? pos(key.range[0]) : found;
        // A field missing inside a mapping is reported at the mapping's key, the line a reader looks at.
        if (!last) found = keyAt;
        else return what === 'key' || !value?.range ? keyAt : pos(value.range[0]);
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item?.range) return found;
        found = pos(item.range[0]);
        node = item;
      } else {
        return found;
      }
    }
    return found;
  };
}

/** Reads act.yaml as a YAML document with its places; undefined when the file is not there. */
async function readActYaml(root: string, act: string): Promise<{ text: string; doc: YamlDocument; locate: Locate } | undefined> {
  let text: string;
  try {
    text = await readFile(join(root, actYamlFile(act)), 'utf8');
  } catch {
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return { text, doc, locate: locator(doc, lineCounter) };
}

/** `content/acts/{act}/act.yaml`, from the project root. */
export function actYamlFile(act: string): string {
  return `${contentDir()}/acts/${act}/act.yaml`;
}

/** The place of a path in an act's act.yaml (line 1 when the file or the path is not there). */
export async function locateInActYaml(root: string, act: string, path: ReadonlyArray<string | number>, what?: 'key' | 'value'): Promise<{ line: number; column: number }> {
  const yaml = await readActYaml(root, act);
  return yaml ? yaml.locate(path, what) : { line: 1, column: 1 };
}

/**
 * Reads and validates `content/acts/{act}/act.yaml`, and checks it against the files beside it:
 * every problem at its own line. The meta is returned when the schema holds, even with other
 * problems, so that the editions loader does not add a second error for each edition.
 */
export async function readActMeta(root: string, act: string): Promise<{ meta?: ActMeta; diagnostics: Diagnostic[] }> {
  const file = actYamlFile(act);
  const yaml = await readActYaml(root, act);
  if (!yaml) return { diagnostics: [problem(file, 'act-meta-missing', 'every act folder needs an act.yaml (type, number, date, titles, status, editions)')] };
  const { doc, locate } = yaml;
  if (doc.errors.length) {
    return {
      diagnostics: doc.errors.map((e) => problem(file, 'act-meta-yaml', `not valid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line, e.linePos?.[0]?.col)),
    };
  }
  const at = (code: string, message: string, path: ReadonlyArray<string | number>, what?: 'key' | 'value') => {
    const p = locate(path, what);
    return problem(file, code, message, p.line, p.column);
  };
  const data: unknown = doc.toJS();
  const diagnostics: Diagnostic[] = [];
  // A misspelled key would otherwise be dropped without a word (`editons:` read as no editions).
  for (const u of unknownKeys(actMetaSchema, data)) {
    const where = [...u.path, u.key].join('.');
    const suggestion = closestKey(u.key, u.known);
    diagnostics.push(at('act-meta-unknown-key', `unknown key "${where}": ${suggestion ? `did you mean "${suggestion}"?` : `expected one of ${u.known.join(', ')}`}`, [...u.path, u.key], 'key'));
  }
  for (const { path, value } of strings(data)) {
    const c = findControlCharacter(value);
    if (c) diagnostics.push(at('control-character', `${path.join('.')}: the control character ${codePointName(c.codePoint)} cannot be published; remove it`, path));
  }
  const parsed = actMetaSchema.safeParse(data);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = i.path.filter((s): s is string | number => typeof s !== 'symbol');
      const missing = valueAt(data, path) === undefined;
      diagnostics.push(at('act-meta-schema', `${path.join('.') || '(root)'}: ${missing ? 'required, and missing' : i.message}`, path));
    }
    return { diagnostics };
  }
  const meta = parsed.data;
  diagnostics.push(...folderMismatch(act, meta, at), ...(await editionEntries(root, act, meta, at)));
  return { meta, diagnostics };
}

type At = (code: string, message: string, path: ReadonlyArray<string | number>, what?: 'key' | 'value') => Diagnostic;

/**
 * The folder of an act is its slug, `{type}-{year}-{number}`, made from act.yaml the way the
 * texts' references to an act are made: a folder that disagrees would publish the act under one
 * address while every note that cites it links to another.
 */
function folderMismatch(act: string, meta: ActMeta, at: At): Diagnostic[] {
  if (!ACT_SLUG.test(act)) return [];
  if (meta.number === undefined) {
    // `{type}-{year}` (the Constitution), or `{type}-{date}`: the name the notes of the acts it
    // amended give it (src/pipeline/amendments.ts slugFor), so that they find it.
    const expected = `${meta.type}-${meta.date.slice(0, 4)}`;
    if (act === expected || act === `${meta.type}-${meta.date}`) return [];
    const field = !act.startsWith(`${meta.type}-`) ? 'type' : 'date';
    return [at('act-folder-mismatch', `the folder "${act}" does not match act.yaml, which gives the act no number: the folder of this act is named "${expected}" ({type}-{year}); rename one or the other`, [field])];
  }
  const expected = slugFor(meta.type as Parameters<typeof slugFor>[0], meta.date, normalizeActNumber(meta.number));
  const prefix = `${meta.type}-${meta.date.slice(0, 4)}-`;
  // A number with no Latin letter or digit (`б/н`) gives no slug of its own: only type and year are checked.
  const numbered = expected.length > prefix.length;
  if (numbered ? act === expected : act.startsWith(prefix)) return [];
  const field = !act.startsWith(`${meta.type}-`) ? 'type' : act.slice(meta.type.length + 1, meta.type.length + 5) !== meta.date.slice(0, 4) ? 'date' : 'number';
  const given = field === 'type' ? `type "${meta.type}"` : field === 'date' ? `date ${meta.date} (year ${meta.date.slice(0, 4)})` : `number "${meta.number}"`;
  const name = numbered ? `"${expected}"` : `"${prefix}…"`;
  return [at('act-folder-mismatch', `the folder "${act}" does not match act.yaml's ${given}: the folder of this act is named ${name} ({type}-{year}-{number}); rename one or the other`, [field])];
}

/**
 * Each entry under `editions:` names a file beside act.yaml: it must be there, be the copy its
 * sha256 records, and be dated within the act's life (from its adoption to its repeal).
 */
async function editionEntries(root: string, act: string, meta: ActMeta, at: At): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const end = meta.status.abrogated?.date;
  for (const [key, provenance] of Object.entries(meta.editions)) {
    const m = EDITION_KEY.exec(key);
    if (!m) {
      out.push(at('edition-name', `editions: "${key}" is not the path of an edition under the act folder: {lang}/{YYYY-MM-DD}.txt or .md, lang ${LANGUAGES.join(', ')}, in lower case`, ['editions', key], 'key'));
      continue;
    }
    const date = m[2]!;
    const path = `${contentDir()}/acts/${act}/${key}`;
    if (!isCalendarDate(date)) {
      out.push(at('edition-date', `editions: "${key}": ${date} is not a date of the calendar`, ['editions', key], 'key'));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(join(root, path));
    } catch {
      out.push(at('edition-missing', `editions: "${key}" is listed, but there is no file ${path}`, ['editions', key], 'key'));
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== provenance.sha256) {
      out.push(at('provenance-sha256', `the sha256 of ${key} is ${sha256}, not the one recorded here: the file is not the copy its provenance describes (if the change is meant, record the new hash: sha256sum ${path})`, ['editions', key, 'sha256']));
    }
    if (date < meta.date) {
      out.push(at('edition-before-adoption', `editions: "${key}" is dated ${date}, before the act was adopted on ${meta.date}`, ['editions', key], 'key'));
    } else if (end && date > end) {
      out.push(at('edition-after-repeal', `editions: "${key}" is dated ${date}, after the act lost force on ${end} (status.abrogated.date)`, ['editions', key], 'key'));
    }
  }
  return out;
}

/** Every string of a YAML value, with its path. */
function strings(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = value;
  for (const s of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

/**
 * Acts an act.yaml names (`status.abrogated.by`, `repeals`) must be acts the site has a page for:
 * in the content, or cited by its texts. Each problem at its line in act.yaml.
 */
export async function actReferenceDiagnostics(root: string, metas: ReadonlyArray<{ id: string; data: ActMeta }>, known: (slug: string) => boolean): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const unknown = async (act: string, slug: string, path: Array<string | number>) => {
    const p = await locateInActYaml(root, act, path);
    out.push(problem(actYamlFile(act), 'act-unknown', `${path.join('.')}: no act "${slug}" in the content or cited by its texts; name an act by its folder ({type}-{year}-{number})`, p.line, p.column));
  };
  for (const { id, data } of metas) {
    const by = data.status.abrogated?.by;
    if (by !== undefined && !known(by)) await unknown(id, by, ['status', 'abrogated', 'by']);
    for (const [i, slug] of data.repeals.entries()) if (!known(slug)) await unknown(id, slug, ['repeals', i]);
  }
  return out;
}

/**
 * The error that stops the build on bad content: one `file:line:col: error: message` line per
 * problem. Its stack is dropped: the problem is in the content, not in the code.
 */
export function contentError(errors: Diagnostic[]): Error {
  const error = new Error(`${errors.length} error(s) in the content:\n${errors.map(formatDiagnostic).join('\n')}`);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}

function problem(file: string, code: string, message: string, line = 1, column = 1): Diagnostic {
  return { file, line, column, severity: 'error', code, message };
}
