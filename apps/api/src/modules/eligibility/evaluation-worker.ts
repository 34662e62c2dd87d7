import { parentPort, workerData } from 'node:worker_threads';
import {
  batchEvaluator,
  checkBenefitInput,
  packEstimate,
  type Programme,
  type TraceTemplate,
} from '@ieum/domain';
import { loadBenefitParameters } from '@ieum/db';
import { BinaryRows } from '../indicators/copy-binary';
import { householdOfRows, regionClassCache } from './means-rows';

// A worker thread of a batch evaluation: evaluates a chunk of households (read by the main thread as
// one JSON text) and encodes the results as binary COPY tuples, so the engine's CPU is spread over
// the cores while the main thread only moves bytes between PostgreSQL and the threads.

export interface EvaluationWorkerData {
  evaluationId: string;
  asOf: string;
  today: string;
  programmes: Programme[];
}

export interface EvaluationChunk {
  index: number;
  /** JSON: [householdId, meansId, regionCode, sigunguName, members, incomes, property, facts][] */
  households: string;
}

export interface EvaluationChunkResult {
  index: number;
  copy: Uint8Array;
  households: number;
  skipped: number;
  /** Per programme: [eligible households, total monthly amount of those]. */
  totals: [number, number][];
  /** Templates this thread had not reported before. */
  templates: TraceTemplate[];
  /** Set instead of the rest when the date has no parameter in force. */
  parameterMissing: string | null;
}

type Row = [
  string,
  string,
  string,
  string | null,
  [string, string, string][],
  [string, string, number][] | null,
  [string, number, number | null, number | null, string | null][] | null,
  [string, boolean, boolean][] | null,
];

const data = workerData as EvaluationWorkerData;
const evaluator = batchEvaluator(loadBenefitParameters(), data.asOf);
const regionClassOf = regionClassCache();
let reported = 0;

export function evaluateChunk(job: EvaluationChunk): EvaluationChunkResult {
  const rows = JSON.parse(job.households) as Row[];
  const out = new BinaryRows();
  const totals = data.programmes.map((): [number, number] => [0, 0]);
  let skipped = 0;
  for (const [householdId, meansId, regionCode, sigunguName, members, incomes, property, facts] of rows) {
    if (sigunguName === null) throw new Error(`household region ${regionCode} has no 시군구`);
    const household = householdOfRows(data.asOf, regionClassOf(regionCode, sigunguName), {
      members,
      incomes,
      property,
      facts,
    });
    // What decideEligibility would refuse with VALIDATION (no members left, a member born after the
    // date) is counted as skipped, not guessed at.
    if (checkBenefitInput(household, data.today).length) {
      skipped++;
      continue;
    }
    const { asOf: _asOf, ...batchHousehold } = household;
    const r = evaluator.estimateCompact(batchHousehold);
    if (!r.ok) return missing(job.index, r.error.message);
    const packed = packEstimate(r.value, data.programmes);
    r.value.results.forEach((x, i) => {
      if (!x.eligible) return;
      totals[i]![0]++;
      totals[i]![1] += x.monthlyAmount ?? 0;
    });
    out
      .tuple(8)
      .uuid(data.evaluationId)
      .uuid(householdId)
      .uuid(meansId)
      .int16(packed.householdSize)
      .int64(packed.incomeRecognized)
      .int32(packed.eligibleMask)
      .bytes(packed.templateIds)
      .bytes(packed.numbers);
  }
  const all = evaluator.codebook.templates();
  const templates = all.slice(reported);
  reported = all.length;
  return {
    index: job.index,
    copy: out.take(),
    households: rows.length - skipped,
    skipped,
    totals,
    templates,
    parameterMissing: null,
  };
}

function missing(index: number, message: string): EvaluationChunkResult {
  return {
    index,
    copy: new Uint8Array(0),
    households: 0,
    skipped: 0,
    totals: [],
    templates: [],
    parameterMissing: message,
  };
}

parentPort?.on('message', (job: EvaluationChunk) => {
  const result = evaluateChunk(job);
  parentPort!.postMessage(result, [result.copy.buffer as ArrayBuffer]);
});
