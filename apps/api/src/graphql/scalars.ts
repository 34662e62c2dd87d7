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
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new TypeError("LocalDate must be 'YYYY-MM-DD'");
  }
  return v;
}
