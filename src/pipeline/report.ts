import type { VFile } from 'vfile';
import type { Diagnostic } from '../schemas/diagnostic.js';
import type { Point } from '../schemas/position.js';

/*
 * Diagnostics of one source file, collected as vfile messages (`file.message()`): the unified
 * ecosystem's own form, with a place, a rule id and a severity (`fatal`: true for an error,
 * false for a warning, undefined for information).
 */
export class Reporter {
  /** The source file being parsed: its messages are the diagnostics. */
  constructor(readonly file: VFile) {}

  private add(fatal: boolean | undefined, code: string, message: string, at: Point | undefined) {
    const m = this.file.message(message, { place: at ?? { line: 1, column: 1 }, ruleId: code, source: 'kz' });
    m.fatal = fatal;
  }
  error(code: string, message: string, at?: Point) {
    this.add(true, code, message, at);
  }
  warn(code: string, message: string, at?: Point) {
    this.add(false, code, message, at);
  }
  info(code: string, message: string, at?: Point) {
    this.add(undefined, code, message, at);
  }

  /** The messages as diagnostics, in the order they were found. */
  get diagnostics(): Diagnostic[] {
    return this.file.messages.map((m) => ({
      file: this.file.path,
      line: m.line ?? 1,
      column: m.column ?? 1,
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      code: m.ruleId ?? 'unknown',
      message: m.reason,
    }));
  }
}

/** `file:line:col: severity: message [code]`, the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}
