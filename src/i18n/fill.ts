/**
 * A sentence of a dictionary with its `{name}`s filled in ("{shown} of {total} acts shown"): the
 * form in which the browser's scripts receive the page's words. A name with no value stays as written.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
