import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { CRISIS_INDICATOR_LIST, readCrisisIndicatorList } from '../reference/crisis-indicator-list';

// The seed list's two 자살고위험군 kinds came with a note for developers about how the list was split
// (it stays in libs/db/data/crisis/crisis-indicators.csv, the loader's input); the 위기정보 유형 page
// shows notes to users, so they get a sentence saying what each kind covers. A note an analyst has
// changed since is left alone.
/** The note both kinds were loaded with. */
const seedNote = () =>
  readCrisisIndicatorList(CRISIS_INDICATOR_LIST).find((kind) => kind.code === 'SUICIDE_HIGH_RISK_MANAGED')
    ?.note;
const USER_NOTES: readonly [code: string, note: string][] = [
  [
    'SUICIDE_HIGH_RISK_MANAGED',
    '정신건강복지센터·자살예방센터의 관리대상자입니다. 응급실에 내원한 자해·자살시도자는 별도 유형입니다.',
  ],
  [
    'SUICIDE_ATTEMPT_ER_VISIT',
    '자해·자살시도로 응급실에 내원한 사람입니다. 센터의 관리대상자는 별도 유형입니다.',
  ],
];

export class IndicatorNotesForUsers1764300000009 implements MigrationInterface {
  name = 'IndicatorNotesForUsers1764300000009';

  async up(q: QueryRunner): Promise<void> {
    const old = seedNote();
    if (!old) return;
    for (const [code, note] of USER_NOTES) {
      await q.query(`UPDATE crisis_indicator_kinds SET note = $2 WHERE code = $1 AND note = $3`, [
        code,
        note,
        old,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const old = seedNote();
    if (!old) return;
    for (const [code, note] of USER_NOTES) {
      await q.query(`UPDATE crisis_indicator_kinds SET note = $3 WHERE code = $1 AND note = $2`, [
        code,
        note,
        old,
      ]);
    }
  }
}
