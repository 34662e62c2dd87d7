import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@ieum/db';
import { flag } from '../cli/args';
import { loadConfig } from '../config';
import { loadDataKeys, openDatabase, type Database } from '../database';
import { DEMO_DOMAIN, DEMO_PASSWORD, seedDemo } from '../seed/demo';
import { addSyntheticHouseholds } from '../seed/synthetic-households';
import { todayInKorea } from '../clock';
import { calculatorInput, ESTIMATE } from './calculator-bench';
import { CASE_PAGE, INBOX, OUTBOX, seedCases } from './cases-bench';
import {
  DIRECTORY_SEARCH,
  directorySearchFilter,
  measureHsdsExport,
  seedPublishedResources,
} from './hsds-bench';
import { RECORD_PROVISION, seedProvisions, timeOverlapCheck } from './provisions-bench';
import { benchEvaluation, seedMeans } from './eligibility-bench';
import { benchGuidanceRun, seedMemberships } from './membership-bench';
import { postLargeFeed, sampleRrns, sampleRss, seedSignals } from './screening-bench';

// npm run bench [-- --households N --requests N --provisions N --resources N]
//
// (a) Seeds N synthetic households (default 1,000,000) into a fresh database: the embedded PostgreSQL
//     in a temporary data dir, or a database of its own on the server DATABASE_URL names. The first
//     100,000 go to five districts and are timed on their own (seed_100k_households); the rest are
//     spread over every 읍면동. Then 3·N crisis signals: 2·N generated in SQL, N by a feed over HTTP.
// (b) Starts the real server (node apps/api/dist/main.js) on that database and measures the latency
//     of the household search over HTTP at 1 and 8 concurrent clients.
// (c) Loads a feed of N rows (at most 1,000,000) over HTTP: rows/s and the server's peak RSS.
// (d) Runs a screening round over every household and measures it, with the p95 latency of
//     interactive requests made while it runs.
// (e) Case management: the referral inbox, the outbox, the case page and recordProvision (with its
//     overlap check on a ledger of --provisions rows, default 5,000,000) at 8 concurrent clients.
// (f) The public welfare calculator (benefitEstimate, no sign-in) at 8 concurrent clients: p50 / p95
//     against the target p95 < 20 ms. The server runs with a public rate limit high enough not to
//     refuse the bench's own requests (IEUM_PUBLIC_RATE_LIMIT).
// (g) The directory of --resources published resources (default 100,000): its search signed out
//     (words + 시군구 + needs domain) at 1 and 8 clients, p95 against < 50 / < 150 ms; as HSDS, export.zip and
//     pages of /hsds/services (services/s) and the server's RSS growth over its resting size meanwhile.
// (h) The batch evaluation (일괄 판정) of every household with means for every programme (means
//     seeded in SQL with the households): seconds end to end (target 60 s at 1,000,000),
//     households/s, bytes stored per decision, the server's peak RSS, and the household search's
//     p50 / p95 measured by a client while it runs.
// (i) The new parameter year's 맞춤형 급여 안내 (every household enrolled in 복지멤버십 in SQL): one run
//     over every member, seconds, members/s and messages/s, with the household search's p95 meanwhile.
// Prints a table, then one `bench <name> <value> <unit> db=<kind>` line per figure. Cleans up the
// temporary directory, the database and the child processes at the end, also on failure.

const SEED_DISTRICTS = [
  '1111000000', // 서울특별시 종로구 (the demo worker's district)
  '1114000000', // 서울특별시 중구
  '1168000000', // 서울특별시 강남구
  '2635000000', // 부산광역시 해운대구
  '5172000000', // 강원특별자치도 홍천군
];
const WORKER_DONG = '1111051500'; // 청운효자동: the demo worker's 주민센터
const JONGNO = '1111000000';
const NAME_PREFIXES = ['김', '이', '박', '최민', '정', '강서', '조', '윤', '김민', '이지', '장', '한'];
const CONCURRENCY = [1, 8];

const SEARCH = `query Search($filter: HouseholdFilter, $first: Int) {
  households(filter: $filter, first: $first) {
    totalCount
    edges { node { id address members { relationship person { name rrnMasked } } } }
  }
}`;

