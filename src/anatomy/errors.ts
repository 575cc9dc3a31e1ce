/**
 * Errors raised when a data file (structures, tours, muscle parameters) does not match its schema.
 * Pure: no DOM. The UI shows `message`; tests read `issues`.
 */
import type { core } from 'zod';

/**
 * A data file failed validation. `message` is one line per issue, each
 * `<file>: <field path>: <what is wrong>`, e.g.
 * `data/structures.json: structures.soleus.latin: expected string, received number`.
 */
export class AnatomyDataError extends Error {
  readonly file: string;
  /** One entry per problem, `<field path>: <what is wrong>` (without the file name). */
  readonly issues: string[];

  constructor(file: string, issues: string[]) {
    super(issues.length > 0 ? issues.map((issue) => `${file}: ${issue}`).join('\n') : `${file}: invalid data`);
    this.name = 'AnatomyDataError';
    this.file = file;
    this.issues = issues;
  }
}

/** `['structures', 'soleus', 'latin']` → `structures.soleus.latin`; array indices as `[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function describe(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      // zod 4 prefixes most messages with "Invalid input: " or "Invalid option: "; the path already says where.
      return issue.message.replace(/^Invalid (input|option): /, '');
  }
}

/**
 * Turns zod issues into `<field path>: <what is wrong>` lines. For a union (e.g. a related structure
 * that is either `{ id }` or `{ name, outside: true }`) it reports the branch that came closest,
 * which is the one the author most likely meant.
 */
export function formatIssues(issues: readonly core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest.length > 0) {
        lines.push(...formatIssues(closest, path));
        continue;
      }
    }
    lines.push(`${formatPath(path)}: ${describe(issue)}`);
  }
  return lines;
}
