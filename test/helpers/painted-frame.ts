/**
 * A same-origin page in an iframe `width` × `height` CSS px, as a reader first sees it: sized before
 * it loads (a frame resized afterwards would count as a layout shift), then its fonts in, laid out and
 * painted (two animation frames), before anything is compared.
 */
export async function openPainted(src: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await frame.contentDocument!.fonts.ready;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return frame;
}
