/**
 * `render --flat`: a server render turned into plain light-DOM HTML for rich-text editors that
 * allow neither scripts nor templates. The markup is the element's own (one source of truth for
 * what it shows); flattening only takes away what needs a shadow root or a script:
 * - each `<template shadowrootmode>` gives way to its content, and its `<style>` to the flat stylesheet;
 * - each element host becomes a `<div>` named by its tag;
 * - class names get the `budget-` prefix, ids a prefix of their shadow root (ids repeat across
 *   roots: every table's caption is `caption`), and every reference to them follows;
 * - charts hidden from assistive technology go, with their legends (their figures are in the text and tables);
 * - a wide table's scroll hint (`data-hint`) stays, for the flat stylesheet to show as the shadow styles do;
 * - controls that only a script makes work go (CSV, expand all, filters); a sort button in a column
 *   header leaves its text; the keyboard pattern of a tree grid (roles, roving tabindex, levels)
 *   gives way to the table's native semantics, which a static table has.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { ELEMENT_TAGS } from './tags.js';
import { escapeHtml } from './escape.js';

export const CLASS_PREFIX = 'budget-';

/** Controls that do nothing without the element's script. */
const SCRIPTED_CONTROLS = new Set(['button', 'select', 'input', 'label', 'textarea']);
/** Table parts: their native roles are the static table's; explicit ones belong to the scripted grid. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
const GRID_ATTRIBUTES = ['role', 'tabindex', 'aria-level', 'aria-expanded', 'aria-selected', 'aria-rowindex', 'aria-colindex'];
/** Attributes that hold id references, and how (a list, or one URL fragment). */
const ID_LISTS = ['headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HOSTS = new Set<string>(ELEMENT_TAGS);

/** The shadow roots met so far, numbered to scope their ids. */
interface Roots {
  prefix: string;
  count: number;
}

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const isShadowTemplate = (node: Element): boolean => node.name === 'template' && 'shadowrootmode' in node.attribs;
const prefixed = (name: string) => (name.startsWith(CLASS_PREFIX) ? name : `${CLASS_PREFIX}${name}`);

/** The same node list, flattened: each node replaced by none, itself, or its children. */
function flattenChildren(parent: ParentNode, scope: string, roots: Roots): ChildNode[] {
  return parent.children.flatMap((node) => flattenNode(node, scope, roots));
}

function flattenNode(node: ChildNode, scope: string, roots: Roots): ChildNode[] {
  if (node.type === 'comment' || node.type === 'directive') return []; // Lit's part markers
  if (!isElement(node)) return [node];
  if (node.name === 'style' || node.name === 'script') return [];
  if (SCRIPTED_CONTROLS.has(node.name) && !(node.name === 'button' && inHeaderCell(node))) return [];
  // A chart the element itself hides from assistive technology is drawn for the eye alone, from
  // figures its table or text states; with no stylesheet it would be a bare black shape. Its
  // legend (hidden too) goes with it: flat, it would name colours drawn nowhere.
  if (node.attribs['aria-hidden'] === 'true' && (node.name === 'svg' || node.attribs.class?.split(' ').includes('legend'))) return [];
  if (node.name === 'button') return flattenChildren(node, scope, roots); // a sort button: its column's name stays
  if (isShadowTemplate(node)) return flattenChildren(node, `${roots.prefix}${++roots.count}-`, roots);
  rewriteAttributes(node, scope);
  if (HOSTS.has(node.name)) {
    // Its options (variant, unit …) have done their work; its language still says how to read it.
    const { lang, hidden } = node.attribs;
    node.attribs = { class: prefixed(node.name), ...(lang ? { lang } : {}), ...(hidden === undefined ? {} : { hidden }) };
    node.name = 'div';
  }
  node.children = flattenChildren(node, scope, roots);
  return [node];
}

/** Whether a node sits in a header cell (a sort button does). */
function inHeaderCell(node: Element): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if ('name' in parent && parent.name === 'th') return true;
  return false;
}

function rewriteAttributes(node: Element, scope: string): void {
  const attributes = node.attribs;
  // A wide table's scroll hint stays: the flat stylesheet shows it, with CSS alone, while the table overflows.
  for (const name of Object.keys(attributes)) if (name === 'part' || (name.startsWith('data-') && name !== 'data-hint')) delete attributes[name];
  if (TABLE_PARTS.has(node.name)) for (const name of GRID_ATTRIBUTES) delete attributes[name];
  if (attributes.tabindex === '-1') delete attributes.tabindex; // a roving focus target, reached by arrow keys only with the script
  if (attributes.class !== undefined) attributes.class = attributes.class.split(/\s+/).filter(Boolean).map(prefixed).join(' ');
  if (attributes.class === '') delete attributes.class;
  if (attributes.id) attributes.id = `${scope}${attributes.id}`;
  for (const name of ID_LISTS) if (attributes[name]) attributes[name] = attributes[name].split(/\s+/).filter(Boolean).map((id) => `${scope}${id}`).join(' ');
  if (attributes.href?.startsWith('#') && attributes.href.length > 1) attributes.href = `#${scope}${attributes.href.slice(1)}`;
}


function serialize(nodes: ChildNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escapeHtml(node.data);
      if (!isElement(node)) return '';
      const attributes = Object.entries(node.attribs).map(([name, value]) => (value === '' && name !== 'value' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
      const open = `<${node.name}${attributes.join('')}>`;
      return VOID.has(node.name) ? open : `${open}${serialize(node.children)}</${node.name}>`;
    })
    .join('');
}

/**
 * The light-DOM HTML of a server render. Ids are prefixed `budget-N-` by shadow root, so two
 * flat renders pasted into one page need different `idPrefix`es (the default is `budget-`).
 */
export function flatten(ssrHtml: string, idPrefix = CLASS_PREFIX): string {
  const document = parseDocument(ssrHtml, { lowerCaseAttributeNames: false, recognizeSelfClosing: true });
  const roots: Roots = { prefix: idPrefix, count: 0 };
  const nodes = flattenChildren(document, idPrefix, roots).map((node) => {
    // The rendered element itself: the flat stylesheet's scope.
    if (isElement(node) && node.name === 'div') node.attribs.class = `${CLASS_PREFIX}flat ${node.attribs.class ?? ''}`.trim();
    return node;
  });
  return serialize(nodes).replace(/\n\s*\n+/g, '\n');
}
