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
  @Field(() => ID, { nullable: true, description: 'Null for a row that records a viewing (see detail)' })
  personId!: string | null;
  @Field(() => Person, {
    nullable: true,
    description: 'Viewing the log is recorded once per viewing, naming its filter',
  })
  person?: Person | null;
  @Field(() => String, {
    nullable: true,
    description: "What was read when it was not one person: e.g. the access log's filter",
  })
  detail!: string | null;
  @Field(() => String) clientAddress!: string;
}

@ObjectType()
export class AccessLogEntryConnection extends Connection(AccessLogEntry) {}

@InputType()
export class AccessLogFilter {
  @Field(() => String, { nullable: true, description: "The person's name, or its beginning ('김민')" })
  person?: string;
  @Field(() => String, {
    nullable: true,
    description: "The user's name or e-mail, or its beginning; a partner system's key name",
  })
  user?: string;
  @Field(() => AccessAction, { nullable: true }) action?: AccessAction;
  @Field(() => ID, { nullable: true }) personId?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}
