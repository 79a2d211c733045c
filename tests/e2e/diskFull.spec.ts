import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fillDisk, mountTmpfs } from '../crash/faultyDisk';
import { expect, test } from './fixtures';
import { NotebookScreen } from './pages/NotebookScreen';

const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../shared/i18n/en.json'), 'utf8')) as Record<string, string>;

/** A block of words far larger than what a full disk has left. */
const longParagraph = Array.from({ length: 3000 }, (_, i) => `słowo${i}`).join(' ');

test('a full disk says why the note was not saved, and the note is saved once there is room', async ({ page, studio, startScreen }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  // The studio's projects folder is a small disk of its own (a real tmpfs mount; the run is root).
  const disk = mountTmpfs(join(studio.home, 'projects'), 4 * 1024 * 1024);
  try {
    const notebook = new NotebookScreen(page);
    await startScreen.startProject(studio.host.url, 'Full disk');
    await notebook.createInterview('Call with Ola');
    await notebook.editor.click();
    await notebook.type('Written before the disk filled up.');
    await notebook.expectSaved();

    const filler = fillDisk(disk.dir);
    await page.keyboard.press('Enter');
    await notebook.paste({ 'text/plain': `Written on a full disk: ${longParagraph}` });
    await expect(notebook.saveIndicator).toHaveClass(/\bfailed\b/);
    await expect(notebook.saveIndicator).toContainText('Not saved');
    await expect(notebook.saveIndicator).toContainText(en['error.disk_full']!);
    // The header may cut the reason short; its title holds it whole.
    await expect(notebook.saveIndicator).toHaveAttribute('title', new RegExp(en['error.disk_full']!.slice(0, 40)));
    await page.screenshot({ path: 'test-results/screens/disk-full.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/screens/disk-full-1920.png' });

    // The studio goes on answering: what was saved before is there, and nothing the full disk
    // refused. (The new line before the paste may have been stored: the -wal, folded into the file
    // while the studio was quiet, had room for it.)
    const kept = await notebook.storedNotes('Call with Ola');
    expect(kept.trim()).toBe('Written before the disk filled up.');
    expect(kept).not.toContain('Written on a full disk');

    // Room again: the autosaver's retry saves what was left unsaved, without a keystroke.
    rmSync(filler);
    await expect(notebook.saveIndicator).toHaveClass(/\bsaved\b/, { timeout: 15_000 });
    const stored = await notebook.storedNotes('Call with Ola');
    expect(stored).toContain('Written before the disk filled up.');
    expect(stored).toContain('Written on a full disk: słowo0');
    expect(stored).toContain('słowo2999');
    await page.screenshot({ path: test.info().outputPath('disk-room-again.png') });
  } finally {
    // The host lets go of the project before its disk goes away.
    await studio.host.stop();
    disk.unmount();
  }
});
