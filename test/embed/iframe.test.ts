import { expect } from '@open-wc/testing';
// The host snippet, as a host page loads it: it listens for every iframe[data-budget-frame].
import '../../demo/embed/iframe-resizer.js';
import { openPage, rendered, shadowText, totals, waitFor } from './page.js';

/**
 * demo/embed/frame.html in an iframe of this (host) page: it reports its height by postMessage,
 * and the host snippet (demo/embed/iframe-resizer.js) fits the iframe to it.
 */
interface Resize {
  type: 'budget-widgets:resize';
  height: number;
}

/** Every resize message from `frame`, in order. */
function listen(frame: () => HTMLIFrameElement | undefined): Resize[] {
  const messages: Resize[] = [];
  addEventListener('message', (event) => {
    if (event.source === frame()?.contentWindow && event.data?.type === 'budget-widgets:resize') messages.push(event.data);
  });
  return messages;
}

describe('embedding guide: iframe', () => {
  let frame: HTMLIFrameElement | undefined;
  const messages = listen(() => frame);
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    messages.length = 0;
  });
  const height = (element: HTMLElement) => element.getBoundingClientRect().height;

  it('shows the figures, reports its height and is resized to it by the host snippet', async () => {
    frame = await openPage('/demo/embed/frame.html?bureau=kaijiang-2025&element=budget-summary', { 'data-budget-frame': '', height: '150', style: 'border: 0; width: 800px' });
    const summary = await rendered(frame.contentDocument!, 'budget-summary');
    expect(totals(summary)).to.include.members(['收入总计 1,236.47', '支出总计 1,236.47']);
    // The body holds nothing but the element: its height is the content's.
    const content = () => Math.ceil(frame!.contentDocument!.body.getBoundingClientRect().height);
    await waitFor(() => content() > 400 && messages.at(-1)?.height === content(), 'a message with the rendered height');
    expect(Object.keys(messages.at(-1)!).sort(), 'the message shape').to.deep.equal(['height', 'type']);
    await waitFor(() => height(frame!) === content(), `the iframe to be ${content()}px high`);
  });

  it('follows its content when it shrinks', async () => {
    frame = await openPage('/demo/embed/frame.html?bureau=quxian-2024&element=budget-summary', { 'data-budget-frame': '', height: '150', style: 'border: 0; width: 800px' });
    const summary = await rendered(frame.contentDocument!, 'budget-summary');
    const full = await waitFor(() => height(frame!) > 600 && height(frame!), 'the full summary');
    summary.setAttribute('sections', 'totals');
    await waitFor(() => height(frame!) < full / 2, 'the iframe to shrink with its content');
    expect(height(frame)).to.equal(messages.at(-1)!.height);
  });

  it('passes the query on to the element (English, compact)', async () => {
    frame = await openPage('/demo/embed/frame.html?bureau=gaoyang-2025&element=sangong-card&lang=en&variant=compact', { 'data-budget-frame': '' });
    const card = await rendered(frame.contentDocument!, 'sangong-card');
    expect(shadowText(card, 'h2')).to.equal('"Three public expenses"');
    expect(shadowText(card, '[part="total"] .amount')).to.equal('1.46');
    expect(card.getAttribute('variant')).to.equal('compact');
  });

  it('leaves alone an iframe without data-budget-frame, which scrolls instead', async () => {
    frame = await openPage('/demo/embed/frame.html?bureau=kaijiang-2025&element=budget-summary', { height: '200', style: 'border: 0' });
    await rendered(frame.contentDocument!, 'budget-summary');
    await waitFor(() => messages.length > 0, 'a height message');
    expect(height(frame)).to.equal(200);
    const scroller = frame.contentDocument!.scrollingElement!;
    expect(scroller.scrollHeight, 'the content is still there, to scroll to').to.be.above(scroller.clientHeight);
  });

  it('ignores a resize message that its iframe did not send', async () => {
    frame = await openPage('/demo/embed/frame.html?bureau=kaijiang-2025&element=sangong-card', { 'data-budget-frame': '', style: 'border: 0' });
    await rendered(frame.contentDocument!, 'sangong-card');
    await waitFor(() => messages.length > 0 && height(frame!) === messages.at(-1)!.height, 'the iframe to fit');
    // Same origin, right shape, but sent by this page, not by the iframe's window.
    window.postMessage({ type: 'budget-widgets:resize', height: 5 }, location.origin);
    // Messages from one window arrive in order: once this one is here, the host snippet has had the forged one.
    await new Promise((resolve) => {
      addEventListener('message', function marker(event) {
        if (event.data !== 'after the forged message') return;
        removeEventListener('message', marker);
        resolve(undefined);
      });
      window.postMessage('after the forged message', location.origin);
    });
    // Fitted to the iframe's own last report (it reports again whenever its content's height changes).
    expect(height(frame)).to.equal(messages.at(-1)!.height);
    expect(height(frame)).to.be.above(5);
  });

  it('says so for an unknown bureau or element, and shows nothing else', async () => {
    frame = await openPage('/demo/embed/frame.html?bureau=kaijiang-2025&element=script', { 'data-budget-frame': '' });
    const alert = frame.contentDocument!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('Unknown bureau or element');
    expect(frame.contentDocument!.querySelector('main')!.children.length).to.equal(1);
  });
});
