import { Column, Entity, PrimaryColumn } from 'typeorm';

// 개인정보 접근기록 (안전성 확보조치 기준 제8조): append-only; a trigger refuses UPDATE and DELETE.
@Entity('access_log')
export class AccessLogEntity {
  @PrimaryColumn('bigint') id!: string;
  @Column({ type: 'timestamptz', precision: 0 }) at!: Date;
  @Column('text') account!: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('uuid', { name: 'api_key_id', nullable: true }) apiKeyId!: string | null;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 10 }) action!: string;
  @Column('text') operation!: string;
  @Column('text', { name: 'client_address' }) clientAddress!: string;
}
