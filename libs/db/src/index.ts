export * from './data-source';
export * from './embedded-postgres';
export * from './reference/region-list';
export * from './reference/crisis-indicator-list';
export * from './sql-errors';
export * from './reference/benefit-parameters';
export * from './sql-like';
export * from './reference/hsds-schemas';
