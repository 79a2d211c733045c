import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

test('tags are listed in Polish alphabetical order, renamed and merged; the evidence board follows a merged filter back to all tags', async ({
  page,
  studio,
  startScreen,
}) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Tagi');
  await notebook.createInterview('Wywiad z Olą');
  await notebook.editor.click();
  await notebook.type('Liczy się marka samochodu i łatwość obsługi.');
  await notebook.highlight('marka samochodu', ['Marka']);
  await notebook.highlight('łatwość obsługi', ['Łatwość']);
  await notebook.expectSaved();

  await notebook.section('evidence');
  const names = page.getByTestId('tag-row').getByTestId('tag-name');
  const nameValues = () => names.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  // By code point, Ł comes after every Latin letter; a Polish reader looks for it after L.
  await expect.poll(nameValues).toEqual(['Łatwość', 'Marka']);
  await expect(page.getByTestId('evidence-tag').locator('option:not([value=""])')).toHaveText(['Łatwość', 'Marka']);

  // A name another tag already has, in other letter case, is refused and the field shows the tag's own name again.
  const marka = page.getByTestId('tag-row').nth(1);
  await marka.getByTestId('tag-name').fill('łATWOŚĆ');
  await marka.getByTestId('tag-name').press('Enter');
  await expect(page.getByTestId('toast').last()).toBeVisible();
  await expect.poll(nameValues).toEqual(['Łatwość', 'Marka']);
  // Nothing was changed, so nothing is unsaved: the project does not say "Not saved".
  await notebook.expectSaved();

  await page.getByTestId('evidence-tag').selectOption({ label: 'Marka' });
  await expect(page.getByTestId('evidence-quote')).toHaveText(['marka samochodu']);
  await marka.getByTestId('tag-merge-target').selectOption({ label: 'Łatwość' });
  await marka.getByTestId('tag-merge').click();
  // Merging cannot be undone: it asks first, and Cancel changes nothing.
  await expect(page.locator('dialog[open]')).toContainText('Łatwość');
  await page.locator('dialog[open]').getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(nameValues).toEqual(['Łatwość', 'Marka']);
  await marka.getByTestId('tag-merge').click();
  await page.getByTestId('tag-merge-confirm').click();
  await expect.poll(nameValues).toEqual(['Łatwość']);
  // Focus lands on the tag the quotes went to, not on the page.
  await expect(names).toBeFocused();
  await expect(page.getByTestId('evidence-tag')).toHaveValue('');
  await expect(notebook.evidenceGroup('Łatwość').getByTestId('evidence-quote')).toHaveText(['marka samochodu', 'łatwość obsługi']);

  await names.fill('Wygoda');
  await names.press('Enter');
  await expect(notebook.evidenceGroup('Wygoda').getByTestId('tag-chip')).toHaveText(['Wygoda', 'Wygoda']);
  // The field the name was typed in keeps the focus: Tab goes on to the next control of its row.
  await expect(names).toBeFocused();
  await page.reload();
  await expect(notebook.evidenceGroup('Wygoda').getByTestId('evidence-quote')).toHaveCount(2);
});

test('a tag renamed with Enter keeps the focus when the new name sorts it further down the list', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  const notebook = new NotebookScreen(page);
  await startScreen.startProject(studio.host.url, 'Kolejność');
  await notebook.createInterview('Wywiad');
  await notebook.editor.click();
  await notebook.type('Pierwszy cytat i drugi cytat.');
  await notebook.highlight('Pierwszy cytat', ['Alfa']);
  await notebook.highlight('drugi cytat', ['Beta']);
  await notebook.section('evidence');
  const names = page.getByTestId('tag-row').getByTestId('tag-name');
  const nameValues = () => names.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await expect.poll(nameValues).toEqual(['Alfa', 'Beta']);
  await names.first().fill('Zeta');
  await names.first().press('Enter');
  await expect.poll(nameValues).toEqual(['Beta', 'Zeta']);
  await expect(names.last()).toBeFocused();
});
