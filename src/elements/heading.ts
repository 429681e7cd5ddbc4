import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

// The six tags as static values: a heading's level is part of the template, not an attribute.
const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** A clamped heading level: 1–6, 2 when missing or not a number. */
export const clampLevel = (level: number): number => (Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2);

/** A native heading of a given level (`<h1>`–`<h6>`), so that embedded elements fit the page's outline. */
export function heading(level: number, content: unknown, attrs: { id?: string; part?: string } = {}): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1]!;
  return staticHtml`<${tag} id=${ifDefined(attrs.id)} part=${ifDefined(attrs.part)}>${content}</${tag}>`;
}
