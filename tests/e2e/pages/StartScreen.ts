import { expect, type Locator, type Page } from '@playwright/test';

/** The screen shown when no project is open. Selectors are language-neutral so Polish runs reuse it. */
export class StartScreen {
  readonly root: Locator;
  readonly newButton: Locator;
  readonly openButton: Locator;
  readonly sampleButton: Locator;
  readonly recentItems: Locator;
  readonly noTokenScreen: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.start-screen');
    this.newButton = page.getByTestId('start-new');
    this.openButton = page.getByTestId('start-open');
    this.sampleButton = page.getByTestId('start-sample');
    this.recentItems = page.getByTestId('recent-item');
    this.noTokenScreen = page.getByTestId('no-token-screen');
    this.dialog = page.locator('dialog[open]');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.root).toBeVisible();
  }

  async createProject(name: string): Promise<void> {
    await this.newButton.click();
    await this.dialog.getByTestId('new-project-name').fill(name);
    await this.dialog.getByTestId('new-project-submit').click();
  }

  /** Opens the studio at `url` and creates a project, returning once the project is open. */
  async startProject(url: string, name: string): Promise<void> {
    await this.goto(url);
    await this.createProject(name);
    await expect(this.page.getByTestId('project-name')).toHaveText(name);
  }

  async openSample(): Promise<void> {
    await this.sampleButton.click();
  }

  async openByPath(path: string): Promise<void> {
    await this.openButton.click();
    await this.dialog.getByTestId('open-path').fill(path);
    await this.dialog.getByTestId('open-path-submit').click();
  }

  recentItem(name: string): Locator {
    return this.recentItems.filter({ has: this.page.locator('.recent-name', { hasText: name }) });
  }

  async openRecent(name: string): Promise<void> {
    await this.recentItem(name).getByTestId('recent-open').click();
  }

  /** "Take over", offered under a lock refusal whose holder cannot be checked from this machine. */
  takeOverButton(): Locator {
    return this.errorAlert().getByTestId('take-over');
  }

  /** The visible alert carrying an error, in the page or in an open dialog. */
  errorAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }
}
