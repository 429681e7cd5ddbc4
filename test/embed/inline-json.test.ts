import { expect } from '@open-wc/testing';
import { openPage, rendered, shadowText } from './page.js';

/** demo/embed/inline-json.html: the document inside the element, no fetch. */
describe('embedding guide: inline JSON', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  it('shows the published 三公 figures of gaoyang-2025 from the inline document', async () => {
    frame = await openPage('/demo/embed/inline-json.html');
    const page = frame.contentDocument!;
    const card = await rendered(page, 'sangong-card');
    expect(shadowText(card, '[part="total"] .amount')).to.equal('1.46');
    expect(shadowText(card, '[part="total"] .change')).to.equal('与上年相比 -0.08');
    const explanation = [...card.shadowRoot!.querySelectorAll('[part="explanation"] p')].map((p) => p.textContent);
    expect(explanation).to.deep.equal(['与2024年相比减少0.08万元', '增减变化的主要原因是厉行节约，压缩开支。']);
    const requested = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => url.endsWith('.json')), 'no data file fetched').to.deep.equal([]);
  });

  it('inlines an exact extract of demo/data/gaoyang-2025.json', async () => {
    frame = await openPage('/demo/embed/inline-json.html');
    const inline = JSON.parse(frame.contentDocument!.querySelector('sangong-card > script[type="application/json"]')!.textContent!);
    const full = await (await fetch('/demo/data/gaoyang-2025.json')).json();
    // What 三公 needs: the metadata, the figures, and the tables and sections they cite.
    const cited = new Set<string>(full.sangong.sources);
    expect(inline).to.deep.equal({
      schemaVersion: full.schemaVersion,
      kind: full.kind,
      meta: full.meta,
      tables: full.tables.filter((table: { id: string }) => cited.has(table.id)),
      sangong: full.sangong,
      sections: full.sections.filter((section: { id: string }) => cited.has(section.id)),
    });
  });
});
