import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Relationship } from '@ieum/domain';

// 가구: analysed as one unit (one member's crisis signal counts for the household).
@Entity('households')
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { name: 'region_code', length: 10 }) regionCode!: string;
  @Column('text') address!: string;
  @Column('boolean', { default: false }) synthetic!: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('household_members')
export class HouseholdMemberEntity {
  @PrimaryColumn('uuid', { name: 'household_id' }) householdId!: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 12 }) relationship!: Relationship;
}
