import { Column, Entity, PrimaryColumn } from 'typeorm';

// 행정구역: 시도 / 시군구 / 읍면동 with the 10-digit 행정기관코드, loaded as versioned reference data.
@Entity('regions')
export class RegionEntity {
  @PrimaryColumn('varchar', { length: 10 }) code!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('varchar', { length: 16 }) level!: 'SIDO' | 'SIGUNGU' | 'EUPMYEONDONG';
  @Column('varchar', { name: 'parent_code', length: 10, nullable: true }) parentCode!: string | null;
  @Column('boolean', { name: 'is_branch_office', default: false }) isBranchOffice!: boolean;
  @Column('text', { name: 'list_version' }) listVersion!: string;
}
