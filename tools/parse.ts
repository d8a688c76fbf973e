/**
 * `npm run parse -- FILE [--strict]`: parses one edition and prints `{ tree, amendments,
 * diagnostics }` as JSON on stdout; diagnostics also go to stderr as `file:line:col: message`.
 * Exit 0 without errors, 1 with errors (or warnings, under --strict), 2 on bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseEdition } from '../src/pipeline/parse-edition.js';
import { formatDiagnostic } from '../src/pipeline/report.js';
import { parsedEditionSchema } from '../src/schemas/edition.js';
import { runTool } from './lib/cli.js';

async function main(argv: string[]): Promise<number> {
  const usage = () => {
    process.stderr.write('usage: npm run parse -- FILE [--strict]\n');
    return 2;
  };
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) => parseArgs({ args: a, allowPositionals: true, options: { strict: { type: 'boolean' }, help: { type: 'boolean' } } });
  try {
    args = parse(argv);
  } catch {
    return usage();
  }
  if (args.positionals.length !== 1 || args.values.help) return usage();
  const strict = args.values.strict === true;
  const file = args.positionals[0]!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}:1:1: error: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 1;
  }
  const result = parseEdition(text, { file });
  const checked = parsedEditionSchema.safeParse(result);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    result.diagnostics.push({ file, line: 1, column: 1, severity: 'error', code: 'schema', message: `output fails its schema at ${issue.path.join('.')}: ${issue.message}` });
  }
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  const failing = result.diagnostics.filter((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing.length ? 1 : 0;
}

runTool('parse', main);
