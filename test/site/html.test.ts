import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distFiles, DIST } from './dist.js';

/** Every page of dist/ is valid HTML by html-validate's recommended rules (.htmlvalidate.json). */
describe('html-validate over dist/', () => {
  it('reports zero errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of distFiles(DIST, /\.html$/)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file.slice(DIST.length)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
      }
    }
    expect(problems).toEqual([]);
  });
});
