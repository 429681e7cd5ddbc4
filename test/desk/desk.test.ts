import { expect } from '@open-wc/testing';
import { openPage, waitFor } from '../embed/page.js';

/**
 * demo/desk.html: a disclosure file dropped on the page is read in the page (pdf.js's worker from this
 * origin) and its tables shown with the published figures; a file that cannot be read says why, in both
 * languages. Needs `npm run build` (the importer bundle and pdf.js's worker in dist/).
 */
describe('data desk', function () {
  // Loading pdf.js and reading a file are waits for conditions, not timed checks: allow a busy machine.
  this.timeout(120_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function drop(name: string, bytes?: Uint8Array<ArrayBuffer>): Promise<Document> {
    const opened = await openPage('/demo/desk.html');
    frame = opened;
    const page = opened.contentDocument!;
    const view = opened.contentWindow as typeof window;
    // The page's module has run once its drop zone listens; wait for the importer to have loaded.
    await waitFor(() => page.readyState === 'complete', 'the desk to load');
    const content = bytes ?? new Uint8Array(await (await fetch(`/test/import/fixtures/${name}`)).arrayBuffer());
    const transfer = new view.DataTransfer();
    transfer.items.add(new view.File([content], name));
    const dropped = new view.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    if (dropped.dataTransfer?.files.length) {
      page.getElementById('zone')!.dispatchEvent(dropped);
    } else {
      // WebKitGTK builds a drop event without the files it is given: choose the file with the input instead.
      const input = page.getElementById('file') as HTMLInputElement;
      input.files = transfer.files;
      input.dispatchEvent(new view.Event('change', { bubbles: true }));
    }
    return page;
  }

  const figureBeside = (page: Document, label: string) =>
    [...page.querySelectorAll('#grids tr')].map((row) => [...row.children].map((cell) => cell.textContent)).find((cells) => cells.includes(label));

  for (const name of ['kaijiang-2025.xlsx', 'kaijiang-2025.pdf']) {
    it(`reads ${name} and shows its tables with the published figures`, async () => {
      const page = await drop(name);
      await waitFor(() => !page.getElementById('result')!.hidden, 'the result');
      const cells = figureBeside(page, '一、一般公共预算拨款收入')!;
      expect(cells[cells.indexOf('一、一般公共预算拨款收入') + 1]).to.equal('1236.47');
      expect(page.getElementById('status')!.textContent).to.contain(`Read ${name}`);
      // The cover names the department and year, so a budget document is made: it can be downloaded and embedded.
      await waitFor(() => !page.getElementById('actions')!.hidden, 'the download and embed actions');
      expect(getComputedStyle(page.getElementById('actions')!).display).to.not.equal('none');
      expect(page.querySelector('#grids caption')!.textContent!.replace(/\s/g, '')).to.equal('公开表1部门收支总表·单位：万元');
    });
  }

  it('lists no row of a sheet as a section, and shows only review groups that have items', async () => {
    const page = await drop('kaijiang-2025.xlsx');
    await waitFor(() => !page.getElementById('actions')!.hidden, 'the download and embed actions');
    const report = page.querySelector('budget-report') as HTMLElement & { data: { sections: { title: string }[] } };
    // The 收支总表's rows ("一、一般公共预算拨款收入 1236.47 一、一般公共服务支出") are table rows, not headings.
    expect(report.data.sections.map((section) => section.title)).to.deep.equal([]);
    const groups = [...page.querySelectorAll('#notes .review-group')];
    expect(groups.length).to.be.greaterThan(0);
    for (const group of groups) expect(group.querySelectorAll('li').length, group.querySelector('summary')!.textContent!).to.be.greaterThan(0);
    // The cover's title is the document's title: nothing of the workbook is left unused.
    expect(page.getElementById('notes')!.textContent).to.not.contain('未使用的内容');
  });

  it('says in both languages why an encrypted PDF cannot be read', async () => {
    const page = await drop('encrypted.pdf');
    const alert = await waitFor(() => page.getElementById('error')!.textContent || undefined, 'the error');
    expect(alert).to.contain('已加密').and.to.contain('encrypted');
    expect(page.getElementById('result')!.hidden).to.equal(true);
  });

  it('refuses a picture as a file of another type', async () => {
    const page = await drop('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const alert = await waitFor(() => page.getElementById('error')!.textContent || undefined, 'the error');
    expect(alert).to.contain('不支持的文件类型（PNG）').and.to.contain('unsupported file type (PNG)');
  });
});
