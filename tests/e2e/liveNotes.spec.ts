import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

interface InterviewRow {
  id: string;
  title: string;
}

/** A typist's words: hundreds of key presses, Polish letters and Enter among them. */
function script(who: string, lines: number): string[] {
  return Array.from({ length: lines }, (_, i) => `${who} ${i + 1}: zażółć gęślą jaźń, ${who.toLowerCase()} pisze dalej.`);
}

test('two windows typing into the same note at once both keep every word, and so does the project file', async ({ page, context, studio, startScreen }) => {
  test.setTimeout(120_000);
  const first = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Na żywo');
  await first.createInterview('Wspólny wywiad');
  await first.editor.click();
  await first.keys('Anna:');
  await first.page.keyboard.press('Enter');
  await first.page.keyboard.press('Enter');
  await first.keys('Bartek:');
  await first.expectSaved();

  const other = await context.newPage();
  const second = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await second.openInterview('Wspólny wywiad');
  await expect(second.editor).toHaveText(/Anna:\s*Bartek:/);

  // Each takes a paragraph of their own: Anna under "Anna:", Bartek at the end.
  await first.caretAfter('Anna:');
  await second.focusEnd();
  const anna = script('Anna', 6);
  const bartek = script('Bartek', 6);
  for (let i = 0; i < anna.length; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(anna[i]!);
    await other.keyboard.press('Enter');
    await other.keyboard.type(bartek[i]!);
  }
  await first.expectSaved();
  await second.expectSaved();

  // The empty paragraph between the two parts is a line of its own on screen, none in the plain text.
  const expected = ['Anna:', ...anna, 'Bartek:', ...bartek].join('\n');
  const shown = (screen: NotebookScreen) => screen.editor.innerText().then((t) => t.replace(/\n+/g, '\n').trim());
  await expect.poll(() => shown(first)).toBe(expected);
  await expect.poll(() => shown(second)).toBe(expected);
  const [row] = await first.api<InterviewRow[]>('interview.list', {});
  await expect.poll(() => first.api<{ notesText: string }>('interview.get', { id: row!.id }).then((r) => r.notesText)).toBe(expected);

  // Each caret stayed with its typist: one more word lands at the end of each one's own lines.
  await page.keyboard.type(' KONIEC-A');
  await other.keyboard.type(' KONIEC-B');
  await first.expectSaved();
  await second.expectSaved();
  await expect.poll(() => first.api<{ notesText: string }>('interview.get', { id: row!.id }).then((r) => r.notesText)).toBe(
    ['Anna:', ...anna.slice(0, -1), `${anna.at(-1)} KONIEC-A`, 'Bartek:', ...bartek.slice(0, -1), `${bartek.at(-1)} KONIEC-B`].join('\n'),
  );
});

test('Ctrl+Z in a note undoes this window’s typing only, not what another window typed meanwhile', async ({ page, context, studio, startScreen }) => {
  test.setTimeout(90_000);
  const first = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Cofanie');
  await first.createInterview('Wywiad');
  await first.editor.click();
  await first.keys('Wspólny początek.');
  await first.expectSaved();

  const other = await context.newPage();
  const second = new NotebookScreen(other);
  await other.goto(studio.host.url);
  await second.openInterview('Wywiad');
  await second.focusEnd();
  await other.keyboard.press('Enter');
  await other.keyboard.type('Zdanie drugiego okna.');
  await second.expectSaved();
  await expect(first.editor).toContainText('Zdanie drugiego okna.');

  // The first window's last words, then its undo: they go, the second window's stay.
  await page.bringToFront();
  await first.caretAfter('Wspólny początek.');
  await first.keys(' Do cofnięcia.');
  await first.expectSaved();
  await page.waitForTimeout(600);
  await page.keyboard.press('ControlOrMeta+z');
  await first.expectSaved();
  const [row] = await first.api<InterviewRow[]>('interview.list', {});
  await expect.poll(() => first.api<{ notesText: string }>('interview.get', { id: row!.id }).then((r) => r.notesText)).toBe('Wspólny początek.\nZdanie drugiego okna.');
  await expect(second.editor).not.toContainText('Do cofnięcia.');
  await expect(second.editor).toContainText('Zdanie drugiego okna.');
});
