import { expect, type Locator, type Page } from '@playwright/test';

/** An open project with its personas panel. */
export class ProjectScreen {
  readonly projectName: Locator;
  readonly saveIndicator: Locator;
  readonly closeButton: Locator;
  readonly personaItems: Locator;
  readonly personaNames: Locator;
  readonly newPersonaInput: Locator;
  readonly addPersonaButton: Locator;
  readonly createError: Locator;
  readonly sortButton: Locator;
  readonly toasts: Locator;
  readonly announcer: Locator;
  readonly renameInput: Locator;

  constructor(readonly page: Page) {
    this.projectName = page.getByTestId('project-name');
    this.saveIndicator = page.getByTestId('save-indicator');
    this.closeButton = page.getByTestId('project-close');
    this.personaItems = page.getByTestId('persona-item');
    this.personaNames = page.getByTestId('persona-name');
    this.newPersonaInput = page.getByTestId('persona-new-name');
    this.addPersonaButton = page.getByTestId('persona-add');
    this.createError = page.getByTestId('persona-create-error');
    this.sortButton = page.getByTestId('persona-sort');
    this.toasts = page.getByTestId('toast');
    this.announcer = page.getByTestId('announcer');
    this.renameInput = page.getByTestId('persona-name-input');
  }

  async expectOpen(name: string | RegExp): Promise<void> {
    await expect(this.projectName).toHaveText(name);
  }

  persona(name: string): Locator {
    return this.personaItems.filter({ has: this.page.getByTestId('persona-name').getByText(name, { exact: true }) });
  }

  async addPersona(name: string): Promise<void> {
    const before = await this.personaItems.count();
    await this.newPersonaInput.fill(name);
    await this.newPersonaInput.press('Enter');
    await expect(this.personaItems).toHaveCount(before + 1);
  }

  async renamePersona(from: string, to: string): Promise<void> {
    await this.persona(from).getByTestId('persona-rename').click();
    // While editing, the row shows an input instead of its name, so the row is found by the input.
    const input = this.renameInput;
    await input.fill(to);
    await input.press('Enter');
    await expect(this.persona(to)).toBeVisible();
  }

  async deletePersona(name: string): Promise<void> {
    await this.persona(name).getByTestId('persona-delete').click();
    await expect(this.persona(name)).toHaveCount(0);
  }

  async undoFromToast(): Promise<void> {
    await this.toasts.getByTestId('toast-action').last().click();
  }

  /** Ctrl+Z outside a text field: the project's history, not the field's. */
  async pressUndo(): Promise<void> {
    await this.blurTextFields();
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async pressRedo(): Promise<void> {
    await this.blurTextFields();
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }

  /** Alt+Arrow on a focused persona moves it one place per press. */
  async moveWithKeyboard(name: string, direction: 'up' | 'down', times = 1): Promise<void> {
    await this.persona(name).getByTestId('persona-move').focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
  }

  async expectPersonas(names: string[]): Promise<void> {
    await expect(this.personaNames).toHaveText(names);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveClass(/\bsaved\b/);
  }

  /** Closes the project and waits until the core has let it go (the start screen shows only then). */
  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.projectName).toHaveCount(0);
  }

  private async blurTextFields(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }
}
