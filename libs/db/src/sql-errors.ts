// PostgreSQL error codes the services answer as expected failures (Appendix A of the manual).
const UNIQUE_VIOLATION = '23505';

/** A unique index refused the row: two requests raced, or the thing exists already. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}
