import { expect } from '@open-wc/testing';
import { composedElements, figuresOutOfSight, narrowTextBoxes, sidewaysScroll, smallFocusTargets, tileLabels } from './measure.js';
import { openViewport } from './frame.js';

/** Each reader check against hand-made pages in a 320 px viewport: it passes the good and names the bad. */
describe('reader checks: measuring', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** A 320 px page with this body (and this style); `shadow` fills the open shadow root of `#host`. */
  async function page(body: string, { style = '', shadow }: { style?: string; shadow?: string } = {}): Promise<Document> {
    frame = await openViewport({ html: `<!doctype html><style>body { margin: 0; font: 16px/1.5 sans-serif } ${style}</style><body>${body}</body>` }, 320);
    const doc = frame.contentDocument!;
    if (shadow !== undefined) doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = shadow;
    return doc;
  }

  it('walks into open shadow roots', async () => {
    const doc = await page('<p>a</p><div id="host"></div>', { shadow: '<section><b>x</b></section>' });
    expect(composedElements(doc.body).map((el) => el.localName)).to.deep.equal(['p', 'div', 'section', 'b']);
    expect(composedElements(doc.getElementById('host')!).map((el) => el.localName)).to.deep.equal(['section', 'b']);
  });

  describe('(a) sideways scroll', () => {
    it('passes a page that fits', async () => {
      expect(sidewaysScroll(await page('<p>一段正常的文字。</p>'))).to.deep.equal([]);
    });

    it('names what sticks out of a page that pans', async () => {
      const [problem] = sidewaysScroll(await page('<div id="host"></div>', { shadow: '<div class="wide" style="width: 500px">宽</div>' }));
      expect(problem).to.match(/^page scrolls sideways: scrollWidth 500 > 320; sticking out: div#?.*div\.wide "宽" \[x 0…500/);
    });

    it('catches visually hidden text escaping a scroll region that is not positioned, and clears it once positioned', async () => {
      const style = `.region { overflow-x: auto; white-space: nowrap } .spacer { display: inline-block; width: 560px }
        .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap } .positioned { position: relative }`;
      const body = (region: string) => `<div class="${region}"><span class="spacer"></span><span class="vh">（可左右滚动）</span></div>`;
      const problems = sidewaysScroll(await page(body('region'), { style }));
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/sticking out: span\.vh "（可左右滚动）" \[x 56\d…/);
      expect(sidewaysScroll(await page(body('region positioned'), { style }))).to.deep.equal([]);
    });
  });

  describe('(b) narrow text boxes', () => {
    it('flags a caption squeezed to a ribbon of one or two characters a line, in a shadow root', async () => {
      const doc = await page('<div id="host"></div>', { shadow: '<p class="caption" style="width: 30px">县医疗保障局项目</p>' });
      const [problem, ...rest] = narrowTextBoxes(doc);
      expect(rest).to.deep.equal([]);
      expect(problem).to.match(/^text wraps in a box 30 px wide \(< 3 × 16 px\): div › p\.caption "县医疗保障局项目"/);
    });

    it('flags a label cut off with an ellipsis', async () => {
      const doc = await page('<span class="label" style="display: block; width: 40px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">城乡社区支出</span>');
      expect(narrowTextBoxes(doc)).to.have.length(1);
      expect(narrowTextBoxes(doc)[0]).to.match(/^text is cut off in a box 40 px wide/);
    });

    it('passes short figures in narrow cells, wide text, few characters, and visually hidden text', async () => {
      const doc = await page(
        `<table><tr><td class="n">1.46</td><td>合计</td></tr></table><p>一段足够宽的说明文字</p>
         <span class="vh" style="position: absolute; width: 1px; height: 1px; overflow: hidden">屏幕阅读器才读到的很长的说明</span>`,
      );
      expect(narrowTextBoxes(doc)).to.deep.equal([]);
    });
  });

  describe('(c) headline figures', () => {
    const headline = [{ name: '支出总计', texts: ['1,236.47'] }];

    it('passes a figure in sight', async () => {
      expect(figuresOutOfSight(await page('<p>支出总计 <b>1,236.47</b> 万元</p>'), headline)).to.deep.equal([]);
    });

    it('flags a figure off the right of the viewport, and one hidden past the edge of a scroll region', async () => {
      const offPage = await page('<p style="margin-left: 400px; width: 200px">1,236.47</p>');
      expect(figuresOutOfSight(offPage, headline)[0]).to.match(/^支出总计 is out of sight: p "1,236.47" \[x 400…600.*visible only within x 0…320/);
      const inRegion = await page('<div style="overflow-x: auto; width: 200px"><table><tr><td style="min-width: 220px">名称</td><td>1,236.47</td></tr></table></div>');
      expect(figuresOutOfSight(inRegion, headline)[0]).to.match(/^支出总计 is out of sight: .*visible only within x 0…200/);
    });

    it('does not take a longer number for the figure, and says when it is not shown at all', async () => {
      const doc = await page('<p>11,236.47 与 1,236.478</p><p style="display: none">1,236.47</p>');
      expect(figuresOutOfSight(doc, headline)).to.deep.equal(['支出总计 (1,236.47) is not shown']);
    });

    it('accepts the figure in any of the units offered', async () => {
      expect(figuresOutOfSight(await page('<p>0.123647 亿元</p>'), [{ name: '支出总计', texts: ['1,236.47', '0.123647'] }])).to.deep.equal([]);
    });
  });

  describe('(d) treemap tile labels', () => {
    it('counts labels with a name, an amount and a share, whole and in sight, through shadow roots', async () => {
      const label = (text: string, style = '') => `<div part="tile-label" style="width: 150px; ${style}">${text}</div>`;
      const doc = await page('<div id="host"></div>', {
        shadow: [
          label('卫生健康支出 1,216.38 万元 85.0%'),
          label('Health 1,216.38 10k yuan (万元) 85.0%'),
          label('款 21015 12.00 1.0%'),
          label('21012 1,216.38 85.0%'),
          label('社会保障和就业支出 98.00 8.0%', 'white-space: nowrap; overflow: hidden; width: 60px'),
          label('住房保障支出 10.00 0.8%', 'margin-left: 300px'),
          label('城乡社区支出 12.00 万元'),
        ].join(''),
      });
      const { labelled, problems } = tileLabels(doc);
      expect(labelled).to.equal(3);
      expect(problems.map((p) => p.replace(/ ".*$/, ''))).to.deep.equal([
        'tile label lacks a name: div › div[part="tile-label"]',
        'tile label is cut off: div › div[part="tile-label"]',
        'tile label is out of sight: div › div[part="tile-label"]',
        'tile label lacks a share: div › div[part="tile-label"]',
      ]);
    });
  });

  describe('(e) small focus targets', () => {
    it('flags a focusable tile 18 × 0 px, a 6 px link and a 3 px tree item that arrow keys reach, not a hidden or unfocusable one', async () => {
      const doc = await page(
        `<div class="tile" tabindex="0" style="width: 18px; height: 0"></div>
         <a href="#x" style="display: inline-block; width: 6px; height: 20px"></a>
         <div tabindex="-1" style="width: 2px; height: 2px"></div>
         <div role="tree"><div role="treeitem" tabindex="-1" style="width: 30px; height: 3px"></div></div>
         <button style="display: none">x</button>
         <button disabled style="width: 4px; height: 4px; padding: 0"></button>
         <button style="width: 24px; height: 24px">ok</button>`,
      );
      expect(smallFocusTargets(doc).map((p) => p.replace(/ \[.*$/, ''))).to.deep.equal([
        'focusable div smaller than 8 px: div.tile',
        'focusable a smaller than 8 px: a',
        'focusable div smaller than 8 px: div',
      ]);
    });
  });
});
