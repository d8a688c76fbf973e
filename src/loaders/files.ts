import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { actMetaSchema, type ActMeta } from '../schemas/act.js';
import { languageSchema, type Language } from '../schemas/language.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { formatDiagnostic } from '../pipeline/report.js';

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

const ACT_SLUG = /^[a-z]+(?:-[a-z]+)*-\d{4}-[0-9a-z]+(?:-[0-9a-z]+)*$/;
const EDITION_NAME = /^(\d{4}-\d{2}-\d{2})\.(txt|md)$/;

/**
 * The folder the content comes from, as a path relative to the project root: `content`, or the
 * one named by KZ_CONTENT (tests and benchmarks build other collections that way).
 */
export function contentDir(): string {
  return (process.env.KZ_CONTENT ?? 'content').replace(/\/+$/, '');
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
      diagnostics.push(problem(`${contentDir()}/acts/${act}`, 'act-slug', `the folder name "${act}" is not an act slug ({type}-{year}-{number})`));
    }
    for (const entry of await readdir(actDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const lang = languageSchema.safeParse(entry.name);
      if (!lang.success) {
        diagnostics.push(problem(`${contentDir()}/acts/${act}/${entry.name}`, 'edition-language', `"${entry.name}" is not a language of the site (en, ru, kk)`));
        continue;
      }
      for (const name of (await readdir(join(actDir, entry.name))).sort()) {
        const file = `${contentDir()}/acts/${act}/${entry.name}/${name}`;
        const m = EDITION_NAME.exec(name);
        if (!m) {
          diagnostics.push(problem(file, 'edition-name', `an edition file is named by its date: YYYY-MM-DD.txt or YYYY-MM-DD.md, not "${name}"`));
          continue;
        }
        editions.push({ id: `${act}/${lang.data}/${m[1]}`, act, lang: lang.data, date: m[1]!, file, key: `${lang.data}/${name}` });
      }
    }
  }
  return { editions, diagnostics };
}

/** Reads and validates `content/acts/{act}/act.yaml`. */
export async function readActMeta(root: string, act: string): Promise<{ meta?: ActMeta; diagnostics: Diagnostic[] }> {
  const file = `${contentDir()}/acts/${act}/act.yaml`;
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch {
    return { diagnostics: [problem(file, 'act-meta-missing', 'every act folder needs an act.yaml (type, number, date, titles, provenance)')] };
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    return { diagnostics: [problem(file, 'act-meta-yaml', `not valid YAML: ${(e as Error).message.split('\n')[0]}`, pos?.line, pos?.col)] };
  }
  const parsed = actMetaSchema.safeParse(data);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((i) =>
        problem(file, 'act-meta-schema', `${i.path.join('.') || '(root)'}: ${i.message}`, lineOfKey(text, i.path[0])),
      ),
    };
  }
  return { meta: parsed.data, diagnostics: [] };
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

function lineOfKey(text: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : 1;
}

function problem(file: string, code: string, message: string, line = 1, column = 1): Diagnostic {
  return { file, line, column, severity: 'error', code, message };
}
