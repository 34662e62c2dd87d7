// Korean public holidays (관공서의 공휴일에 관한 규정 제2조, 대체공휴일 제3조) for 2025 to 2027, as
// data. Sundays are holidays under 제2조제1호 but are left out here: every Saturday and Sunday is
// already a non-working day in working-days.ts. Holidays that fall on a weekend are listed anyway
// so the calendar reads like the official one.
//
// This lives under src/ rather than libs/domain/parameters/ because the package's tsconfig has
// rootDir 'src': a module outside it is not compiled by `tsc -b libs/domain` (TS6059/TS6307).
// A new year is a new block of rows; working-days.ts validates the list when it loads.
//
// Sources: 관공서의 공휴일에 관한 규정 (대통령령), 공휴일에 관한 법률, and the 월력요항 of the
// 한국천문연구원 (now 우주항공청) for the lunar dates of 설날, 부처님오신날 and 추석. Dates were
// derived from those rules and the lunar calendar, and cross-checked against published calendars.

export interface PublicHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  nameKo: string;
  nameEn: string;
  /** The rule or act that makes the day a holiday. */
  reference: string;
}

const REG = '관공서의 공휴일에 관한 규정';

export const PUBLIC_HOLIDAY_YEARS = [2025, 2026, 2027] as const;

