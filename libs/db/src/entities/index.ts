import { AccessLogEntity } from './access-log.entity';
import { AgencyEntity } from './agency.entity';
import { ApiKeyEntity } from './api-key.entity';
import { HouseholdEntity, HouseholdMemberEntity } from './household.entity';
import { PersonEntity } from './person.entity';
import { RegionEntity } from './region.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export {
  AccessLogEntity,
  AgencyEntity,
  ApiKeyEntity,
  HouseholdEntity,
  HouseholdMemberEntity,
  PersonEntity,
  RegionEntity,
  SessionEntity,
  UserEntity,
};

export const ENTITIES = [
  RegionEntity,
  AgencyEntity,
  UserEntity,
  SessionEntity,
  ApiKeyEntity,
  PersonEntity,
  HouseholdEntity,
  HouseholdMemberEntity,
  AccessLogEntity,
];
