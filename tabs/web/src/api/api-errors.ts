import type { MapItem, ProblemDetails } from './wire-types';

/** A refused or failed tab API call, carrying the server's problem details. */
export class TabApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(describeProblem(status, problem));
    this.name = 'TabApiError';
  }
}

/**
 * Someone else changed the same field first (409). The server kept their value: the tab shows it and
 * tells this author that their change was not saved.
 */
export class EditConflictError extends TabApiError {
  constructor(problem: ProblemDetails) {
    super(409, problem);
    this.name = 'EditConflictError';
  }

  /** The item as it is now, or null when it was deleted. */
  get current(): MapItem | null {
    return this.problem.current ?? null;
  }

  /** Which field collided: text, position, evidence or deleted. */
  get conflictingField(): string {
    return this.problem.conflictingField ?? 'unknown';
  }
}

function describeProblem(status: number, problem: ProblemDetails): string {
  const parts = [problem.title, problem.detail].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length > 0 ? parts.join(': ') : `The server answered ${status}.`;
}
