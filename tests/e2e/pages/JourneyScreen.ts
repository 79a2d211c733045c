import { expect, type Locator, type Page } from '@playwright/test';

export interface NewMap {
  name: string;
  goal?: string;
  template?: 'five-stages' | 'eight-steps' | 'three-stages' | 'service-lifecycle' | 'e-commerce' | 'empty';
  lang?: 'pl' | 'en';
  personas?: string[];
}

/** The journey maps section: the list of maps and one open map. Selectors are language-neutral. */
export class JourneyScreen {
  readonly navButton: Locator;
  readonly cards: Locator;
  readonly dialog: Locator;
  readonly grid: Locator;
  readonly stages: Locator;
  readonly lanes: Locator;
  readonly notes: Locator;
  readonly composer: Locator;
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.navButton = page.getByTestId('nav-journeys');
    this.cards = page.getByTestId('journey-card');
    this.dialog = page.locator('dialog[open]');
    this.grid = page.getByTestId('journey-grid');
    this.stages = page.getByTestId('journey-stage');
    this.lanes = page.getByTestId('journey-lane');
    this.notes = page.getByTestId('journey-note');
    this.composer = page.getByTestId('journey-composer');
    this.announcer = page.getByTestId('announcer');
  }

  async open(): Promise<void> {
    await this.navButton.click();
  }

  async createMap(map: NewMap): Promise<void> {
    await this.page.getByTestId('journey-new').click();
    await this.dialog.getByTestId('journey-name').fill(map.name);
    if (map.goal) await this.dialog.getByTestId('journey-goal').fill(map.goal);
    if (map.lang) await this.dialog.getByTestId('journey-lang').selectOption(map.lang);
    if (map.template) await this.dialog.getByTestId('journey-template').selectOption(map.template);
    for (const persona of map.personas ?? []) await this.dialog.getByLabel(persona, { exact: true }).check();
    await this.dialog.getByTestId('journey-create-submit').click();
    await expect(this.grid).toBeVisible();
  }

  async expectStages(names: string[]): Promise<void> {
    await expect(this.page.getByTestId('journey-stage-name')).toHaveText(names);
  }

  lane(kind: string): Locator {
    return this.page.locator(`[data-testid="journey-lane"][data-lane-kind="${kind}"]`);
  }

  /** Kinds of the visible lanes that hold notes, top to bottom. */
  async noteLaneKinds(): Promise<string[]> {
    const kinds = await this.lanes.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.laneKind ?? ''));
    return kinds.filter((k) => k !== 'emotions');
  }

  async cell(stage: number, laneKind: string): Promise<Locator> {
    const stageId = await this.stages.nth(stage).getAttribute('data-stage-id');
    const laneId = await this.lane(laneKind).getAttribute('data-lane-id');
    return this.page.locator(`.journey-cell[data-cell="${stageId}|${laneId}"]`);
  }

  async notesIn(stage: number, laneKind: string): Promise<Locator> {
    return (await this.cell(stage, laneKind)).getByTestId('journey-note-text');
  }

  /** Focus a cell and start typing: the first key opens the quick-note field. */
  async addNote(stage: number, laneKind: string, text: string): Promise<void> {
    const cell = await this.cell(stage, laneKind);
    const before = await cell.getByTestId('journey-note').count();
    await cell.focus();
    await this.page.keyboard.press(text[0]!);
    await expect(cell.getByTestId('journey-composer')).toBeFocused();
    await this.page.keyboard.type(text.slice(1));
    await this.page.keyboard.press('Enter');
    await expect(cell.getByTestId('journey-note')).toHaveCount(before + 1);
    await this.page.keyboard.press('Escape');
    await expect(this.composer).toHaveCount(0);
  }

  note(text: string): Locator {
    return this.notes.filter({ has: this.page.getByTestId('journey-note-text').getByText(text, { exact: true }) });
  }

  async openDetails(text: string): Promise<Locator> {
    await this.note(text).focus();
    await this.page.keyboard.press('Enter');
    const form = this.dialog.getByTestId('journey-item-dialog');
    await expect(form).toBeVisible();
    return form;
  }

  async saveDetails(form: Locator): Promise<void> {
    await form.getByTestId('journey-item-save').click();
    await expect(this.dialog).toHaveCount(0);
  }

  emotion(stage: number): Locator {
    return this.page.getByTestId('journey-emotion').nth(stage);
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-indicator')).toHaveClass(/\bsaved\b/);
  }

  async pressUndo(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/journey-${name}.png` });
  }
}
