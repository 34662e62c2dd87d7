// Helpers for component tests (happy-dom, Testing Library), without a matcher library.

/** An element's text as assistive technology gets it: without its aria-hidden parts (icons). */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a screen reader reads as an element's description: its aria-describedby targets' text, in order. */
export function descriptionOf(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => element.ownerDocument.getElementById(id))
    .map((target) => (target ? spokenText(target) : ''))
    .filter(Boolean)
    .join(' ');
}

/** Runs requestAnimationFrame callbacks at once, so focus moved "on the next frame" can be checked. */
export function runFramesAtOnce(spyOn: typeof import('vitest').vi.spyOn) {
  return spyOn(window, 'requestAnimationFrame').mockImplementation((callback: FrameRequestCallback) => {
    callback(0);
    return 0;
  });
}
