import { expect, fixture, fixtureCleanup, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { RovingFocusController } from '../../src/controllers/roving-focus-controller.js';

/** A listbox of a few options, as small as a host can be. */
class RovingList extends LitElement {
  static override properties = { names: { attribute: false } };
  names = ['甲', '乙', '乙丙', '丁'];
  active = '';
  readonly roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')],
    onActive: (key) => (this.active = key),
  });
  override render() {
    return html`<div role="listbox" aria-label="list" @keydown=${(e: KeyboardEvent) => this.roving.handleKeydown(e)}>
      ${this.names.map((name) => html`<div role="option" aria-selected="false" data-key=${name} aria-label=${name}>${name}</div>`)}
    </div>`;
  }
}
customElements.define('roving-list', RovingList);

const press = (el: RovingList, key: string, timeStamp?: number) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  if (timeStamp !== undefined) Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  el.shadowRoot!.activeElement!.dispatchEvent(event);
  return event;
};
const focused = (el: RovingList) => el.shadowRoot!.activeElement?.getAttribute('data-key');
const stops = (el: RovingList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].filter((o) => o.tabIndex === 0).map((o) => o.dataset.key);

describe('RovingFocusController', () => {
  afterEach(() => fixtureCleanup());

  it('keeps one tab stop and moves it with the arrows, Home and End', async () => {
    const el = await fixture<RovingList>(testHtml`<roving-list></roving-list>`);
    expect(stops(el)).to.deep.equal(['甲']);
    el.roving.active!.focus();
    expect(press(el, 'ArrowDown').defaultPrevented).to.equal(true);
    expect([focused(el), el.active, stops(el)]).to.deep.equal(['乙', '乙', ['乙']]);
    press(el, 'End');
    expect(focused(el)).to.equal('丁');
    press(el, 'ArrowDown');
    expect(focused(el)).to.equal('丁');
    press(el, 'Home');
    press(el, 'ArrowUp');
    expect(focused(el)).to.equal('甲');
    expect(press(el, 'ArrowRight').defaultPrevented).to.equal(false);
  });

  it('finds items by their first characters; characters typed close together search together', async () => {
    const el = await fixture<RovingList>(testHtml`<roving-list></roving-list>`);
    el.roving.active!.focus();
    press(el, '乙', 0);
    expect(focused(el)).to.equal('乙');
    press(el, '乙', 5000);
    expect(focused(el)).to.equal('乙丙');
    press(el, '乙', 10_000);
    press(el, '丙', 10_100);
    expect(focused(el)).to.equal('乙丙');
  });

  it('puts focus back on the active item when a render replaces it, or on the first when it is gone', async () => {
    const el = await fixture<RovingList>(testHtml`<roving-list></roving-list>`);
    el.roving.active!.focus();
    press(el, 'End');
    el.names = ['丁', '甲'];
    await el.updateComplete;
    expect([focused(el), stops(el)]).to.deep.equal(['丁', ['丁']]);
    el.names = ['戊', '己'];
    await el.updateComplete;
    expect([focused(el), stops(el)]).to.deep.equal(['戊', ['戊']]);
  });
});
