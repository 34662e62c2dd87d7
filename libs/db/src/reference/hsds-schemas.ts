import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_PACKAGE_ROOT } from './region-list';

// The official HSDS 3.1 object schemas (libs/db/data/hsds-3.1-schema/SOURCE.md), by file name
// ('service.json'), which is also how they $ref each other.
export const HSDS_SCHEMA_DIR = join(DB_PACKAGE_ROOT, 'data', 'hsds-3.1-schema');

export interface HsdsPropertySchema {
  name?: string;
  type?: string;
  format?: string;
  enum?: string[];
  $ref?: string;
  items?: { $ref?: string };
  constraints?: { unique?: boolean; required?: boolean };
}

export interface HsdsObjectSchema {
  name: string;
  /** The table's CSV file in the datapackage ('services.csv'). */
  path: string;
  description: string;
  properties: Record<string, HsdsPropertySchema>;
  required?: string[];
  tabular_required?: string[];
  [keyword: string]: unknown;
}

export function readHsdsSchemas(): Map<string, HsdsObjectSchema> {
  const files = readdirSync(HSDS_SCHEMA_DIR).filter((f) => f.endsWith('.json'));
  return new Map(
    files
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, f), 'utf8')) as HsdsObjectSchema]),
  );
}
