import type { HousingGrade, LivelihoodRegionClass, PensionRegionClass } from './household';

// Region classes from a 행정기관코드 and the name of its 시군구 (e.g. '창원시 의창구', '기장군').
// 국민기초생활보장 기본재산액: 서울 / 경기 / 광역시·세종·창원 / 그 외 (JJYU_IR in SOURCE.md). 기초연금:
// 대도시 = 특별시·광역시의 구, 중소도시 = 도의 시 (and 세종, 제주의 행정시), 농어촌 = 군 (JJYU_BP; the
// definitions are not re-verified). 전남광주통합특별시 (12, from 2026-07-01): its 구 (the former 광주) as
// 광역시, its 시 and 군 as 도; our reading, unverified. 주거급여 급지: 1 서울, 2 경기·인천, 3 광역시·세종,
// 4 그 외 (주거급여법 시행령, as the calculator sources describe it; not re-verified).
const METRO_SIDO = new Set(['26', '27', '28', '29', '30', '31', '36']);
const CITY_SIDO = new Set(['11', '26', '27', '28', '29', '30', '31']);
const MERGED_SIDO = '12';
const CHANGWON_PREFIX = '4812';

export function regionClassesOf(
  code: string,
  sigunguName: string,
): { livelihood: LivelihoodRegionClass; pension: PensionRegionClass; housing: HousingGrade } {
  const sido = code.slice(0, 2);
  const isGu = sigunguName.endsWith('구');
  const isGun = sigunguName.endsWith('군');
  let livelihood: LivelihoodRegionClass = 'OTHER';
  if (sido === '11') livelihood = 'SEOUL';
  else if (sido === '41') livelihood = 'GYEONGGI';
  else if (METRO_SIDO.has(sido) || code.startsWith(CHANGWON_PREFIX)) livelihood = 'METRO';
  else if (sido === MERGED_SIDO && isGu) livelihood = 'METRO';
  const isCitySido = CITY_SIDO.has(sido) || sido === MERGED_SIDO;
  const pension: PensionRegionClass = isGun ? 'RURAL' : isCitySido && isGu ? 'BIG_CITY' : 'SMALL_CITY';
  let housing: HousingGrade = 4;
  if (sido === '11') housing = 1;
  else if (sido === '41' || sido === '28') housing = 2;
  else if (METRO_SIDO.has(sido) || (sido === MERGED_SIDO && isGu)) housing = 3;
  return { livelihood, pension, housing };
}
