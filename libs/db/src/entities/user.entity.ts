import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@ieum/domain';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  // Stored lower-cased; the unique index is on the column itself.
  @Column('text', { unique: true }) email!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('varchar', { length: 20 }) role!: Role;
  @Column('uuid', { name: 'agency_id' }) agencyId!: string;
  @Column('int', { name: 'failed_sign_ins', default: 0 }) failedSignIns!: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil!: Date | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
