import { expect, type Locator, type Page } from '@playwright/test';

/** The notes' timestamp clock: its button and shortcut, the labels it puts in, the interview's date field and its notice. */
export class NoteClock {
  readonly button: Locator;
  readonly dateField: Locator;
  readonly labels: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('tool-timestamp');
    this.dateField = page.getByTestId('meta-startedAt');
    this.labels = page.getByTestId('notes-editor').locator('code');
    this.notice = page.getByTestId('toast').filter({ hasText: /Timestamps count from now|Znaczniki czasu liczymy od teraz/ });
  }

  /** Types a date into the details form and leaves the field, which saves it. */
  async setDate(value: string): Promise<void> {
    await this.dateField.fill(value);
    await this.dateField.press('Enter');
    await expect(this.page.getByTestId('save-indicator')).toHaveClass(/\bsaved\b/);
  }

  async press(): Promise<void> {
    await this.button.click();
  }

  async shortcut(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+E');
  }

  /** Every label in the note, in seconds: "[1:02:03]" is 3723. */
  async seconds(): Promise<number[]> {
    return (await this.labels.allTextContents()).map((text) => {
      const parts = /^\[(\d+(?::\d\d){1,2})\]$/.exec(text.trim());
      if (!parts) throw new Error(`"${text}" is not a timestamp`);
      return parts[1]!.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    });
  }

  /** The page's own calendar day, as the date field writes it. */
  async today(): Promise<string> {
    return this.page.evaluate(() => {
      const now = new Date();
      const two = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
    });
  }
}
