import { expect, type Locator, type Page } from '@playwright/test';

/** The interview notebook: interview list, notes editor, highlights, evidence board and search. */
export class NotebookScreen {
  readonly editor: Locator;
  readonly interviewItems: Locator;
  readonly marks: Locator;
  readonly highlightPopover: Locator;
  readonly markPopover: Locator;
  readonly saveIndicator: Locator;
  readonly searchInput: Locator;
  readonly searchHits: Locator;
  readonly evidenceGroups: Locator;
  readonly detachedItems: Locator;
  readonly importInput: Locator;
  readonly importStatus: Locator;
  readonly importErrors: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('notes-editor');
    this.interviewItems = page.getByTestId('interview-item');
    this.marks = this.editor.locator('mark[data-highlight-ids]');
    this.highlightPopover = page.getByTestId('highlight-popover');
    this.markPopover = page.getByTestId('mark-popover');
    this.saveIndicator = page.getByTestId('save-indicator');
    this.searchInput = page.getByTestId('search-input');
    this.searchHits = page.getByTestId('search-hit');
    this.evidenceGroups = page.getByTestId('evidence-group');
    this.detachedItems = page.getByTestId('detached-item');
    this.importInput = page.getByTestId('import-input');
    this.importStatus = page.getByTestId('import-status');
    this.importErrors = page.getByTestId('import-errors');
  }

  async section(name: 'personas' | 'interviews' | 'evidence' | 'search'): Promise<void> {
    await this.page.getByTestId(`nav-${name}`).click();
    await expect(this.page.getByTestId(`nav-${name}`)).toHaveAttribute('aria-current', 'page');
  }

  async createInterview(title: string): Promise<void> {
    await this.section('interviews');
    await this.page.getByTestId('interview-new-title').fill(title);
    await this.page.getByTestId('interview-add').click();
    await expect(this.page.getByTestId('interview-heading')).toHaveText(title);
    await this.noteLoaded();
  }

  /** The note's document has arrived: until then the editor takes no keys. */
  async noteLoaded(): Promise<void> {
    await expect(this.editor).toBeVisible();
    // A note from before Yjs is made into a document on its first open: a long one takes a moment.
    await expect(this.editor).toHaveAttribute('contenteditable', 'true', { timeout: 15_000 });
  }

  interview(title: string): Locator {
    return this.interviewItems.filter({ has: this.page.getByTestId('interview-title').getByText(title, { exact: true }) });
  }

  async openInterview(title: string): Promise<void> {
    await this.section('interviews');
    await this.interview(title).getByTestId('interview-open').click();
    await expect(this.page.getByTestId('interview-heading')).toHaveText(title);
    await this.noteLoaded();
  }

  /** Real key presses into the editor, Polish letters included. */
  async type(text: string): Promise<void> {
    await this.editor.pressSequentially(text);
  }

  /** Real key presses wherever focus is now, without clicking first: keys sent to a lost focus go nowhere. */
  async keys(text: string, delay = 0): Promise<void> {
    await this.page.keyboard.type(text, { delay });
  }

  /** The plain text of an interview's note as the project file holds it. */
  async storedNotes(title: string): Promise<string> {
    const rows = await this.api<{ id: string; title: string }[]>('interview.list', {});
    const row = rows.find((r) => r.title === title);
    if (!row) throw new Error(`no interview "${title}"`);
    return (await this.api<{ notesText: string }>('interview.get', { id: row.id })).notesText;
  }

  /**
   * Lets the editor catch up with a selection made by keys: Chromium runs input before the queued
   * selectionchange that tells Lexical, so a shortcut pressed at once would act on the old selection.
   */
  async selectionSettled(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    await this.page.waitForTimeout(50);
  }

  async focusEnd(): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /** A paste as the clipboard delivers it: HTML, and the plain text when given. */
  async pasteHtml(html: string, plain?: string): Promise<void> {
    await this.paste({ 'text/html': html, ...(plain === undefined ? {} : { 'text/plain': plain }) });
  }

  /** A paste of exactly these clipboard flavours, by type. */
  async paste(flavours: Record<string, string>): Promise<void> {
    await this.editor.evaluate((root, data) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, flavours);
  }

  /** Selects an exact run of words inside the editor's text, through the DOM selection. */
  async select(words: string): Promise<void> {
    await this.selectText(words, false);
  }

  /** Puts the caret right after an exact run of words, through the DOM selection. */
  async caretAfter(words: string): Promise<void> {
    await this.selectText(words, true);
  }

  private async selectText(words: string, collapse: boolean): Promise<void> {
    await this.editor.evaluate((root, [needle, toEnd]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        if (toEnd) range.collapse(false);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${needle}" is not in one text node of the note`);
    }, [words, collapse] as const);
    // Lexical reads the DOM selection on selectionchange, in a task of its own: wait until its
    // selection spans the words (or is the caret after them), not for a guessed time.
    await expect
      .poll(() =>
        this.editor.evaluate((root) => {
          type Point = { offset: number };
          const editor = (root as unknown as { __lexicalEditor?: { getEditorState(): { _selection: { anchor: Point; focus: Point } | null } } }).__lexicalEditor;
          const selection = editor?.getEditorState()._selection;
          return selection && 'anchor' in selection ? Math.abs(selection.focus.offset - selection.anchor.offset) : -1;
        }),
      )
      .toBe(collapse ? 0 : words.length);
  }

  /** Ctrl+H on a selection, then tick or create the tags and confirm. */
  async highlight(words: string, tags: string[]): Promise<void> {
    const before = await this.marks.count();
    await this.select(words);
    await this.page.keyboard.press('ControlOrMeta+h');
    await expect(this.highlightPopover).toBeVisible();
    for (const tag of tags) {
      const existing = this.highlightPopover.getByTestId('tag-choice').filter({ hasText: tag });
      if ((await existing.count()) > 0) await existing.locator('input').check();
      else {
        await this.highlightPopover.getByTestId('tag-new-name').fill(tag);
        await this.highlightPopover.getByTestId('tag-new-name').press('Enter');
        await expect(this.highlightPopover.getByTestId('tag-choice').filter({ hasText: tag }).locator('input')).toBeChecked();
      }
    }
    await this.highlightPopover.getByTestId('highlight-confirm').click();
    await expect(this.highlightPopover).toHaveCount(0);
    await expect(this.marks).toHaveCount(before + 1);
  }

  mark(text: string): Locator {
    return this.marks.filter({ hasText: text });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveClass(/\bsaved\b/);
  }

  async search(q: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.searchInput).toBeFocused();
    await this.searchInput.fill(q);
  }

  evidenceGroup(title: string): Locator {
    return this.evidenceGroups.filter({ has: this.page.getByTestId('evidence-group-title').getByText(title, { exact: true }) });
  }

  /** The studio's API from inside the page, with the tab's own token. */
  async api<T>(op: string, input: unknown): Promise<T> {
    return this.page.evaluate(
      async ([name, body]) => {
        const token = sessionStorage.getItem('journey-studio.token');
        const r = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        });
        const json = (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!json.ok) throw new Error(json.error?.message);
        return json.value;
      },
      [op, input] as const,
    ) as Promise<T>;
  }
}
