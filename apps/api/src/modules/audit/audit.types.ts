import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { Agency } from '../agencies/agencies.types';
import { User } from '../auth/auth.types';
import { Person } from '../households/households.types';

export enum AccessAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  PRINT = 'PRINT',
  DOWNLOAD = 'DOWNLOAD',
}
registerEnumType(AccessAction, {
  name: 'AccessAction',
  description: '조회, 입력, 변경, 삭제, 출력, 다운로드',
});

@ObjectType({ description: '개인정보 접근기록: who read or changed which person, when, how and from where' })
export class AccessLogEntry {
  @Field(() => ID) id!: string;
  @Field(() => Date, { description: 'To the second' }) at!: Date;
  @Field(() => String, { description: "The user's email or 'apikey:<prefix>'" }) account!: string;
  userId!: string | null;
  @Field(() => User, { nullable: true }) user?: User | null;
  @Field(() => ID, { nullable: true }) apiKeyId!: string | null;
  agencyId!: string | null;
  @Field(() => Agency, { nullable: true }) agency?: Agency | null;
  @Field(() => AccessAction) action!: AccessAction;
  @Field(() => String, { description: 'The GraphQL operation' }) operation!: string;
  @Field(() => ID) personId!: string;
  @Field(() => Person, { nullable: true, description: 'Reading it is itself recorded' })
  person?: Person | null;
  @Field(() => String) clientAddress!: string;
}

@ObjectType()
export class AccessLogEntryConnection extends Connection(AccessLogEntry) {}

@InputType()
export class AccessLogFilter {
  @Field(() => ID, { nullable: true }) personId?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}
