import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

type ShellCatalogue = { shell: typeof ko.shell };

/** Header and navigation around every signed-in page. */
export class AppShell {
  readonly banner: Locator;
  readonly nav: Locator;
  readonly languageSwitch: Locator;
  readonly main: Locator;
  /** The header's 알림 link; its name carries the unread count ("알림 3건"). */
  readonly bell: Locator;
  /** On narrow screens: opens and closes the navigation and the header's tools. */
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: ko.shell.nav.label });
    this.languageSwitch = page.getByLabel(ko.shell.language);
    this.main = page.getByRole('main');
    this.bell = this.banner.getByRole('link', { name: new RegExp(`^${ko.notifications.bell.label}`) });
    this.menuButton = this.banner.getByRole('button', { name: ko.shell.menu.label, exact: true });
  }

  navLink(key: keyof typeof ko.shell.nav, catalogue: ShellCatalogue = ko): Locator {
    return this.page
      .getByRole('navigation', { name: catalogue.shell.nav.label })
      .getByRole('link', { name: catalogue.shell.nav[key] });
  }

  async open(key: keyof typeof ko.shell.nav) {
    await this.navLink(key).click();
  }

  async switchLanguage(language: 'ko' | 'en') {
    await this.languageSwitch.selectOption({ label: ko.shell.languages[language] });
  }

  signOutButton(catalogue: ShellCatalogue = ko): Locator {
    return this.banner.getByRole('button', { name: catalogue.shell.signOut });
  }

  async signOut(catalogue: ShellCatalogue = ko) {
    await this.signOutButton(catalogue).click();
  }

  /** The bell as it reads with unread notifications. */
  bellWithUnread(): Locator {
    return this.banner.getByRole('link', {
      name: new RegExp(`^${fill(ko.notifications.bell.unread, { count: 999 }).replace('999', '\\d+')}$`),
    });
  }

  async expectSignedInAs(name: string) {
    await expect(this.banner).toContainText(name);
  }
}
