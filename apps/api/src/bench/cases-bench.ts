import type { DataSource } from 'typeorm';

// Case-management bench fixture: `cases` open cases led by the demo 주민센터 over random households,
// a consent to the demo 복지관 for each, and three referrals per case in every state, set-based.
export async function seedCases(db: DataSource, cases: number): Promise<void> {
  const [ids] = await db.query(
    `SELECT (SELECT id FROM agencies WHERE name = '청운효자동 주민센터') AS lead, (SELECT id FROM users WHERE email = 'worker@demo.ieum.kr') AS worker,
            (SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER' LIMIT 1) AS welfare, (SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER' LIMIT 1) AS health,
            (SELECT id FROM agencies WHERE name = '사직동 주민센터') AS sajik`,
  );
  await db.transaction(async (tx) => {
    // Every household of the worker's 동 first (so the case page has cases to open), then random ones.
    await tx.query(
      `INSERT INTO cases (household_id, lead_agency_id, responsible_user_id, opened_at)
       SELECT h.id, $1, $2, now() - (random() * 365)::int * interval '1 day'
       FROM households h ORDER BY (h.region_code = '1111051500') DESC, random() LIMIT $3`,
      [ids.lead, ids.worker, cases],
    );
    await tx.query(
      `INSERT INTO consents (household_id, grantee_agency_id, scopes, purpose, valid_from, valid_until, refusal_right_notified)
       SELECT household_id, $1, '{BASIC,CASE_NOTES}', 'bench', current_date - 30, current_date + 300, true FROM cases`,
      [ids.welfare],
    );
    await tx.query(`INSERT INTO case_partners (case_id, agency_id) SELECT id, $1 FROM cases`, [ids.welfare]);
    await tx.query(
      `INSERT INTO referrals (case_id, from_agency_id, to_agency_id, service, sent_on, reply_by, status, deadline, outcome, decline_reason, created_by, created_at)
       SELECT c.id, $1, (ARRAY[$2::uuid, $3::uuid, $4::uuid])[g], '벤치 서비스 ' || g, d, d + 7, st,
              CASE WHEN st IN ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE') THEN d + 10 END,
              CASE WHEN st = 'COMPLETED' THEN 'SERVED' END, CASE WHEN st = 'DECLINED' THEN '정원 초과' END, 'bench', d
       FROM cases c CROSS JOIN generate_series(1, 3) g
       CROSS JOIN LATERAL (SELECT (current_date - (random() * 200)::int) AS d,
                                  (ARRAY['SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED', 'CANCELLED'])[1 + (random() * 6)::int] AS st) x`,
      [ids.lead, ids.welfare, ids.health, ids.sajik],
    );
    await tx.query(
      `INSERT INTO referral_events (referral_id, status, agency_id, account, at)
       SELECT id, 'SENT', from_agency_id, 'bench', created_at FROM referrals
       UNION ALL SELECT id, status, to_agency_id, 'bench', created_at + interval '1 day' FROM referrals WHERE status <> 'SENT'`,
    );
  });
  await db.query(
    'ANALYZE cases; ANALYZE referrals; ANALYZE referral_events; ANALYZE consents; ANALYZE case_partners',
  );
}

export const INBOX = `query Inbox($first: Int) { referrals(filter: { direction: INCOMING }, first: $first) { totalCount edges { node {
  id status overdue service sentOn deadline fromAgency { name } history { status at agency { name } } household { address } availableActions } } } }`;
export const OUTBOX = `query Outbox($first: Int) { referrals(filter: { direction: OUTGOING }, first: $first) { totalCount edges { node {
  id status overdue service toAgency { name } history { status at } } } } }`;
export const CASE_PAGE = `query CasePage($id: ID!) { case(id: $id) { id status openedAt household { address members { relationship person { name rrnMasked } } }
  leadAgency { name } responsible { name } partners { name } access { full scopes }
  assessments { recordedAt items { domain level note } } goals { title targetDate needs } services { service providedOn agency { name } }
  conferences { heldOn decisions } progressNotes { notedOn text } referrals { id status service toAgency { name } history { status at } } timeline { at kind label } } }`;
