/** A domain list of codes as the object type-graphql registers as a GraphQL enum ({ A: 'A', … }). */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
