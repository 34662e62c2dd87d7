import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Tells every API process (LISTEN ieum_unread) whose unread notifications changed, once per user
// per statement, so open pages update their count without polling.
export class NotifyUnreadChanges1764200000004 implements MigrationInterface {
  name = 'NotifyUnreadChanges1764200000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notifications_announce() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('ieum_unread', user_id::text) FROM (SELECT DISTINCT user_id FROM changed) u;
        RETURN NULL;
      END $$;
      CREATE TRIGGER notifications_announce_insert AFTER INSERT ON notifications
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notifications_announce();
      CREATE TRIGGER notifications_announce_update AFTER UPDATE ON notifications
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notifications_announce();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER notifications_announce_insert ON notifications;
      DROP TRIGGER notifications_announce_update ON notifications;
      DROP FUNCTION notifications_announce();
    `);
  }
}
