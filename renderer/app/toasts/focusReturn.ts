/**
 * Where the keys go back to when a toast that holds them closes: the element that last had focus
 * outside the toast region, with its caret when that was a contenteditable (the notes editor).
 * Without it, focus falls to the page body as the toast goes and the next words typed go nowhere.
 *
 * It is noted as focus leaves each element, not as focus enters the region: a press on a toast's
 * message first moves focus to the body and the selection into the message, and the user's next
 * press, on the toast's button, would then find neither the editor nor its caret.
 */
export class FocusReturn {
  private origin: HTMLElement | null = null;
  private caret: Range | null = null;

  /** Follows focus outside `region` until the returned function is called. */
  watch(region: HTMLElement): () => void {
    const onFocusOut = (e: FocusEvent) => {
      const from = e.target;
      if (!(from instanceof HTMLElement) || from === document.body || region.contains(from)) return;
      this.origin = from;
      this.caret = null;
      const selection = document.getSelection();
      // Focus moves before the selection does, so this is still the caret that `from` had.
      if (from.isContentEditable && selection && selection.rangeCount > 0) {
        const range = selection.getRangeAt(0);
        if (from.contains(range.startContainer) && from.contains(range.endContainer)) this.caret = range.cloneRange();
      }
    };
    document.addEventListener('focusout', onFocusOut, true);
    return () => document.removeEventListener('focusout', onFocusOut, true);
  }

  /** Focuses the element noted last if it can still take focus, or else `fallback` (the main region). */
  restore(fallback: () => HTMLElement | null): void {
    const origin = this.origin;
    const caret = this.caret;
    if (origin?.isConnected) {
      origin.focus({ preventScroll: true });
      if (document.activeElement === origin) {
        if (caret && origin.contains(caret.startContainer) && origin.contains(caret.endContainer)) {
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(caret);
        }
        return;
      }
    }
    const target = fallback();
    if (!target) return;
    // A landmark is not focusable by itself; -1 lets a script focus it without adding a Tab stop.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.setAttribute('data-focus-fallback', '');
    }
    target.focus({ preventScroll: true });
  }
}
