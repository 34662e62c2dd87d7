import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(
    readonly page: Page,
    catalogue: { auth: typeof ko.auth } = ko,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: catalogue.auth.signIn.title });
    this.email = page.getByLabel(catalogue.auth.signIn.email);
    this.password = page.getByLabel(catalogue.auth.signIn.password);
    this.submit = page.getByRole('button', { name: catalogue.auth.signIn.submit, exact: true });
    this.alert = page.getByRole('alert');
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
