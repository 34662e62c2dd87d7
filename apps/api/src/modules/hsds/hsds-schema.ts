// The official HSDS 3.1 schemas as validators. The files carry no $schema, so they are read as JSON
// Schema draft-07 (Ajv's default draft); ajv-formats checks uuid, uri, email and date-time.
import { readHsdsSchemas } from '@ieum/db';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// Keywords the HSDS files use to describe their tabular form; they constrain nothing in JSON.
const TABULAR_KEYWORDS = [
  'name',
  'path',
  'core',
  'constraints',
  'datapackage_metadata',
  'datapackage_type',
  'example',
  'tabular_required',
];

export type HsdsObjectName =
  'service' | 'organization' | 'location' | 'taxonomy' | 'taxonomy_term' | 'service_at_location';

export interface SchemaFault {
  /** JSON pointer into the object ('/schedules/2/closes_at'). */
  pointer: string;
  message: string;
}

let compiled: Map<HsdsObjectName, ValidateFunction> | null = null;

function validators(): Map<HsdsObjectName, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  ajv.addVocabulary(TABULAR_KEYWORDS);
  for (const [file, schema] of readHsdsSchemas()) ajv.addSchema(schema, file);
  const names: HsdsObjectName[] = [
    'service',
    'organization',
    'location',
    'taxonomy',
    'taxonomy_term',
    'service_at_location',
  ];
  compiled = new Map(names.map((n) => [n, ajv.getSchema(`${n}.json`)!]));
  return compiled;
}

const faultOf = (e: ErrorObject): SchemaFault => {
  const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
  return { pointer: `${e.instancePath}${missing}`, message: `${e.message ?? 'is not valid'} (${e.keyword})` };
};

/** Every place where `value` breaks the schema of `object`; empty when it is valid. */
export function schemaFaults(object: HsdsObjectName, value: unknown): SchemaFault[] {
  const validate = validators().get(object)!;
  return validate(value) ? [] : (validate.errors ?? []).map(faultOf);
}
