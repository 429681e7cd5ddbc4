/** What validation reports: errors reject a document, warnings never do. */

export interface Localized {
  'zh-CN': string;
  en: string;
}

export type ErrorCode = 'invalid-json' | 'invalid-schema' | 'unsupported-version';

export interface ValidationIssue {
  /** Machine-readable kind, e.g. `type`, `missing`, `sum`, `cross-table`. */
  code: string;
  /** JSON path of the offending value: `$.tables[3].rows[2].values.total`. */
  path: string;
  message: Localized;
}

/** `$`, then `.key` for identifiers, `[n]` for indexes and `["key"]` for anything else. */
export function jsonPath(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((path, part) => {
    if (typeof part === 'number') return `${path}[${part}]`;
    return /^[A-Za-z_$][\w$]*$/.test(part) ? `${path}.${part}` : `${path}[${JSON.stringify(part)}]`;
  }, '$');
}
