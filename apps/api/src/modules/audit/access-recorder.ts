import type { DataSource } from 'typeorm';
import type { Actor } from '../../context';

export type AccessAction = 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'PRINT' | 'DOWNLOAD';

// Collects the persons whose data a request touched and writes them to the access log
// (개인정보 접근기록) in one statement when the response is sent: one row per person and action.
export class AccessRecorder {
  private readonly touched = new Map<string, AccessAction>();
  private readonly viewings = new Set<string>();
  operation = 'unknown';

  constructor(
    private readonly actor: Actor | null,
    private readonly clientAddress: string,
  ) {}

  record(personId: string, action: AccessAction = 'READ'): void {
    if (!this.actor) return;
    this.touched.set(`${action}:${personId}`, action);
  }

  /** One row for a read that shows many persons at once (the access log itself), naming what was asked. */
  recordViewing(detail: string): void {
    if (!this.actor) return;
    this.viewings.add(detail.slice(0, 500));
  }

  get size(): number {
    return this.touched.size + this.viewings.size;
  }

  async flush(db: DataSource): Promise<void> {
    if (!this.actor || this.size === 0) return;
    const actions: string[] = [];
    const personIds: (string | null)[] = [];
    const details: (string | null)[] = [];
    for (const [key, action] of this.touched) {
      actions.push(action);
      personIds.push(key.slice(action.length + 1));
      details.push(null);
    }
    for (const detail of this.viewings) {
      actions.push('READ');
      personIds.push(null);
      details.push(detail);
    }
    this.touched.clear();
    this.viewings.clear();
    const a = this.actor;
    await db.query(
      `INSERT INTO access_log (account, user_id, api_key_id, agency_id, person_id, action, operation, client_address, detail)
       SELECT $1, $2, $3, $4, p, act, $5, $6, d FROM unnest($7::uuid[], $8::varchar[], $9::text[]) AS t(p, act, d)`,
      [
        a.account,
        a.userId,
        a.apiKeyId,
        a.agencyId,
        this.operation.slice(0, 200),
        this.clientAddress,
        personIds,
        actions,
        details,
      ],
    );
  }
}
