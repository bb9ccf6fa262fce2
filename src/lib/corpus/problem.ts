/** One thing wrong with the corpus, reported as `file: field: message`. */
export interface Problem {
  file: string;
  /** The line in the file, for problems that have one (MDX syntax, text encoding). */
  line?: number;
  field: string;
  message: string;
}

/** `file: field: message`, or `file:line: message` when the problem sits on a line. */
export function formatProblem(p: Problem): string {
  return p.line === undefined ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}:${p.line}: ${p.message}`;
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length ? path.map(String).join('.') : '(entry)';
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.toSorted(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}
