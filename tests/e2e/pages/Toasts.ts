import type { Locator, Page } from '@playwright/test';

/** The notifications region: its toasts, their buttons, and the page's fake clock that times them. */
export class Toasts {
  readonly region: Locator;
  readonly all: Locator;
  /** Where the keys go when the place they came from is gone. */
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Notifications|Powiadomienia) \(F8\)$/ });
    this.all = page.getByTestId('toast');
    this.main = page.getByRole('main');
  }

  newest(): Locator {
    return this.all.last();
  }

  action(toast: Locator = this.newest()): Locator {
    return toast.getByTestId('toast-action');
  }

  closeButton(toast: Locator = this.newest()): Locator {
    return toast.getByTestId('toast-close');
  }

  /** Takes the keys to the newest toast, and from one back to where they were. */
  async reachWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('F8');
  }

  /**
   * Lets `ms` of the page's time pass at once. Needs page.clock.install() before the page loads;
   * a toast with an action stays 10 s, which a test should not spend waiting for real.
   */
  async letTimePass(ms: number): Promise<void> {
    await this.page.clock.fastForward(ms);
  }
}
