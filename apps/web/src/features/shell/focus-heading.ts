/**
 * Moves focus to the page's h1 inside `container`, waiting for it while the page is still loading,
 * so a screen reader starts at the page's name after sign-in or a move from the phone menu.
 * The heading gets tabindex="-1" (focusable by script, not in the tab order) when it has none.
 * Returns a function that stops waiting.
 */
export function focusPageHeading(container: HTMLElement | null, { waitMs = 5000 } = {}): () => void {
  if (!container) return () => undefined;
  const tryFocus = () => {
    const heading = container.querySelector('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(stop, waitMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
