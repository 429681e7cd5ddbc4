import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type Heading = (content: unknown, id?: string, part?: string) => TemplateResult;

// One template per level: native headings, without the weight of static templates.
const LEVELS: Heading[] = [
  (c, id, part) => html`<h1 id=${ifDefined(id)} part=${ifDefined(part)}>${c}</h1>`,
  (c, id, part) => html`<h2 id=${ifDefined(id)} part=${ifDefined(part)}>${c}</h2>`,
  (c, id, part) => html`<h3 id=${ifDefined(id)} part=${ifDefined(part)}>${c}</h3>`,
  (c, id, part) => html`<h4 id=${ifDefined(id)} part=${ifDefined(part)}>${c}</h4>`,
  (c, id, part) => html`<h5 id=${ifDefined(id)} part=${ifDefined(part)}>${c}</h5>`,
  (c, id, part) => html`<h6 id=${ifDefined(id)} part=${ifDefined(part)}>${c}</h6>`,
];

/** A clamped heading level: 1–6, 2 when missing or not a number. */
const clampLevel = (level: number): number => (Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2);

/** A native heading of a given level (`<h1>`–`<h6>`), so that embedded elements fit the page's outline. */
export const heading = (level: number, content: unknown, attrs: { id?: string; part?: string } = {}): TemplateResult =>
  LEVELS[clampLevel(level) - 1]!(content, attrs.id, attrs.part);
