import type { Diagnostic } from '../schemas/diagnostic.js';
import type { Point } from '../schemas/position.js';

/** Collects diagnostics for one source file, in the order they were found. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

  private add(severity: Diagnostic['severity'], code: string, message: string, at: Point | undefined) {
    this.diagnostics.push({
      file: this.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      severity,
      code,
      message,
    });
  }
  error(code: string, message: string, at?: Point) {
    this.add('error', code, message, at);
  }
  warn(code: string, message: string, at?: Point) {
    this.add('warning', code, message, at);
  }
  info(code: string, message: string, at?: Point) {
    this.add('info', code, message, at);
  }
}

/** `file:line:col: severity: message [code]`, the form editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}