interface Figure {
  name: string;
  value: number;
  unit: string;
  label: string;
}
const figures: Figure[] = [];
const record = (name: string, value: number, unit: string, label: string) =>
  figures.push({ name, value, unit, label });

const log = (m: string) => process.stderr.write(m + '\n');
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const round1 = (v: number) => Math.round(v * 10) / 10;

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

// Peak resident set of a process (VmHWM), in MB; null where /proc is not available.
function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Clean-up: registered as resources are made, run once at the end whatever happened.

const cleanups: { what: string; run: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c.run();
      } catch (e) {
        log(`clean-up of ${c.what} failed: ${(e as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function stopChild(child: ChildProcess, pgDir: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  // A server killed hard can leave its embedded PostgreSQL behind: stop that one too (by its pid).
  const pidFile = pgDir ? join(pgDir, 'postmaster.pid') : null;
  if (pidFile && existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP

async function gql(
  base: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: any;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (!res.ok || body.errors?.length) {
    throw new Error(
      `HTTP ${res.status}: ${body.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') ?? ''}`,
    );
  }
  return body.data;
}

async function signIn(base: string, local: string): Promise<string> {
  const data = await gql(
    base,
    null,
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token errors { code message } } }',
    {
      input: { email: `${local}@${DEMO_DOMAIN}`, password: DEMO_PASSWORD },
    },
  );
  if (!data.signIn.token)
    throw new Error(`sign-in as ${local} failed: ${JSON.stringify(data.signIn.errors)}`);
  return data.signIn.token;
}

