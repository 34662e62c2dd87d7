import type { DataSource } from 'typeorm';
import { sampleRss } from './screening-bench';

// The new parameter year's guidance (1 January, 맞춤형 급여 안내): every household with means is
// enrolled in 복지멤버십 in SQL (a consent to BASIC, FINANCES and HEALTH each), then one run
// evaluates every member on the date and writes what they may now receive.

/** Enrols every household (head as the person told) with its consent, set-based. */
export async function seedMemberships(db: DataSource, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [who] = await tx.query(
      `SELECT u.id, u.agency_id AS "agencyId" FROM users u WHERE u.email LIKE 'worker@%' LIMIT 1`,
    );
    await tx.query(
      `WITH c AS (
         INSERT INTO consents (household_id, grantee_agency_id, scopes, purpose, valid_from, valid_until, refusal_right_notified, recorded_by)
         SELECT h.id, $1, '{BASIC,FINANCES,HEALTH}', '복지멤버십 맞춤형 급여 안내 (bench)', $3::date, $3::date + 364, true, $2
         FROM households h
         RETURNING id, household_id
       )
       INSERT INTO welfare_memberships (household_id, person_id, consent_id, status, channel, joined_agency_id, joined_by)
       SELECT c.household_id,
         (SELECT hm.person_id FROM household_members hm WHERE hm.household_id = c.household_id
          ORDER BY (hm.relationship = 'HEAD') DESC, hm.person_id LIMIT 1),
         c.id, 'ACTIVE', 'CENTRE', $1, 'bench'
       FROM c`,
      [who.agencyId, who.id, today],
    );
    const [{ n }] = await tx.query(
      `SELECT count(*)::int AS n FROM welfare_memberships WHERE status = 'ACTIVE'`,
    );
    return n as number;
  });
}

const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Starts the every-member run, polls it to DONE while one client searches households, and records it. */
export async function benchGuidanceRun(opts: {
  search: (i: number) => Promise<unknown>;
  gql: (query: string, variables: Record<string, unknown>) => Promise<any>;
  serverPid: number;
  asOf: string;
  record: (name: string, value: number, unit: string, label: string) => void;
}): Promise<void> {
  const { gql, record } = opts;
  const sampler = sampleRss(opts.serverPid);
  const started = performance.now();
  const start = await gql(
    `mutation($asOf: LocalDate!) { startWelfareGuidanceRun(input: { asOf: $asOf }) { run { id } errors { code message } } }`,
    { asOf: opts.asOf },
  );
  if (start.startWelfareGuidanceRun.errors.length)
    throw new Error(`guidance run not started: ${JSON.stringify(start.startWelfareGuidanceRun.errors)}`);
  const id = start.startWelfareGuidanceRun.run.id;
  let run: any = { status: 'QUEUED' };
  const active = () => run.status === 'QUEUED' || run.status === 'RUNNING';
  let lastLog = 0;
  const poll = (async () => {
    while (active()) {
      run = (
        await gql(
          `query($id: ID!) { welfareGuidanceRun(id: $id) { status membersTotal membersDone messages failure } }`,
          { id },
        )
      ).welfareGuidanceRun;
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        process.stderr.write(
          `  guidance: ${run.membersDone ?? 0} / ${run.membersTotal ?? '?'} members, ${run.messages} messages (${Math.round((performance.now() - started) / 1000)} s)\n`,
        );
      }
      if (active()) await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const latencies: number[] = [];
  const load = (async () => {
    for (let i = 0; active(); i++) {
      const q = performance.now();
      await opts.search(i);
      latencies.push(performance.now() - q);
    }
  })();
  await Promise.all([poll, load]);
  const ms = performance.now() - started;
  const peak = sampler.stop();
  if (run.status !== 'DONE') throw new Error(`the guidance run ended ${run.status}: ${run.failure ?? ''}`);
  const s = ms / 1000;
  record(
    'guidance_new_year_seconds',
    Math.round(ms / 100) / 10,
    's',
    `new-year guidance of ${run.membersDone.toLocaleString()} 복지멤버십 households, end to end`,
  );
  record(
    'guidance_new_year_members_per_s',
    Math.round(run.membersDone / s),
    'members/s',
    'new-year guidance rate',
  );
  record(
    'guidance_new_year_messages_per_s',
    Math.round(run.messages / s),
    'messages/s',
    `guidance messages written (${run.messages.toLocaleString()}, each with its outbox row)`,
  );
  if (peak !== null)
    record('guidance_new_year_server_rss_peak', peak, 'MB', 'API server RSS peak during the run');
  latencies.sort((a, b) => a - b);
  if (latencies.length)
    record(
      'guidance_new_year_interactive_p95',
      round1(percentile(latencies, 0.95)),
      'ms',
      `household search while the run goes, p95 (${latencies.length} requests)`,
    );
}
