import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { syntheticRrn } from '@ieum/domain';
import { decryptRrn, type DataKeys } from '../personal-data/rrn-cipher';

// Benchmarks of blind-spot detection: signals generated in the database, a large feed over HTTP, and
// a screening round with interactive requests measured while it runs.

const KINDS = [
  'POWER_CUT',
  'WATER_CUT',
  'GAS_CUT',
  'HEALTH_INSURANCE_PREMIUM_ARREARS',
  'RENT_ARREARS',
  'TELECOM_BILL_ARREARS',
  'UNEMPLOYMENT_BENEFIT_NON_RECIPIENT',
  'FINANCIAL_DELINQUENCY',
  'EXCESSIVE_MEDICAL_EXPENSES',
  'HOUSEHOLD_HEAD_DEATH',
  'BUSINESS_CLOSURE',
  'LONG_TERM_NO_MEDICAL_CLAIMS',
  'UNEMPLOYED_DAY_LABORER',
  'JEONSE_VULNERABLE_HOUSEHOLD',
];

export function currentRssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

// Samples a process's resident set while work runs; returns the highest value seen.
export function sampleRss(pid: number): { stop(): number | null } {
  let peak: number | null = null;
  const timer = setInterval(() => {
    const v = currentRssMb(pid);
    if (v !== null) peak = Math.max(peak ?? 0, v);
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

// n signals over random registered people, generated set-based in SQL (a bench fixture, not a feed).
export async function seedSignals(db: DataSource, n: number, asOf: string): Promise<void> {
  const feedId = randomUUID();
  const [{ persons }] = await db.query(`SELECT count(*)::int AS persons FROM persons`);
  const perPerson = 2;
  const share = Math.min(1, n / (persons * perPerson));
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO crisis_signals (feed_id, rrn_hash, kind_code, observed_on, value, source_ref)
       SELECT $1, p.rrn_hash, ($2::text[])[1 + floor(random() * $3)::int], $4::date - floor(random() * 400)::int, 1 + floor(random() * 6)::int, 'bench'
       FROM (SELECT rrn_hash FROM persons WHERE random() < $5) p CROSS JOIN generate_series(1, $6)
       LIMIT $7`,
      [feedId, KINDS, KINDS.length, asOf, share, perPerson, n],
    );
    await tx.query(
      `INSERT INTO crisis_feeds (id, source, status, content_sha256, row_count, matched, account)
       VALUES ($1, 'bench fixture', 'LOADED', $3, $2, $2, 'bench')`,
      [feedId, n, createHash('sha256').update(feedId).digest()],
    );
  });
  await db.query(`ANALYZE crisis_signals`);
}

// Plain numbers of some registered people (to make feed rows that match), decrypted with the bench key.
export async function sampleRrns(db: DataSource, keys: DataKeys, n: number): Promise<string[]> {
  const rows: { enc: Buffer }[] = await db.query(
    `SELECT rrn_encrypted AS enc FROM persons ORDER BY md5(id::text) LIMIT $1`,
    [n],
  );
  return rows.map((r) => decryptRrn(r.enc, keys.encryptionKey));
}

function* feedLines(rows: number, known: string[], asOf: string): Generator<string> {
  yield 'rrn,indicator_kind,observed_on,value,source_ref\n';
  const base = Date.parse(asOf);
  let block = '';
  for (let i = 0; i < rows; i++) {
    // Two rows in three match a registered person; the rest are people not registered (yet).
    const rrn =
      i % 3 !== 2 && known.length
        ? known[i % known.length]
        : syntheticRrn('1970-01-01', i % 2 ? 'MALE' : 'FEMALE', i % 100_000);
    const day = new Date(base - (i % 300) * 86_400_000).toISOString().slice(0, 10);
    block += `${rrn},${KINDS[i % KINDS.length]},${day},${1 + (i % 5)},BENCH-${i}\n`;
    if (block.length > 64_000) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}

// Sends a generated feed of `rows` rows to POST /api/feeds and waits for the answer. The file is
// written first, untimed: a partner sends a file it already has, and generating rows while timing
// would take this 2-core machine's CPU from the server being measured.
export async function postLargeFeed(
  base: string,
  token: string,
  rows: number,
  known: string[],
  asOf: string,
): Promise<{ ms: number; body: any }> {
  const dir = mkdtempSync(join(tmpdir(), 'ieum-bench-feed-'));
  const file = join(dir, 'feed.csv');
  try {
    await pipeline(Readable.from(feedLines(rows, known, asOf)), createWriteStream(file));
    const started = performance.now();
    const body = await new Promise<any>((resolve, reject) => {
      const req = request(
        `${base}/api/feeds?source=bench`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(text));
            } catch {
              reject(new Error(`feed answer ${res.statusCode}: ${text.slice(0, 300)}`));
            }
          });
        },
      );
      req.on('error', reject);
      createReadStream(file).on('error', reject).pipe(req);
    });
    return { ms: performance.now() - started, body };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
