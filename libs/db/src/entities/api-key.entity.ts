import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@ieum/domain';

// A partner system's key for one agency: shown once, stored as a SHA-256 hash, revocable.
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') prefix!: string;
  @Column('bytea', { name: 'secret_hash', unique: true }) secretHash!: Buffer;
  @Column('uuid', { name: 'agency_id' }) agencyId!: string;
  @Column('varchar', { length: 20 }) role!: Role;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
