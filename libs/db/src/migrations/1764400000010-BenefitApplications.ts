import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 급여 신청 from anywhere: an application is received by the household's home 읍면동 (receiving
// region) whoever took it, so a centre elsewhere (전국 단위 신청) or a private agency (신청 대행,
// under the consent it names) hands it over by this row. Every step is appended to
// benefit_application_events, which refuses changes like the access log. One open application per
// household and programme, so two centres cannot take the same one twice.
export class BenefitApplications1764400000010 implements MigrationInterface {
  name = 'BenefitApplications1764400000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benefit_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES households(id),
        applicant_person_id uuid NOT NULL REFERENCES persons(id),
        -- The programme list is data in libs/domain (applications/application-programmes.ts).
        programme varchar(40) NOT NULL CHECK (programme ~ '^[A-Z][A-Z_]*$'),
        on_behalf boolean NOT NULL DEFAULT false,
        applicant_agency_id uuid NOT NULL REFERENCES agencies(id),
        submitted_by_user_id uuid REFERENCES users(id),
        submitted_by_api_key_id uuid REFERENCES api_keys(id),
        submitted_by text NOT NULL,
        consent_id uuid REFERENCES consents(id),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
        receiving_region_code varchar(10) NOT NULL REFERENCES regions(code),
        status varchar(20) NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'DOCUMENTS_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        status_reason text,
        status_since timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CHECK (submitted_by_user_id IS NOT NULL OR submitted_by_api_key_id IS NOT NULL),
        -- 신청 대행 is traceable to the consent that allowed it (개인정보 보호법 제17조).
        CHECK (NOT on_behalf OR consent_id IS NOT NULL),
        CHECK (status <> 'REJECTED' OR status_reason IS NOT NULL)
      );
      CREATE INDEX "IDX_benefit_applications_receiving" ON benefit_applications (receiving_region_code, submitted_at DESC, id DESC);
      CREATE INDEX "IDX_benefit_applications_agency" ON benefit_applications (applicant_agency_id, submitted_at DESC, id DESC);
      CREATE INDEX "IDX_benefit_applications_household" ON benefit_applications (household_id);
      CREATE UNIQUE INDEX "UQ_benefit_applications_open" ON benefit_applications (household_id, programme)
        WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'DOCUMENTS_REQUESTED');

      CREATE TABLE benefit_application_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES benefit_applications(id),
        action varchar(20) NOT NULL
          CHECK (action IN ('SUBMIT', 'REVIEW', 'REQUEST_DOCUMENTS', 'APPROVE', 'REJECT', 'WITHDRAW')),
        from_status varchar(20),
        to_status varchar(20) NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        account text NOT NULL,
        reason text,
        at timestamptz NOT NULL DEFAULT now(),
        CHECK ((action = 'SUBMIT') = (from_status IS NULL))
      );
      CREATE INDEX "IDX_benefit_application_events" ON benefit_application_events (application_id, id);
      CREATE FUNCTION benefit_application_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'benefit_application_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER benefit_application_events_append_only BEFORE UPDATE OR DELETE ON benefit_application_events
        FOR EACH ROW EXECUTE FUNCTION benefit_application_events_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE benefit_application_events;
      DROP FUNCTION benefit_application_events_refuse_change();
      DROP TABLE benefit_applications;
    `);
  }
}
