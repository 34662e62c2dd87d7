import 'reflect-metadata';
import { sectorOf } from '@ieum/domain';
import { loadConfig } from '../config';
import { openDatabase } from '../database';
import { createUser } from '../modules/auth/auth.service';
import { fail, flag } from './args';

// In production there is no demo data: the first administrator is made here.
// npm run create-admin -- --email admin@example.kr --name "관리자"   (password from IEUM_ADMIN_PASSWORD)
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const email = flag(argv, 'email');
  const name = flag(argv, 'name') ?? '관리자';
  const password = process.env.IEUM_ADMIN_PASSWORD;
  if (!email || !password)
    fail(
      'Usage: IEUM_ADMIN_PASSWORD=… npm run create-admin -- --email <email> [--name <name>] [--agency "<agency name>"]',
    );
  const agencyName = flag(argv, 'agency') ?? '보건복지부';
  const db = await openDatabase(loadConfig());
  try {
    const ds = db.dataSource;
    let [agency] = await ds.query(`SELECT id FROM agencies WHERE name = $1`, [agencyName]);
    agency ??= (
      await ds.query(
        `INSERT INTO agencies (name, kind, sector, region_code) VALUES ($1, 'MINISTRY', $2, '3600000000') RETURNING id`,
        [agencyName, sectorOf('MINISTRY')],
      )
    )[0];
    const result = await createUser(ds, { email, name, password, role: 'ADMIN', agencyId: agency.id });
    if (result.errors.length)
      fail(result.errors.map((e) => `${e.path?.at(-1) ?? 'input'}: ${e.message}`).join('\n'));
    // eslint-disable-next-line no-console
    console.log(`created administrator ${email}`);
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => fail(`create-admin failed: ${e.message}`));
