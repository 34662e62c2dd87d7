import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Sex } from '@ieum/domain';

// 개인. The 주민등록번호 is never stored in plaintext: AES-256-GCM ciphertext plus a keyed HMAC for matching.
@Entity('persons')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('bytea', { name: 'rrn_encrypted' }) rrnEncrypted!: Buffer;
  @Column('bytea', { name: 'rrn_hash', unique: true }) rrnHash!: Buffer;
  // Display mask ('900101-1******') kept so lists never decrypt; it holds no more than birth date and sex.
  @Column('varchar', { name: 'rrn_masked', length: 14 }) rrnMasked!: string;
  @Column('date', { name: 'birth_date' }) birthDate!: string;
  @Column('varchar', { length: 6 }) sex!: Sex;
  @Column('boolean', { name: 'rrn_check_digit_mismatch', default: false }) rrnCheckDigitMismatch!: boolean;
  @Column('boolean', { default: false }) synthetic!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
