import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A signed-in session; only the SHA-256 of its token is stored.
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('bytea', { name: 'token_hash', unique: true }) tokenHash!: Buffer;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_seen_at' }) lastSeenAt!: Date;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt!: Date | null;
  @Column('text', { name: 'client_address', nullable: true }) clientAddress!: string | null;
}
