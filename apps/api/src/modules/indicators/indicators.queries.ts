// Indicators: the SQL the loaders share.
import type { DataSource } from 'typeorm';

// Every kind's name in one language, for explanations in words.
export async function kindNames(
  db: DataSource,
  langs: readonly ('ko' | 'en')[],
): Promise<Map<string, string>[]> {
  const rows: { code: string; ko: string; en: string }[] = await db.query(
    `SELECT code, name_ko AS ko, name_en AS en FROM crisis_indicator_kinds`,
  );
  return langs.map((lang) => new Map(rows.map((r) => [r.code, r[lang]])));
}
