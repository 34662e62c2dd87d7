import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 복지멤버십 (맞춤형 급여 안내): a household that joins is re-evaluated whenever its data changes, and
// told of each programme that becomes available or pays more. A membership names the consent it
// rests on (정보제공 동의: items, purpose, period, notice of the right to refuse); leaving ends it at
// once. A standing is the last result the household was evaluated to per programme, the baseline
// the next evaluation is compared with; a message is one change worth telling, unique per the data
// it came from (basis), so the same change never sends a second message however often it is
// evaluated. The outbox is what an SMS or 알림톡 sender reads: a row per message with its delivery
// state, and no personal data beyond the person it goes to (the sender looks up the number).
export class WelfareMembership1764500000500 implements MigrationInterface {
  name = 'WelfareMembership1764500000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE welfare_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES households(id),
        -- Who the messages go to: the member who joined, or the head when a centre enrolled them.
        person_id uuid NOT NULL REFERENCES persons(id),
        consent_id uuid NOT NULL REFERENCES consents(id),
        status varchar(8) NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
        channel varchar(8) NOT NULL CHECK (channel IN ('PORTAL', 'CENTRE')),
        joined_agency_id uuid REFERENCES agencies(id),
        joined_by text NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_by text,
        left_at timestamptz,
        CHECK ((status = 'LEFT') = (left_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX "UQ_welfare_memberships_active" ON welfare_memberships (household_id) WHERE status = 'ACTIVE';

      CREATE TABLE guidance_standings (
        membership_id uuid NOT NULL REFERENCES welfare_memberships(id),
        programme varchar(32) NOT NULL,
        eligible boolean NOT NULL,
        monthly_amount bigint,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (membership_id, programme)
      );

      CREATE TABLE guidance_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        membership_id uuid NOT NULL REFERENCES welfare_memberships(id),
        household_id uuid NOT NULL REFERENCES households(id),
        programme varchar(32) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('NEWLY_AVAILABLE', 'AMOUNT_RAISED')),
        estimated_monthly_amount bigint,
        previous_monthly_amount bigint,
        reasons text[] NOT NULL,
        trigger varchar(16) NOT NULL CHECK (trigger IN ('JOINED', 'MEANS', 'CRISIS_SIGNAL', 'MEMBERS', 'PARAMETER_YEAR')),
        as_of date NOT NULL,
        basis char(32) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (membership_id, programme, basis)
      );
      CREATE INDEX "IDX_guidance_messages_household" ON guidance_messages (household_id, created_at DESC, id DESC);

      CREATE TABLE notification_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        channel varchar(10) NOT NULL CHECK (channel IN ('SMS', 'ALIMTALK')),
        person_id uuid NOT NULL REFERENCES persons(id),
        guidance_message_id uuid NOT NULL UNIQUE REFERENCES guidance_messages(id),
        -- The words sent: no amount, no programme detail (a phone screen is not private).
        body text NOT NULL,
        state varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX "IDX_notification_outbox_pending" ON notification_outbox (id) WHERE state = 'PENDING';

      -- Every member at once (1 January's new parameter year, or on demand): progress and the
      -- household id the last committed chunk ended at, so a killed run resumes after it.
      CREATE TABLE guidance_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        as_of date NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        members_total int,
        members_done int NOT NULL DEFAULT 0,
        messages int NOT NULL DEFAULT 0,
        resume_after uuid,
        failure text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE UNIQUE INDEX "UQ_guidance_runs_one_active" ON guidance_runs ((true)) WHERE status IN ('QUEUED', 'RUNNING');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE guidance_runs, notification_outbox, guidance_messages, guidance_standings, welfare_memberships`,
    );
  }
}