export const PUBLIC_HOLIDAYS: readonly PublicHoliday[] = [
  // 2025
  { date: '2025-01-01', nameKo: '1월 1일', nameEn: "New Year's Day", reference: `${REG} 제2조제3호` },
  // 임시공휴일 designated by the Cabinet in January 2025 (제2조제11호, 정부에서 수시 지정하는 날).
  { date: '2025-01-27', nameKo: '임시공휴일', nameEn: 'Temporary holiday', reference: `${REG} 제2조제11호` },
  // 설날 = 음력 1월 1일 = 2025-01-29.
  { date: '2025-01-28', nameKo: '설날 전날', nameEn: 'Day before Seollal', reference: `${REG} 제2조제4호` },
  { date: '2025-01-29', nameKo: '설날', nameEn: 'Seollal', reference: `${REG} 제2조제4호` },
  { date: '2025-01-30', nameKo: '설날 다음날', nameEn: 'Day after Seollal', reference: `${REG} 제2조제4호` },
  {
    date: '2025-03-01',
    nameKo: '3·1절',
    nameEn: 'Independence Movement Day',
    reference: `${REG} 제2조제2호`,
  },
  // 3·1절 fell on a Saturday.
  {
    date: '2025-03-03',
    nameKo: '대체공휴일 (3·1절)',
    nameEn: 'Substitute holiday (Independence Movement Day)',
    reference: `${REG} 제3조제2항`,
  },
  // 부처님오신날 (음력 4월 8일) and 어린이날 fell on the same Monday: one substitute day.
  {
    date: '2025-05-05',
    nameKo: '어린이날 · 부처님오신날',
    nameEn: "Children's Day and Buddha's Birthday",
    reference: `${REG} 제2조제5호·제6호`,
  },
  {
    date: '2025-05-06',
    nameKo: '대체공휴일 (어린이날·부처님오신날)',
    nameEn: "Substitute holiday (Children's Day, Buddha's Birthday)",
    reference: `${REG} 제3조제2항`,
  },
  // 제21대 대통령선거, an early election (공직선거법 제35조): 제2조제10호 covers only elections at the
  // end of a term, so the day was designated a 임시공휴일 under 제2조제11호.
  {
    date: '2025-06-03',
    nameKo: '제21대 대통령선거일',
    nameEn: 'Presidential election day',
    reference: `${REG} 제2조제11호`,
  },
  { date: '2025-06-06', nameKo: '현충일', nameEn: 'Memorial Day', reference: `${REG} 제2조제7호` },
  { date: '2025-08-15', nameKo: '광복절', nameEn: 'Liberation Day', reference: `${REG} 제2조제2호` },
  { date: '2025-10-03', nameKo: '개천절', nameEn: 'National Foundation Day', reference: `${REG} 제2조제2호` },
  // 추석 = 음력 8월 15일 = 2025-10-06; 추석 전날 was a Sunday, so the first non-holiday after the
  // 연휴 (10-08) is the substitute (제3조제1항). 2025-10-10 was not designated a holiday.
  { date: '2025-10-05', nameKo: '추석 전날', nameEn: 'Day before Chuseok', reference: `${REG} 제2조제8호` },
  { date: '2025-10-06', nameKo: '추석', nameEn: 'Chuseok', reference: `${REG} 제2조제8호` },
  { date: '2025-10-07', nameKo: '추석 다음날', nameEn: 'Day after Chuseok', reference: `${REG} 제2조제8호` },
  {
    date: '2025-10-08',
    nameKo: '대체공휴일 (추석)',
    nameEn: 'Substitute holiday (Chuseok)',
    reference: `${REG} 제3조제1항`,
  },
  { date: '2025-10-09', nameKo: '한글날', nameEn: 'Hangeul Day', reference: `${REG} 제2조제2호` },
  { date: '2025-12-25', nameKo: '기독탄신일', nameEn: 'Christmas Day', reference: `${REG} 제2조제9호` },

  // 2026
  { date: '2026-01-01', nameKo: '1월 1일', nameEn: "New Year's Day", reference: `${REG} 제2조제3호` },
  // 설날 = 음력 1월 1일 = 2026-02-17.
  { date: '2026-02-16', nameKo: '설날 전날', nameEn: 'Day before Seollal', reference: `${REG} 제2조제4호` },
  { date: '2026-02-17', nameKo: '설날', nameEn: 'Seollal', reference: `${REG} 제2조제4호` },
  { date: '2026-02-18', nameKo: '설날 다음날', nameEn: 'Day after Seollal', reference: `${REG} 제2조제4호` },
  {
    date: '2026-03-01',
    nameKo: '3·1절',
    nameEn: 'Independence Movement Day',
    reference: `${REG} 제2조제2호`,
  },
  // 3·1절 falls on a Sunday.
  {
    date: '2026-03-02',
    nameKo: '대체공휴일 (3·1절)',
    nameEn: 'Substitute holiday (Independence Movement Day)',
    reference: `${REG} 제3조제2항`,
  },
  { date: '2026-05-05', nameKo: '어린이날', nameEn: "Children's Day", reference: `${REG} 제2조제6호` },
  // 부처님오신날 = 음력 4월 8일 = 2026-05-24, a Sunday.
  { date: '2026-05-24', nameKo: '부처님오신날', nameEn: "Buddha's Birthday", reference: `${REG} 제2조제5호` },
  {
    date: '2026-05-25',
    nameKo: '대체공휴일 (부처님오신날)',
    nameEn: "Substitute holiday (Buddha's Birthday)",
    reference: `${REG} 제3조제2항`,
  },
  // 제9회 전국동시지방선거: the first Wednesday from 30 days before the term ends (공직선거법 제34조).
  {
    date: '2026-06-03',
    nameKo: '제9회 전국동시지방선거일',
    nameEn: 'Local elections day',
    reference: `${REG} 제2조제10호`,
  },
  // 현충일 falls on a Saturday; it has no substitute holiday (제3조 does not list it).
  { date: '2026-06-06', nameKo: '현충일', nameEn: 'Memorial Day', reference: `${REG} 제2조제7호` },
  // UNSURE: the 공휴일에 관한 법률 amendment making every 국경일 a holiday (제헌절 again, after 2008)
  // passed the National Assembly on 2026-01-29 and takes effect three months after promulgation;
  // the matching amendment to the 규정 was announced as a follow-up. Check the 규정 in force.
  {
    date: '2026-07-17',
    nameKo: '제헌절',
    nameEn: 'Constitution Day',
    reference: '공휴일에 관한 법률 제2조 (2026년 개정)',
  },
  // 광복절 falls on a Saturday.
  { date: '2026-08-15', nameKo: '광복절', nameEn: 'Liberation Day', reference: `${REG} 제2조제2호` },
  {
    date: '2026-08-17',
    nameKo: '대체공휴일 (광복절)',
    nameEn: 'Substitute holiday (Liberation Day)',
    reference: `${REG} 제3조제2항`,
  },
  // 추석 = 음력 8월 15일 = 2026-09-25. 추석 다음날 is a Saturday: no substitute, as 제3조제1항
  // substitutes only for an overlap with a Sunday or another holiday.
  { date: '2026-09-24', nameKo: '추석 전날', nameEn: 'Day before Chuseok', reference: `${REG} 제2조제8호` },
  { date: '2026-09-25', nameKo: '추석', nameEn: 'Chuseok', reference: `${REG} 제2조제8호` },
  { date: '2026-09-26', nameKo: '추석 다음날', nameEn: 'Day after Chuseok', reference: `${REG} 제2조제8호` },
  // 개천절 falls on a Saturday.
  { date: '2026-10-03', nameKo: '개천절', nameEn: 'National Foundation Day', reference: `${REG} 제2조제2호` },
  {
    date: '2026-10-05',
    nameKo: '대체공휴일 (개천절)',
    nameEn: 'Substitute holiday (National Foundation Day)',
    reference: `${REG} 제3조제2항`,
  },
  { date: '2026-10-09', nameKo: '한글날', nameEn: 'Hangeul Day', reference: `${REG} 제2조제2호` },
  { date: '2026-12-25', nameKo: '기독탄신일', nameEn: 'Christmas Day', reference: `${REG} 제2조제9호` },
  // 2027. Lunar dates from the 한국천문연구원 calendar data (astro.kasi.re.kr, 'calendarData', generated
  // 2025-07-01; not the official 월력요항, which is published in June of the year before: check it):
  // 음력 1월 1일 = 2027-02-07, 4월 1일 = 05-06, 8월 1일 = 09-01. No election is due in 2027.
  { date: '2027-01-01', nameKo: '1월 1일', nameEn: "New Year's Day", reference: `${REG} 제2조제3호` },
  // 설날 = 2027-02-07, a Sunday: the 연휴 overlaps a Sunday, so the first working day after it is added
  // (제3조제1항); 설날 전날 falls on a Saturday, which does not count.
  { date: '2027-02-06', nameKo: '설날 전날', nameEn: 'Day before Seollal', reference: `${REG} 제2조제4호` },
  { date: '2027-02-07', nameKo: '설날', nameEn: 'Seollal', reference: `${REG} 제2조제4호` },
  { date: '2027-02-08', nameKo: '설날 다음날', nameEn: 'Day after Seollal', reference: `${REG} 제2조제4호` },
  {
    date: '2027-02-09',
    nameKo: '대체공휴일 (설날)',
    nameEn: 'Substitute holiday (Seollal)',
    reference: `${REG} 제3조제1항`,
  },
  {
    date: '2027-03-01',
    nameKo: '3·1절',
    nameEn: 'Independence Movement Day',
    reference: `${REG} 제2조제2호`,
  },
  { date: '2027-05-05', nameKo: '어린이날', nameEn: "Children's Day", reference: `${REG} 제2조제6호` },
  // 부처님오신날 = 음력 4월 8일 = 2027-05-13.
  { date: '2027-05-13', nameKo: '부처님오신날', nameEn: "Buddha's Birthday", reference: `${REG} 제2조제5호` },
  // 현충일 falls on a Sunday; it has no substitute holiday.
  { date: '2027-06-06', nameKo: '현충일', nameEn: 'Memorial Day', reference: `${REG} 제2조제7호` },
  // UNSURE, as for 2026: 제헌절 as a holiday again (공휴일에 관한 법률, 2026 amendment), here on a
  // Saturday, with a substitute like the other 국경일.
  {
    date: '2027-07-17',
    nameKo: '제헌절',
    nameEn: 'Constitution Day',
    reference: '공휴일에 관한 법률 제2조 (2026년 개정)',
  },
  {
    date: '2027-07-19',
    nameKo: '대체공휴일 (제헌절)',
    nameEn: 'Substitute holiday (Constitution Day)',
    reference: `${REG} 제3조제2항`,
  },
  // 광복절 falls on a Sunday.
  { date: '2027-08-15', nameKo: '광복절', nameEn: 'Liberation Day', reference: `${REG} 제2조제2호` },
  {
    date: '2027-08-16',
    nameKo: '대체공휴일 (광복절)',
    nameEn: 'Substitute holiday (Liberation Day)',
    reference: `${REG} 제3조제2항`,
  },
  // 추석 = 음력 8월 15일 = 2027-09-15.
  { date: '2027-09-14', nameKo: '추석 전날', nameEn: 'Day before Chuseok', reference: `${REG} 제2조제8호` },
  { date: '2027-09-15', nameKo: '추석', nameEn: 'Chuseok', reference: `${REG} 제2조제8호` },
  { date: '2027-09-16', nameKo: '추석 다음날', nameEn: 'Day after Chuseok', reference: `${REG} 제2조제8호` },
  // 개천절 falls on a Sunday, 한글날 and 기독탄신일 on Saturdays: each has a substitute (제3조제2항;
  // 기독탄신일 since the 2023 amendment).
  { date: '2027-10-03', nameKo: '개천절', nameEn: 'National Foundation Day', reference: `${REG} 제2조제2호` },
  {
    date: '2027-10-04',
    nameKo: '대체공휴일 (개천절)',
    nameEn: 'Substitute holiday (National Foundation Day)',
    reference: `${REG} 제3조제2항`,
  },
  { date: '2027-10-09', nameKo: '한글날', nameEn: 'Hangeul Day', reference: `${REG} 제2조제2호` },
  {
    date: '2027-10-11',
    nameKo: '대체공휴일 (한글날)',
    nameEn: 'Substitute holiday (Hangeul Day)',
    reference: `${REG} 제3조제2항`,
  },
  { date: '2027-12-25', nameKo: '기독탄신일', nameEn: 'Christmas Day', reference: `${REG} 제2조제9호` },
  {
    date: '2027-12-27',
    nameKo: '대체공휴일 (기독탄신일)',
    nameEn: 'Substitute holiday (Christmas Day)',
    reference: `${REG} 제3조제2항`,
  },
  // Not listed: 5월 1일 (근로자의 날, renamed 노동절) is a paid holiday for employees under the
  // 근로자의 날 제정에 관한 법률, not a 관공서 holiday; making it one for public offices from 2026 was
  // under discussion in late 2025 (UNSURE: add a row if the 규정 is amended).
];
