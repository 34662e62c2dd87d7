import { DataSource, type Logger } from 'typeorm';
import { InitialSchema1764000000000 } from './migrations/1764000000000-InitialSchema';
import { LoadRegions20231764000000001 } from './migrations/1764000000001-LoadRegions2023';
import { BlindSpotDetection1764100000000 } from './migrations/1764100000000-BlindSpotDetection';
import { LoadCrisisIndicators1764100000001 } from './migrations/1764100000001-LoadCrisisIndicators';
import { DefaultScreeningRules1764100000002 } from './migrations/1764100000002-DefaultScreeningRules';
import { HouseholdFacts1764100000003 } from './migrations/1764100000003-HouseholdFacts';
import { CasesReferralsConsent1764200000000 } from './migrations/1764200000000-CasesReferralsConsent';
import { ReferralInboxIndexes1764200000001 } from './migrations/1764200000001-ReferralInboxIndexes';
import { PersonHousehold1764200000002 } from './migrations/1764200000002-PersonHousehold';
import { FeedClientAddress1764200000003 } from './migrations/1764200000003-FeedClientAddress';
import { NotifyUnreadChanges1764200000004 } from './migrations/1764200000004-NotifyUnreadChanges';
import { SignalLookupHashIndex1764200000005 } from './migrations/1764200000005-SignalLookupHashIndex';
import { CandidateBreakdownJson1764200000006 } from './migrations/1764200000006-CandidateBreakdownJson';
import { Regions20261764300000000 } from './migrations/1764300000000-Regions2026';
import { Contacts1764300000001 } from './migrations/1764300000001-Contacts';
import { AccessLogViewing1764300000002 } from './migrations/1764300000002-AccessLogViewing';
import { CaseNumbers1764300000003 } from './migrations/1764300000003-CaseNumbers';
import { IndicatorNotesForUsers1764300000009 } from './migrations/1764300000009-IndicatorNotesForUsers';
import { ListOrders1764300000010 } from './migrations/1764300000010-ListOrders';
import { Resources1764300000020 } from './migrations/1764300000020-Resources';
import { ReferralResources1764400000020 } from './migrations/1764400000020-ReferralResources';
import { HouseholdMeans1764400000000 } from './migrations/1764400000000-HouseholdMeans';
import { EligibilityDecisions1764400000001 } from './migrations/1764400000001-EligibilityDecisions';
import { BenefitApplications1764400000010 } from './migrations/1764400000010-BenefitApplications';
import { Provisions1764400000030 } from './migrations/1764400000030-Provisions';
import { ApplicationProvisions1764400000031 } from './migrations/1764400000031-ApplicationProvisions';
import { EligibilityEvaluations1764400000050 } from './migrations/1764400000050-EligibilityEvaluations';
import { ResourceSearchBigrams1764400000060 } from './migrations/1764400000060-ResourceSearchBigrams';
import { MeansFeedsReverification1764500000400 } from './migrations/1764500000400-MeansFeedsReverification';
import { WelfareMembership1764500000500 } from './migrations/1764500000500-WelfareMembership';

export const MIGRATIONS = [
  InitialSchema1764000000000,
  LoadRegions20231764000000001,
  BlindSpotDetection1764100000000,
  LoadCrisisIndicators1764100000001,
  DefaultScreeningRules1764100000002,
  HouseholdFacts1764100000003,
  CasesReferralsConsent1764200000000,
  ReferralInboxIndexes1764200000001,
  PersonHousehold1764200000002,
  FeedClientAddress1764200000003,
  NotifyUnreadChanges1764200000004,
  SignalLookupHashIndex1764200000005,
  CandidateBreakdownJson1764200000006,
  Regions20261764300000000,
  Contacts1764300000001,
  AccessLogViewing1764300000002,
  CaseNumbers1764300000003,
  IndicatorNotesForUsers1764300000009,
  ListOrders1764300000010,
  Resources1764300000020,
  HouseholdMeans1764400000000,
  EligibilityDecisions1764400000001,
  BenefitApplications1764400000010,
  ReferralResources1764400000020,
  Provisions1764400000030,
  ApplicationProvisions1764400000031,
  EligibilityEvaluations1764400000050,
  ResourceSearchBigrams1764400000060,
  MeansFeedsReverification1764500000400,
  WelfareMembership1764500000500,
];

// Counts the SQL statements TypeORM sends; tests use it to prove a query's statement count does not
// grow with the number of rows it returns.
export class StatementCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  statementCounter?: StatementCounter;
  applicationName?: string;
}

// SQL-first: the migrations write the schema and the services send parameterised SQL through
// dataSource.query, so there are no entities; TypeORM is the connection pool and the migration runner.
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: opts.statementCounter ? ['query'] : false,
    logger: opts.statementCounter,
    extra: { max: opts.poolSize ?? 10, application_name: opts.applicationName ?? 'ieum' },
  });
}