async function waitForHealth(
  base: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 180_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server was not healthy after ${timeoutMs / 1000} s:\n${output()}`);
}

interface Scenario {
  key: string;
  label: string;
  token: string;
  region: string;
}

interface LoadResult {
  latencies: number[];
  wallMs: number;
  matches: number;
}

// `requests` searches spread over `concurrency` clients, each sending its next request when the last
// one answered. Request i uses name prefix i mod n, with the region filter on every other request.
async function runLoad(
  base: string,
  s: Scenario,
  concurrency: number,
  requests: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let matches = 0;
  const started = performance.now();
  const client = async () => {
    for (let i = next++; i < requests; i = next++) {
      const filter: Record<string, string> = { search: NAME_PREFIXES[i % NAME_PREFIXES.length] };
      if (i % 2 === 1) filter.regionCode = s.region;
      const t = performance.now();
      const data = await gql(base, s.token, SEARCH, { filter, first: 20 });
      latencies.push(performance.now() - t);
      matches += data.households.totalCount;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return {
    latencies: latencies.sort((a, b) => a - b),
    wallMs: performance.now() - started,
    matches: matches / requests,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const households = Number(flag(argv, 'households') ?? 1_000_000);
  const requests = Number(flag(argv, 'requests') ?? 300);
  const provisions = Number(flag(argv, 'provisions') ?? 5_000_000);
  const resources = Number(flag(argv, 'resources') ?? 100_000);
  if (
    !Number.isInteger(households) ||
    households < 1 ||
    !Number.isInteger(requests) ||
    requests < 1 ||
    !Number.isInteger(provisions) ||
    provisions < 0 ||
    !Number.isInteger(resources) ||
    resources < 1
  ) {
    throw new Error(
      'Usage: npm run bench -- [--households N] [--requests N] [--provisions N] [--resources N]',
    );
  }

  // This process opens the database itself first: no IEUM_E2E_FRESH_DB semantics for it.
  delete process.env.IEUM_E2E_FRESH_DB;
  const dataDir = mkdtempSync(join(tmpdir(), 'ieum-bench-'));
  cleanups.push({
    what: `the temporary directory ${dataDir}`,
    run: () => rmSync(dataDir, { recursive: true, force: true }),
  });

  // A database of our own on an external server, dropped at the end.
  const serverUrl = process.env.DATABASE_URL || null;
  let databaseUrl: string | null = null;
  if (serverUrl) {
    const name = `ieum_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    cleanups.push({
      what: `the database ${name}`,
      run: async () => {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
      },
    });
    databaseUrl = withDatabase(serverUrl, name);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    IEUM_DATA_DIR: dataDir,
    IEUM_DATA_KEY: randomBytes(32).toString('base64'),
    IEUM_DEMO: '0',
    IEUM_E2E_FRESH_DB: '',
    DATABASE_URL: databaseUrl ?? '',
  };
  const config = loadConfig(env);
  const keys = loadDataKeys(config);
  const kind = databaseUrl ? 'external' : 'embedded';
  const label = `db=${kind}`;
  log(
    `Ieum bench: ${households.toLocaleString()} households, ${requests} requests per run, ${kind} database` +
      (kind === 'embedded' ? ` in ${dataDir}` : ''),
  );

  // (a) Seed ------------------------------------------------------------------------------------
  let db: Database | null = null;
  cleanups.push({
    what: 'the seeding connection',
    run: async () => {
      await db?.close();
    },
  });
  let t = performance.now();
  db = await openDatabase(config, { log });
  record('open_and_migrate', seconds(performance.now() - t), 's', 'open database + migrations');

  t = performance.now();
  await seedDemo(db.dataSource, keys);
  record('seed_demo', seconds(performance.now() - t), 's', 'demo accounts + 300 households');

  const regions: { code: string; name: string }[] = await db.dataSource.query(
    `SELECT r.code, r.name FROM regions r
     WHERE r.level = 'EUPMYEONDONG' AND r.retired_on IS NULL AND r.code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ANY($1))
     ORDER BY r.code`,
    [SEED_DISTRICTS],
  );
  const progress = (started: number) => {
    let lastReport = 0;
    return ({ done, total }: { done: number; total: number }) => {
      if (performance.now() - lastReport > 5000 || done === total) {
        lastReport = performance.now();
        log(
          `  seeded ${done.toLocaleString()} / ${total.toLocaleString()} households (${seconds(performance.now() - started)} s)`,
        );
      }
    };
  };
  const first = Math.min(households, 100_000);
  t = performance.now();
  await addSyntheticHouseholds(db.dataSource, keys, regions, first, {
    seed: 20260101,
    onProgress: progress(t),
  });
  const seedMs = performance.now() - t;
  const seedName = first === 100_000 ? 'seed_100k_households' : `seed_${first}_households`;
  record(
    seedName,
    seconds(seedMs),
    's',
    `seed ${first.toLocaleString()} households over ${regions.length} 읍면동 (COPY)`,
  );
  record('seed_rate', Math.round(first / (seedMs / 1000)), 'households/s', 'seed rate');
  if (households > first) {
    const everywhere: { code: string; name: string }[] = await db.dataSource.query(
      `SELECT code, name FROM regions WHERE level = 'EUPMYEONDONG' AND retired_on IS NULL ORDER BY code`,
    );
    t = performance.now();
    await addSyntheticHouseholds(db.dataSource, keys, everywhere, households - first, {
      seed: 20260102,
      onProgress: progress(t),
    });
    record(
      'seed_rest_households',
      seconds(performance.now() - t),
      's',
      `seed ${(households - first).toLocaleString()} more households over all ${everywhere.length} 읍면동`,
    );
  }
  const feedRows = Math.min(households, 1_000_000);
  const sqlSignals = 3 * households - feedRows;
  t = performance.now();
  await seedSignals(db.dataSource, sqlSignals, todayInKorea());
  record(
    'seed_signals',
    seconds(performance.now() - t),
    's',
    `generate ${sqlSignals.toLocaleString()} crisis signals in SQL (fixture)`,
  );
  const knownRrns = await sampleRrns(db.dataSource, keys, 100_000);
  const caseCount = Math.min(100_000, Math.max(1000, Math.floor(households / 10)));
  t = performance.now();
  await seedCases(db.dataSource, caseCount);
  record(
    'seed_cases',
    seconds(performance.now() - t),
    's',
    `seed ${caseCount.toLocaleString()} cases and ${(3 * caseCount).toLocaleString()} referrals (fixture)`,
  );
  t = performance.now();
  const provisionResource = await seedProvisions(db.dataSource, provisions);
  record(
    'seed_provisions',
    seconds(performance.now() - t),
    's',
    `seed ${provisions.toLocaleString()} provisions (제공 이력, fixture)`,
  );
  const overlapSql = await timeOverlapCheck(db.dataSource, requests, todayInKorea());
  record(
    'provision_overlap_sql_p95_c8',
    round1(percentile(overlapSql, 0.95)),
    'ms',
    'the overlap check alone on the database (ledger read + domain rule), 8 clients, p95',
  );
  t = performance.now();
  const meansCount = await seedMeans(db.dataSource, todayInKorea());
  record(
    'seed_means',
    seconds(performance.now() - t),
    's',
    `seed means (incomes, property, facts) for ${meansCount.toLocaleString()} households in SQL (fixture)`,
  );
  t = performance.now();
  const members = await seedMemberships(db.dataSource, todayInKorea());
  record(
    'seed_memberships',
    seconds(performance.now() - t),
    's',
    `enrol ${members.toLocaleString()} households in 복지멤버십 with their consents in SQL (fixture)`,
  );
  const workerHouseholds: string[] = (
    await db.dataSource.query(`SELECT id FROM households WHERE region_code = $1 LIMIT 2000`, [WORKER_DONG])
  ).map((r: { id: string }) => r.id);
  t = performance.now();
  await seedPublishedResources(db.dataSource, resources);
  record(
    'seed_resources',
    seconds(performance.now() - t),
    's',
    `seed ${resources.toLocaleString()} published resources (fixture)`,
  );
  const workerCases: string[] = (
    await db.dataSource.query(
      `SELECT c.id FROM cases c JOIN households h ON h.id = c.household_id WHERE h.region_code = $1 LIMIT 500`,
      [WORKER_DONG],
    )
  ).map((r: { id: string }) => r.id);

  t = performance.now();
  await db.dataSource.query(
    'ANALYZE households; ANALYZE persons; ANALYZE household_members; ANALYZE crisis_signals; ANALYZE household_means; ANALYZE household_means_incomes; ANALYZE household_means_property; ANALYZE household_means_facts',
  );
  record('analyze', seconds(performance.now() - t), 's', 'ANALYZE after the seed');

  const [counts] = await db.dataSource.query(
    `SELECT (SELECT count(*) FROM households)::int AS households, (SELECT count(*) FROM persons)::int AS persons,
            (SELECT count(*) FROM households WHERE region_code = $1)::int AS worker_dong,
            round(pg_database_size(current_database()) / 1048576.0)::int AS mb`,
    [WORKER_DONG],
  );
  record(
    'database_size',
    counts.mb,
    'MB',
    `database size (${counts.households.toLocaleString()} households, ${counts.persons.toLocaleString()} persons)`,
  );
  await db.close();
  db = null;

  // (b) Search latency over HTTP on the real server --------------------------------------------------
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const mainJs = join(__dirname, '..', 'main.js');
  const output: string[] = [];
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
      IEUM_PUBLIC_RATE_LIMIT: process.env.IEUM_PUBLIC_RATE_LIMIT || '100000000',
      NODE_ENV: process.env.NODE_ENV ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 60) output.splice(0, output.length - 60);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const pgDir = kind === 'embedded' ? join(dataDir, 'pg') : null;
  cleanups.push({ what: `the server (pid ${child.pid})`, run: () => stopChild(child, pgDir) });

  const startMs = await waitForHealth(base, child, () => output.join('\n'));
  record('server_start', seconds(startMs), 's', 'server start until /healthz answers');

  const scenarios: Scenario[] = [
    {
      key: 'household_search',
      label: 'worker (청운효자동)',
      token: await signIn(base, 'worker'),
      region: WORKER_DONG,
    },
    {
      key: 'household_search_all_regions',
      label: 'analyst (all regions)',
      token: await signIn(base, 'analyst'),
      region: JONGNO,
    },
  ];
  // Warm-up: plans, connections, JIT of the server's own code.
  for (const s of scenarios) await runLoad(base, s, 2, Math.min(24, requests));

  const rows: string[][] = [];
  for (const s of scenarios) {
    for (const c of CONCURRENCY) {
      const r = await runLoad(base, s, c, requests);
      const p50 = round1(percentile(r.latencies, 0.5));
      const p95 = round1(percentile(r.latencies, 0.95));
      const rps = round1(requests / (r.wallMs / 1000));
      record(`${s.key}_p50_c${c}`, p50, 'ms', `${s.label}, ${c} client${c > 1 ? 's' : ''}, p50`);
      record(`${s.key}_p95_c${c}`, p95, 'ms', `${s.label}, ${c} client${c > 1 ? 's' : ''}, p95`);
      record(`${s.key}_rps_c${c}`, rps, 'req/s', `${s.label}, ${c} client${c > 1 ? 's' : ''}, throughput`);
      rows.push([
        s.label,
        String(c),
        String(requests),
        p50.toFixed(1),
        p95.toFixed(1),
        round1(r.latencies[r.latencies.length - 1]).toFixed(1),
        rps.toFixed(1),
        Math.round(r.matches).toLocaleString(),
      ]);
    }
  }
  // (c) A large feed over HTTP -----------------------------------------------------------------------
  const analystToken = scenarios[1].token;
  let sampler = sampleRss(child.pid!);
  const feed = await postLargeFeed(base, analystToken, feedRows, knownRrns, todayInKorea());
  const feedPeak = sampler.stop();
  if (feed.body.status !== 'LOADED')
    throw new Error(`the bench feed was not loaded: ${JSON.stringify(feed.body).slice(0, 500)}`);
  record(
    'feed_rows',
    feed.body.rows,
    'rows',
    `feed over HTTP: rows (${feed.body.matched.toLocaleString()} matched)`,
  );
  record('feed_seconds', seconds(feed.ms), 's', 'feed over HTTP: seconds until stored');
  record(
    'feed_rows_per_s',
    Math.round(feed.body.rows / (feed.ms / 1000)),
    'rows/s',
    'feed over HTTP: rows per second (target 150,000)',
  );
  if (feedPeak !== null)
    record('feed_server_rss_peak', feedPeak, 'MB', 'API server RSS peak during the feed (target < 1024)');

  // (d) A screening round, with interactive requests while it runs ------------------------------------
  sampler = sampleRss(child.pid!);
  t = performance.now();
  const started = await gql(
    base,
    analystToken,
    `mutation { startScreeningRound(input: {}) { round { id } errors { code message } } }`,
    {},
  );
  if (started.startScreeningRound.errors.length)
    throw new Error(`round not started: ${JSON.stringify(started.startScreeningRound.errors)}`);
  const roundId = started.startScreeningRound.round.id;
  const interactive: number[] = [];
  let round: { status: string; candidateCount: number; householdsScored: number } = {
    status: 'QUEUED',
    candidateCount: 0,
    householdsScored: 0,
  };
  const worker = scenarios[0];
  const poll = (async () => {
    while (round.status === 'QUEUED' || round.status === 'RUNNING') {
      round = (
        await gql(
          base,
          analystToken,
          `query($id: ID!) { screeningRound(id: $id) { status candidateCount householdsScored } }`,
          { id: roundId },
        )
      ).screeningRound;
      if (round.status === 'QUEUED' || round.status === 'RUNNING')
        await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const load = (async () => {
    let i = 0;
    while (round.status === 'QUEUED' || round.status === 'RUNNING') {
      const q = performance.now();
      await gql(base, worker.token, SEARCH, {
        filter: { search: NAME_PREFIXES[i++ % NAME_PREFIXES.length], regionCode: worker.region },
        first: 20,
      });
      interactive.push(performance.now() - q);
    }
  })();
  await Promise.all([poll, load]);
  const roundMs = performance.now() - t;
  const roundPeak = sampler.stop();
  if (round.status !== 'DONE') throw new Error(`the round ended ${round.status}`);
  record(
    'round_seconds',
    seconds(roundMs),
    's',
    `screening round over ${counts.households.toLocaleString()} households and ${(sqlSignals + feedRows).toLocaleString()} signals (target 15)`,
  );
  record('round_households_scored', round.householdsScored, 'households', 'households with a counted signal');
  record('round_candidates', round.candidateCount, 'candidates', 'candidates stored with their breakdown');
  interactive.sort((a, b) => a - b);
  if (interactive.length) {
    record(
      'round_interactive_p50',
      round1(percentile(interactive, 0.5)),
      'ms',
      `household search while the round runs, p50 (${interactive.length} requests)`,
    );
    record(
      'round_interactive_p95',
      round1(percentile(interactive, 0.95)),
      'ms',
      'household search while the round runs, p95',
    );
  }
  if (roundPeak !== null)
    record('round_server_rss_peak', roundPeak, 'MB', 'API server RSS peak during the round (target < 1024)');

  // (e) Case management: the inbox, the outbox and the case page at 8 concurrent clients ------------------
  const agencyToken = await signIn(base, 'agency');
  const caseLoads: {
    key: string;
    label: string;
    token: string;
    query: string;
    vars: (i: number) => Record<string, unknown>;
    /** Refuses an answer that is not the success the figure claims to measure. */
    check?: (data: any) => void;
  }[] = [
    {
      key: 'inbox',
      label: 'referral inbox (복지관, 20 per page)',
      token: agencyToken,
      query: INBOX,
      vars: () => ({ first: 20 }),
    },
    {
      key: 'outbox',
      label: 'referral outbox (주민센터, 20 per page)',
      token: worker.token,
      query: OUTBOX,
      vars: () => ({ first: 20 }),
    },
    {
      // The duplicate check reads the household's ledger, then the provision is written (with a
      // reason, so the whole path runs even where the check finds an overlap).
      key: 'record_provision',
      label: `recordProvision with its overlap check (${provisions.toLocaleString()} provisions)`,
      token: worker.token,
      query: RECORD_PROVISION,
      vars: (i) => ({
        input: {
          householdId: workerHouseholds[i % workerHouseholds.length],
          resourceId: provisionResource,
          startsOn: todayInKorea(),
          amount: 300000,
          overrideReason: 'bench',
        },
      }),
      check: (data) => {
        if (!data.recordProvision.provision)
          throw new Error(`recordProvision refused: ${JSON.stringify(data.recordProvision.errors)}`);
      },
    },
    {
      key: 'case_page',
      label: 'case page (every section)',
      token: worker.token,
      query: CASE_PAGE,
      vars: (i) => ({ id: workerCases[i % workerCases.length] }),
    },
  ];
  for (const l of caseLoads) {
    const latencies: number[] = [];
    let next = 0;
    const started2 = performance.now();
    const client = async () => {
      while (next < requests) {
        const i = next++;
        const q = performance.now();
        const data = await gql(base, l.token, l.query, l.vars(i));
        latencies.push(performance.now() - q);
        l.check?.(data);
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    latencies.sort((a, b) => a - b);
    record(`${l.key}_p50_c8`, round1(percentile(latencies, 0.5)), 'ms', `${l.label}, 8 clients, p50`);
    record(`${l.key}_p95_c8`, round1(percentile(latencies, 0.95)), 'ms', `${l.label}, 8 clients, p95`);
    record(
      `${l.key}_rps_c8`,
      round1(requests / ((performance.now() - started2) / 1000)),
      'req/s',
      `${l.label}, 8 clients, throughput`,
    );
  }

  // (f) The welfare calculator at 8 concurrent clients ---------------------------------------------------
  {
    for (let i = 0; i < Math.min(48, requests); i++)
      await gql(base, null, ESTIMATE, { input: calculatorInput(i) });
    const latencies: number[] = [];
    let next = 0;
    let refused = 0;
    const started3 = performance.now();
    const client = async () => {
      while (next < requests) {
        const i = next++;
        const q = performance.now();
        const data = await gql(base, null, ESTIMATE, { input: calculatorInput(i) });
        latencies.push(performance.now() - q);
        if (data.benefitEstimate.errors.length) refused++;
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    if (refused) throw new Error(`${refused} calculator requests answered errors instead of results`);
    latencies.sort((a, b) => a - b);
    const label3 = 'calculator benefitEstimate (no sign-in), 8 clients';
    record('calculator_p50_c8', round1(percentile(latencies, 0.5)), 'ms', `${label3}, p50`);
    record('calculator_p95_c8', round1(percentile(latencies, 0.95)), 'ms', `${label3}, p95 (target < 20)`);
    record(
      'calculator_rps_c8',
      round1(requests / ((performance.now() - started3) / 1000)),
      'req/s',
      `${label3}, throughput`,
    );
  }
  // (g) The directory (복지샘): its search signed out (words + 시군구 + domain) at 1 and 8 clients ----
  for (const clients of CONCURRENCY) {
    const latencies: number[] = [];
    let next = 0;
    const client = async () => {
      while (next < requests) {
        const i = next++;
        const q = performance.now();
        await gql(base, null, DIRECTORY_SEARCH, { filter: directorySearchFilter(i), first: 20 });
        latencies.push(performance.now() - q);
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    latencies.sort((a, b) => a - b);
    const target = clients === 1 ? 50 : 150;
    record(
      `directory_search_p95_c${clients}`,
      round1(percentile(latencies, 0.95)),
      'ms',
      `directory search over ${resources.toLocaleString()} resources (words + 시군구 + domain), ${clients} client(s), p95 (target < ${target})`,
    );
  }
  //     …and as HSDS: the streamed datapackage and paged JSON
  const hsds = await measureHsdsExport(base, child.pid!, resources);
  record(
    'hsds_zip_services_per_s',
    hsds.zipServicesPerS,
    'services/s',
    `HSDS export.zip of ${resources.toLocaleString()} services`,
  );
  record('hsds_zip_seconds', hsds.zipSeconds, 's', `HSDS export.zip: seconds (${hsds.zipMb} MB)`);
  record(
    'hsds_json_services_per_s',
    hsds.jsonServicesPerS,
    'services/s',
    'HSDS /hsds/services, 50 pages of 200 over the whole list',
  );
  if (hsds.rssGrowthMb !== null)
    record(
      'hsds_export_rss_growth',
      hsds.rssGrowthMb,
      'MB',
      `API server RSS growth over rest (${hsds.restRssMb} MB) during the HSDS export (target < 300)`,
    );

  // (h) The batch evaluation (일괄 판정) of every household with means, searches measured meanwhile ------
  await benchEvaluation({
    base,
    analystToken,
    search: (i) =>
      gql(base, worker.token, SEARCH, {
        filter: { search: NAME_PREFIXES[i % NAME_PREFIXES.length], regionCode: worker.region },
        first: 20,
      }),
    gql: (query, variables) => gql(base, analystToken, query, variables),
    serverPid: child.pid!,
    asOf: todayInKorea(),
    record,
  });

  // (i) The new parameter year's guidance of every 복지멤버십 household, searches measured meanwhile --
  await benchGuidanceRun({
    search: (i) =>
      gql(base, worker.token, SEARCH, {
        filter: { search: NAME_PREFIXES[i % NAME_PREFIXES.length], regionCode: worker.region },
        first: 20,
      }),
    gql: (query, variables) => gql(base, analystToken, query, variables),
    serverPid: child.pid!,
    asOf: todayInKorea(),
    record,
  });

  const rss = peakRssMb(child.pid);
  if (rss !== null) record('server_peak_rss', rss, 'MB', 'API server peak RSS (VmHWM, node process only)');

  // Report ------------------------------------------------------------------------------------------
  const out = (s = '') => process.stdout.write(s + '\n');
  out();
  out(
    `Ieum bench — ${kind} database, ${counts.households.toLocaleString()} households (${counts.worker_dong.toLocaleString()} in the worker's 동), node ${process.version}`,
  );
  out();
  // Hangul takes two terminal columns.
  const width = (v: string) =>
    [...v].reduce((n, ch) => n + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? 2 : 1), 0);
  const pad = (v: string, w: number, right: boolean) =>
    right ? ' '.repeat(Math.max(0, w - width(v))) + v : v + ' '.repeat(Math.max(0, w - width(v)));
  const table = (head: string[], body: string[][], rightFrom: number) => {
    const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
    const line = (r: string[]) =>
      r
        .map((v, i) => pad(v, widths[i], i >= rightFrom))
        .join('  ')
        .trimEnd();
    out(line(head));
    out(widths.map((w) => '-'.repeat(w)).join('  '));
    body.forEach((r) => out(line(r)));
  };
  table(
    ['step', 'value'],
    figures
      .filter((f) => !f.name.startsWith('household_search'))
      .map((f) => [f.label, `${f.value} ${f.unit}`]),
    1,
  );
  out();
  out('Household search over HTTP (name prefix, every other request also filtered by region; ms):');
  table(['caller', 'clients', 'requests', 'p50', 'p95', 'max', 'req/s', 'avg matches'], rows, 1);
  out();
  for (const f of figures) out(`bench ${f.name} ${f.value} ${f.unit} ${label}`);
}

main()
  .then(() => cleanUp())
  .then(() => process.exit(0))
  .catch(async (e: Error) => {
    log(`\nbench failed: ${e.message}`);
    await cleanUp();
    process.exit(1);
  });
