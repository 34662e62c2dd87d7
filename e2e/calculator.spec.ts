// Issue 10: a resident uses the public welfare calculator (복지계산기) on a phone, by keyboard and in
// English; an analyst reads the benefit parameters with their sources, unverified marks and history.
import type { Page } from '@playwright/test';
import { en, fill, ko } from './i18n';
import { koreanDate } from './dates';
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { CalculatorPage } from './pages/calculator.page';

const PHONE = { width: 360, height: 740 };
/** Born on 1 January 70 years before this year (month and day left unknown): 만 70세 all year. */
const SEVENTY = Number(koreanDate().slice(0, 4)) - 70;

/** Nothing reaches past a phone's width; a failure names the deepest elements that do. */
async function expectNoSidewaysScroll(page: Page) {
  const { overflow, widest } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = (e: Element) => e.getBoundingClientRect().right > width + 1;
    const widest = Array.from(document.body.querySelectorAll('*'))
      .filter((e) => past(e) && !e.closest('.table-wrap') && !Array.from(e.children).some(past))
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} "${e.textContent?.slice(0, 40)}"`,
      );
    return { overflow: document.documentElement.scrollWidth - width, widest };
  });
  expect(overflow, widest.join('; ')).toBeLessThanOrEqual(0);
}

/** Presses Tab until the element has focus (the way a keyboard user reaches it), at most `max` times. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('a resident aged 70 living alone on a small pension sees 기초연금 with its amount and why', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: ko.benefits.calculator.link }).click();
    const calculator = new CalculatorPage(page);
    await expect(calculator.heading).toBeVisible();
    await expect(calculator.asOf).toHaveValue(koreanDate());
    await expectNoAccessibilityViolations(page);

    await calculator.chooseRegion('서울특별시', '종로구');
    await calculator.fillMember(1, { birthYear: SEVENTY, income: { pension: 300000 } });
    await expect(calculator.member(1).getByText(fill(ko.benefits.calculator.age, { age: 70 }))).toBeVisible();
    // The amount as read back, so a slip of a zero shows before calculating.
    await expect(calculator.member(1).getByText('(300,000원)')).toBeVisible();
    await page.getByLabel(ko.benefits.calculator.property.residential).fill('50,000,000');
    await calculator.submit.click();

    await expect(calculator.results).toBeVisible();
    await expect(page.getByRole('heading', { name: ko.benefits.calculator.resultsTitle })).toBeFocused();
    const pension = calculator.result('BASIC_PENSION');
    await expect(pension.getByText(ko.benefits.calculator.eligible, { exact: true })).toBeVisible();
    await expect(pension.getByText(/^월 [\d,]+원$/)).toBeVisible();
    await expect(pension.getByText(ko.benefits.calculator.threshold, { exact: true })).toBeVisible();
    await expect(pension.getByRole('listitem').first()).toContainText('원');
    await expect(pension.getByRole('link', { name: ko.benefits.calculator.howToApply })).toHaveAttribute(
      'href',
      '#apply',
    );
    await expect(
      pension.getByRole('link', {
        name: fill(ko.benefits.calculator.findServices, { domain: ko.cases.domain.DAILY_LIVING }),
      }),
    ).toHaveAttribute('href', /\/directory\?.*domain=DAILY_LIVING/);

    await calculator.traceButton('BASIC_PENSION').click();
    const trace = calculator.trace('BASIC_PENSION');
    await expect(trace).toBeVisible();
    await expect(trace.getByRole('listitem').first()).toBeVisible();
    // Each parameter a step used is named with the date its value took effect.
    await expect(trace.getByText(/basic_pension\.threshold_single/)).toBeVisible();
    await expect(trace.getByText(/부터 시행/).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await expectNoSidewaysScroll(page);

    // How to apply: the community centre and 복지로; nothing typed was stored in the browser.
    await expect(page.getByRole('link', { name: ko.benefits.calculator.apply.online })).toHaveAttribute(
      'href',
      'https://www.bokjiro.go.kr',
    );
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain('300000');
    expect(stored).not.toContain(String(SEVENTY));
    expect(page.url()).not.toContain('300000');
  });
});

test('a resident fills the calculator with the keyboard alone and fixes what it points at', async ({
  page,
}) => {
  const calculator = new CalculatorPage(page);
  await calculator.goto();
  const c = ko.benefits.calculator;

  // Submitting an empty form: the summary takes focus and links the fields to fix.
  await tabTo(page, calculator.submit);
  await page.keyboard.press('Enter');
  await expect(calculator.alert).toBeFocused();
  const regionLink = calculator.alert.getByRole('link', { name: '시도를 선택해 주세요.' });
  await expect(regionLink).toBeVisible();
  await expect(calculator.alert.getByRole('link', { name: '출생 연도를 선택해 주세요.' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(regionLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calculator.sido).toBeFocused();

  // Lists change with the arrow keys; a year is typed into its list.
  await page.keyboard.press('ArrowDown');
  await expect(calculator.sido).toHaveValue(/^11/);
  await expect(calculator.sigungu).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(calculator.sigungu).toBeFocused();
  await expect(calculator.sigungu.getByRole('option', { name: '종로구' })).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(calculator.sigungu).not.toHaveValue('');
  const year = calculator.member(1).getByLabel(c.birthYear);
  await tabTo(page, year);
  await page.keyboard.type(String(SEVENTY));
  await expect(year).toHaveValue(String(SEVENTY));
  const pension = calculator.member(1).getByLabel(c.income.pension, { exact: true });
  await tabTo(page, pension);
  await page.keyboard.type('250000');

  // A car with an impossible model year: the API's answer is said beside that field.
  const addCar = page.getByRole('button', { name: c.addCar });
  await tabTo(page, addCar);
  await page.keyboard.press('Enter');
  // The new car's first field takes focus.
  const car = page.getByRole('group', { name: fill(c.carLegend, { number: 1 }) });
  await expect(car.getByLabel(c.car.value)).toBeFocused();
  for (const [label, value] of [
    [c.car.value, '3000000'],
    [c.car.engineCc, '998'],
    [c.car.modelYear, '1800'],
  ] as const) {
    await tabTo(page, car.getByLabel(label));
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect(calculator.alert).toBeFocused();
  const modelYear = car.getByLabel(c.car.modelYear);
  await expect(modelYear).toHaveAttribute('aria-invalid', 'true');
  await expect(car.getByText(/연식 \(연도\)은 1,900부터 [\d,]+ 사이의 값으로 입력해 주세요/)).toBeVisible();

  // The summary's link leads to the field; fixed, the form calculates, the results heading takes
  // focus and the trace opens by keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(modelYear).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2012');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: c.resultsTitle })).toBeFocused();
  const trace = calculator.traceButton('BASIC_PENSION');
  await tabTo(page, trace);
  await page.keyboard.press('Enter');
  await expect(trace).toHaveAttribute('aria-expanded', 'true');
  await expect(calculator.trace('BASIC_PENSION')).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('a date before the first parameter value is refused at the date field', async ({ page }) => {
  const calculator = new CalculatorPage(page);
  await calculator.goto();
  await calculator.chooseRegion('서울특별시', '종로구');
  await calculator.fillMember(1, { birthYear: 1950 });
  await calculator.asOf.fill('2001-01-01');
  await calculator.submit.click();
  await expect(calculator.alert).toBeFocused();
  await expect(calculator.asOf).toHaveAttribute('aria-invalid', 'true');
  // The answer names the figure that has no value and the date asked.
  await expect(calculator.asOf).toHaveAccessibleDescription(
    /2001\. 1\. 1\.에 시행 중인 급여 기준\([a-z_.0-9]+\)이 없습니다/,
  );
  await expect(calculator.results).toHaveCount(0);
});

test('the calculator switches to English and answers in it', async ({ page }) => {
  const calculator = new CalculatorPage(page);
  await calculator.goto();
  await page.getByLabel(ko.shell.language).selectOption({ label: ko.shell.languages.en });
  const english = new CalculatorPage(page, en);
  await expect(english.heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await english.chooseRegion('서울특별시', '종로구');
  await english.fillMember(1, { birthYear: SEVENTY, income: { pension: 300000 } });
  await english.submit.click();
  const pension = english.result('BASIC_PENSION');
  await expect(pension.getByText(en.benefits.calculator.eligible, { exact: true })).toBeVisible();
  await expect(pension.getByText(/^KRW [\d,]+ a month$/)).toBeVisible();
  await expect(page.getByText(en.benefits.calculator.reasonsInKorean)).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('an analyst reads every benefit parameter with its source, unverified marks and history', async ({
  page,
}) => {
  await signInAs(page, 'analyst');
  const shell = new AppShell(page);
  await shell.open('benefits');
  await expect(page.getByRole('heading', { level: 1, name: ko.benefits.home.title })).toBeVisible();
  await expect(page.getByRole('link', { name: ko.benefits.home.calculator })).toHaveAttribute(
    'href',
    '/calculator',
  );
  await page.getByRole('link', { name: ko.benefits.home.parameters }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.benefits.parameters.title })).toBeVisible();
  await expect(page.getByLabel(ko.benefits.parameters.asOf)).toHaveValue(koreanDate());

  const median = page.getByRole('table', { name: ko.benefits.parameters.family['median-income'] });
  const single = median.getByRole('row', { name: /기준 중위소득 1인 가구/ });
  await expect(single.getByRole('cell').first()).toContainText(/[\d,]+원/);
  // The 공제 순서 is marked unverified in the data files, and the page says so in words.
  const order = page
    .getByRole('table', { name: ko.benefits.parameters.family['income-recognition'] })
    .getByRole('row', { name: /공제 순서/ });
  await expect(order.getByText(ko.benefits.calculator.unverified)).toBeVisible();

  await single.getByRole('button', { name: /이력 보기/ }).click();
  const history = page.getByRole('table', {
    name: fill(ko.benefits.parameters.historyCaption, { name: '기준 중위소득 1인 가구 (월)' }),
  });
  await expect(history).toBeVisible();
  expect(await history.getByRole('row').count()).toBeGreaterThan(2);
  await expect(history.getByText(ko.benefits.parameters.inForce)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // An earlier date shows the values in force then.
  await page.getByLabel(ko.benefits.parameters.asOf).fill('2024-06-30');
  await page.getByRole('button', { name: ko.benefits.parameters.show, exact: true }).click();
  await expect(page).toHaveURL(/asOf=2024-06-30/);
  await expect(
    page
      .getByRole('table', { name: ko.benefits.parameters.family['median-income'] })
      .getByRole('row', { name: /기준 중위소득 1인 가구/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('2024. 1. 1.');
});

test('a partner agency sees the calculator in 급여·복지멤버십 but not the parameters page', async ({
  page,
}) => {
  await signInAs(page, 'partnerAgency');
  await new AppShell(page).open('benefits');
  await expect(page.getByRole('link', { name: ko.benefits.home.calculator })).toBeVisible();
  await expect(page.getByRole('link', { name: ko.benefits.home.parameters })).toHaveCount(0);
});
