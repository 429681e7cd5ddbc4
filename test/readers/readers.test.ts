import { expect } from '@open-wc/testing';
import { BUREAUS, loadRaw, type Bureau, type BudgetDocument } from '../data/fixtures.js';
import { headline } from '../../src/data/headline.js';
import { DISPLAY_UNITS, formatAmount } from '../../src/format/amount.js';
import type { Lang } from '../../src/i18n/index.js';
import { layoutSettled, openViewport, resizeViewport, waitFor } from './frame.js';
import { composedElements, figuresOutOfSight, narrowTextBoxes, sidewaysScroll, smallFocusTargets, tileLabels } from './measure.js';

/**
 * Reader checks (issue #14): every element on every bureau, in Chinese and English, read in a real
 * viewport 320, 768 and 1280 px wide (a same-origin iframe, in every engine). Each element is loaded
 * once, at 320 px as a phone opens it, then widened.
 */
const ELEMENTS = ['budget-summary', 'sangong-card', 'perf-goal-table', 'budget-treemap', 'budget-table', 'budget-report'] as const;
type Tag = (typeof ELEMENTS)[number];
const WIDTHS = [320, 768, 1280];
const LANGS: Lang[] = ['zh-CN', 'en'];
/** Treemap tiles labelled with name, amount and share, at least, by viewport width. */
const LABELLED_TILES = (width: number) => (width >= 1280 ? 5 : 2);
/** At most this many problems of one kind are listed in a failure. */
const LISTED = 6;

interface Headline {
  name: string;
  texts: string[];
}

/** A published amount as the element may show it: in any display unit, for this language. */
const asShown = (doc: BudgetDocument, yuan: number, lang: Lang) => DISPLAY_UNITS.map((unit) => formatAmount(yuan, unit, doc.meta.publishedUnit, lang));

/**
 * The figures a reader comes to each element for: the totals of the summary and of the first table
 * (收支总表), the 三公 total, the first project's amount. The treemap's are its tile labels, check (d).
 */
function headlines(tag: Tag, doc: BudgetDocument, lang: Lang): Headline[] {
  const { incomeTotal, expenditureTotal } = headline(doc);
  const figure = (name: string, yuan: number | undefined) => (yuan === undefined ? [] : [{ name, texts: asShown(doc, yuan, lang) }]);
  const expenditure = figure('支出总计 expenditure total', expenditureTotal);
  const sangong = figure('“三公”经费合计 sangong total', doc.sangong?.current.total);
  switch (tag) {
    case 'budget-summary':
      return [...figure('收入总计 income total', incomeTotal), ...expenditure];
    case 'budget-table':
      return expenditure;
    case 'sangong-card':
      return sangong;
    case 'perf-goal-table':
      return figure('first project amount', doc.performance?.projects?.[0]?.amount ?? undefined);
    case 'budget-report':
      return [...expenditure, ...sangong];
    case 'budget-treemap':
      return [];
  }
}

/** "… and 12 more" after the first few of a long list. */
const listed = (problems: string[]) => (problems.length > LISTED ? [...problems.slice(0, LISTED), `… and ${problems.length - LISTED} more like these`] : problems);

/** Every reader problem of the element's page at this width, each check's list cut short. */
function readerProblems(page: Document, element: Element, figures: Headline[], width: number): string[] {
  const problems = [sidewaysScroll(page), narrowTextBoxes(element), figuresOutOfSight(element, figures), smallFocusTargets(element)].flatMap(listed);
  const treemaps = [element, ...composedElements(element)].filter((el) => el.localName === 'budget-treemap');
  for (const treemap of treemaps) {
    const { labelled, problems: labels } = tileLabels(treemap);
    if (labelled < LABELLED_TILES(width)) problems.push(`${labelled} treemap tiles labelled with name, amount and share; at least ${LABELLED_TILES(width)} wanted`);
    problems.push(...listed(labels));
  }
  return problems;
}

const documents = new Map<Bureau, Promise<BudgetDocument>>();
const documentOf = (bureau: Bureau) => documents.get(bureau) ?? documents.set(bureau, loadRaw(bureau) as Promise<BudgetDocument>).get(bureau)!;

for (const tag of ELEMENTS) {
  for (const bureau of BUREAUS) {
    for (const lang of LANGS) {
      describe(`reader checks: ${tag} · ${bureau} · ${lang}`, function () {
        this.timeout(30000);
        let frame: HTMLIFrameElement;
        let element: HTMLElement;
        let figures: Headline[];

        before(async () => {
          figures = headlines(tag, await documentOf(bureau), lang);
          frame = await openViewport('/test/readers/host.html', WIDTHS[0]!);
          const page = frame.contentDocument!;
          await waitFor(() => frame.contentWindow!.customElements.get(tag), `<${tag}> to be defined`);
          page.documentElement.lang = lang;
          element = page.createElement(tag);
          element.setAttribute('src', `/demo/data/${bureau}.json`);
          const settled = new Promise<Event>((resolve) => {
            element.addEventListener('budget-ready', resolve, { once: true });
            element.addEventListener('budget-error', resolve, { once: true });
          });
          page.body.append(element);
          const event = (await settled) as CustomEvent;
          expect(event.type, JSON.stringify(event.detail)).to.equal('budget-ready');
        });
        after(() => frame?.remove());

        for (const width of WIDTHS) {
          it(`reads at ${width} px`, async () => {
            await resizeViewport(frame, width);
            const page = frame.contentDocument!;
            await layoutSettled(frame.contentWindow!, () => `${page.documentElement.scrollWidth}×${page.documentElement.scrollHeight} ${composedElements(element).length}`);
            const problems = readerProblems(page, element, figures, width);
            if (problems.length) expect.fail(`${tag} · ${bureau} · ${lang} · ${width} px: ${problems.length} problem(s)\n  - ${problems.join('\n  - ')}`);
          });
        }
      });
    }
  }
}
