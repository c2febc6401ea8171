// The generated client throws the parsed ProblemDetails for documented error statuses and an
// ApiException otherwise; both carry the HTTP status. This reads either the same way.

export interface Problem {
  status: number;
  title?: string | null;
  detail?: string | null;
  /** Field errors of a 400, keyed by the camelCase field name the client sent. */
  errors?: Record<string, string[]>;
  /** A refusal the client can act on, named by the API (e.g. "early-start"). */
  code?: string | null;
  /** With code "early-start": the instant from which the appointment may be started without a reason. */
  startableFrom?: string | null;
  /** With code "wrong-code": how many more tries the SMS code allows. */
  attemptsLeft?: number | null;
}

export function problemOf(error: unknown): Problem {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    const problem = error as Problem & { result?: Problem };
    return problem.result ?? problem;
  }
  return { status: 0 };
}
