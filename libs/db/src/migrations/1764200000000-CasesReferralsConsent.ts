import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 통합사례관리, 서비스 의뢰·회송 and 정보제공 동의. Each state lives in the database with its
// invariants: one open case per household, a consent that names its recipient, purpose, items and
// period and records the notice of the right to refuse, and a referral history that is only appended.
export class CasesReferralsConsent1764200000000 implements MigrationInterface {
  name = 'CasesReferralsConsent1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES households(id),
        grantee_agency_id uuid NOT NULL REFERENCES agencies(id),
        scopes varchar(12)[] NOT NULL
          CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['BASIC', 'HEALTH', 'FINANCES', 'CASE_NOTES']::varchar[]),
        purpose text NOT NULL CHECK (length(btrim(purpose)) >= 2),
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        refusal_right_notified boolean NOT NULL CHECK (refusal_right_notified),
        recorded_by uuid REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES users(id),
        CHECK (valid_from <= valid_until)
      );
      CREATE INDEX "IDX_consents_household" ON consents (household_id, grantee_agency_id);
      CREATE INDEX "IDX_consents_grantee" ON consents (grantee_agency_id) WHERE withdrawn_at IS NULL;

      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES households(id),
        status varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        lead_agency_id uuid NOT NULL REFERENCES agencies(id),
        responsible_user_id uuid NOT NULL REFERENCES users(id),
        candidate_id uuid REFERENCES screening_candidates(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closure_reason varchar(20),
        closure_note text,
        version int NOT NULL DEFAULT 1,
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND closure_reason IS NOT NULL))
      );
      CREATE UNIQUE INDEX "UQ_cases_one_open" ON cases (household_id) WHERE status = 'OPEN';
      CREATE INDEX "IDX_cases_lead" ON cases (lead_agency_id, status, opened_at DESC);
      CREATE INDEX "IDX_cases_responsible" ON cases (responsible_user_id, status);

      CREATE TABLE case_partners (
        case_id uuid NOT NULL REFERENCES cases(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, agency_id)
      );
      CREATE INDEX "IDX_case_partners_agency" ON case_partners (agency_id);

      CREATE TABLE needs_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        items jsonb NOT NULL
      );
      CREATE INDEX "IDX_needs_assessments_case" ON needs_assessments (case_id, recorded_at DESC);

      CREATE TABLE case_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        title text NOT NULL,
        target_date date NOT NULL,
        needs varchar(20)[] NOT NULL CHECK (cardinality(needs) > 0),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_case_goals_case" ON case_goals (case_id, target_date);

      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        from_agency_id uuid NOT NULL REFERENCES agencies(id),
        to_agency_id uuid NOT NULL REFERENCES agencies(id),
        service text NOT NULL CHECK (length(btrim(service)) > 0),
        note text NOT NULL DEFAULT '',
        sent_on date NOT NULL,
        reply_by date NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'IN_SERVICE', 'COMPLETED', 'CANCELLED')),
        status_since timestamptz NOT NULL DEFAULT now(),
        deadline date,
        decline_reason text,
        outcome varchar(24) CHECK (outcome IN ('SERVED', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'UNREACHABLE', 'DECLINED_BY_RESIDENT', 'REFERRED_ELSEWHERE')),
        outcome_note text,
        version int NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        escalated_at timestamptz,
        CHECK (from_agency_id <> to_agency_id),
        CHECK ((status = 'COMPLETED') = (outcome IS NOT NULL)),
        CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL)
      );
      CREATE INDEX "IDX_referrals_to" ON referrals (to_agency_id, status, created_at DESC);
      CREATE INDEX "IDX_referrals_from" ON referrals (from_agency_id, status, created_at DESC);
      CREATE INDEX "IDX_referrals_case" ON referrals (case_id);
      CREATE INDEX "IDX_referrals_open_deadline" ON referrals (deadline) WHERE status IN ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE');

      -- Every step of a referral, appended; never changed.
      CREATE TABLE referral_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referrals(id),
        status varchar(12) NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        account text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        note text
      );
      CREATE INDEX "IDX_referral_events_referral" ON referral_events (referral_id, id);

      CREATE TABLE case_services (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        goal_id uuid REFERENCES case_goals(id),
        referral_id uuid REFERENCES referrals(id),
        service text NOT NULL CHECK (length(btrim(service)) > 0),
        provided_on date NOT NULL,
        note text NOT NULL DEFAULT '',
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_case_services_case" ON case_services (case_id, provided_on DESC);

      CREATE TABLE case_conferences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        held_on date NOT NULL,
        participants jsonb NOT NULL,
        decisions text[] NOT NULL CHECK (cardinality(decisions) > 0),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_case_conferences_case" ON case_conferences (case_id, held_on DESC);

      CREATE TABLE progress_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        goal_id uuid REFERENCES case_goals(id),
        noted_on date NOT NULL,
        text text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_progress_notes_case" ON progress_notes (case_id, noted_on DESC);

      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind varchar(30) NOT NULL,
        title text NOT NULL,
        link text,
        entity_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX "IDX_notifications_user" ON notifications (user_id, created_at DESC);
      CREATE INDEX "IDX_notifications_unread" ON notifications (user_id) WHERE read_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE notifications; DROP TABLE progress_notes; DROP TABLE case_conferences; DROP TABLE case_services;
      DROP TABLE referral_events; DROP TABLE referrals; DROP TABLE case_goals; DROP TABLE needs_assessments;
      DROP TABLE case_partners; DROP TABLE cases; DROP TABLE consents;
    `);
  }
}
