import { expect, test } from './fixtures';
import { JourneyScreen } from './pages/JourneyScreen';
import { NotebookScreen } from './pages/NotebookScreen';

test('a search hit on a persona, a map or a sticky note opens it there', async ({ page, studio, startScreen }) => {
  test.setTimeout(90_000);
  const notebook = new NotebookScreen(page);
  const journeys = new JourneyScreen(page);
  await startScreen.startProject(studio.host.url, 'Szukanie');
  for (const name of ['Anna', 'Bartek', 'Celina', 'Dorota', 'Ewa Kowalska']) {
    await notebook.api('persona.create', { name });
  }
  await journeys.open();
  await journeys.createMap({ name: 'Zakup auta', template: 'three-stages', lang: 'pl' });
  await journeys.addNote(2, 'actions', 'Porównuje oferty leasingu');
  await journeys.addNote(0, 'actions', 'Czyta fora');
  await journeys.page.getByTestId('journey-back').click();
  await expect(journeys.cards).toHaveCount(1);

  await notebook.section('personas');
  await notebook.search('leasing');
  await expect(notebook.searchHits).toHaveCount(1);
  await notebook.searchInput.press('Enter');
  await expect(journeys.grid).toBeVisible();
  await expect(journeys.notes.filter({ hasText: 'Porównuje oferty leasingu' })).toBeFocused();
  // Once: the same map opened again from its list starts as maps start.
  await journeys.page.getByTestId('journey-back').click();
  await journeys.cards.first().getByTestId('journey-open').click();
  await expect(journeys.grid).toBeVisible();
  await expect(journeys.notes.filter({ hasText: 'Porównuje oferty leasingu' })).not.toBeFocused();

  await journeys.page.getByTestId('journey-back').click();
  await notebook.search('zakup');
  await notebook.searchHits.filter({ hasText: 'Zakup auta' }).click();
  await expect(journeys.grid).toBeVisible();
  await expect(page.getByTestId('journey-map-name')).toHaveText('Zakup auta');

  await notebook.search('kowalska');
  await notebook.searchHits.filter({ hasText: 'Ewa Kowalska' }).click();
  const ewa = page.locator('[data-testid="persona-item"]').filter({ hasText: 'Ewa Kowalska' });
  await expect(ewa).toBeInViewport();
  await expect(ewa.locator('[data-action="rename"]')).toBeFocused();
});
