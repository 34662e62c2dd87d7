import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind, AgencySector } from '@ieum/domain';

// 기관: a public office (시군구청, 읍면동 주민센터, 보건소) or a private welfare agency, each in a region.
@Entity('agencies')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('varchar', { length: 40 }) kind!: AgencyKind;
  @Column('varchar', { length: 10 }) sector!: AgencySector;
  @Column('varchar', { name: 'region_code', length: 10, nullable: true }) regionCode!: string | null;
  @Column('boolean', { default: false }) synthetic!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
