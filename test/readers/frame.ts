/** A same-origin iframe as a real viewport of a chosen width, in every engine. */

/** Resolves once `check` answers something other than undefined/false; fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | undefined | false, what: string, timeout = 10000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * An iframe at the top left of the test page (in view, so no engine throttles its rendering), `width`
 * CSS pixels wide: its document's viewport. `source` is a same-origin URL or, as `{ html }`, a page.
 */
export async function openViewport(source: string | { html: string }, width: number, height = 700): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'reader check viewport';
  Object.assign(frame.style, { position: 'fixed', left: '0', top: '0', border: '0', width: `${width}px`, height: `${height}px` });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof source === 'string') frame.src = source;
  else frame.srcdoc = source.html;
  document.body.append(frame);
  await loaded;
  await resizeViewport(frame, width);
  return frame;
}

/** Resizes the viewport and waits until the document inside has taken the new width. */
export async function resizeViewport(frame: HTMLIFrameElement, width: number): Promise<void> {
  frame.style.width = `${width}px`;
  await waitFor(() => frame.contentWindow!.innerWidth === width, `the viewport to be ${width} px wide`);
}

/** The next animation frame of a window. */
const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/**
 * Waits until the layout of a document stops changing: the same `signature` on three animation frames
 * in a row (resize observers, Lit updates and fonts settle within a few frames; no fixed sleep).
 */
export async function layoutSettled(win: Window, signature: () => string, timeout = 10000): Promise<void> {
  const start = performance.now();
  let last = '';
  let same = 0;
  while (same < 3) {
    await nextFrame(win);
    const now = signature();
    same = now === last ? same + 1 : 0;
    last = now;
    if (performance.now() - start > timeout) throw new Error('timed out waiting for the layout to settle');
  }
}
