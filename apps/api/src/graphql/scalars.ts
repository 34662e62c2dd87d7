import { isIsoDate } from '@ieum/domain';
import { GraphQLScalarType, Kind } from 'graphql';

// A calendar date without time or zone ('YYYY-MM-DD'), e.g. a birth date.
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: "A calendar date, 'YYYY-MM-DD'",
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => parseLocalDate(v),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseLocalDate(ast.value) : undefined),
});

function parseLocalDate(v: unknown): string {
  // Date.parse rolls '2026-02-30' over into March; the database would then fail on it.
  if (typeof v !== 'string' || !isIsoDate(v)) {
    throw new TypeError("LocalDate must be 'YYYY-MM-DD'");
  }
  return v;
}
