/**
 * One level of a treemap: the children of the node being shown, laid out by d3-hierarchy's
 * squarified treemap. Tiles too small to read are grouped into one "其他" tile that can be
 * opened like any other. Pure: node and size in, rectangles out.
 */
import { treemapSquarify } from 'd3-hierarchy';
import type { TreeNode } from '../data/hierarchy.js';

export interface Tile {
  node: TreeNode;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Children under this share of the level are grouped, once there are more than MAX_TILES. */
export const MIN_SHARE = 0.005;
export const MAX_TILES = 24;

/** The children to draw: the largest first, the smallest grouped into "其他" when there are many. */
export function visibleChildren(node: TreeNode, otherName: string): TreeNode[] {
  const children = [...(node.children ?? [])].filter((c) => c.value > 0).sort((a, b) => b.value - a.value);
  if (children.length <= MAX_TILES) return children;
  const keep = children.filter((c, i) => i < MAX_TILES - 1 && c.value / node.value >= MIN_SHARE);
  const rest = children.slice(keep.length);
  const value = Math.round(rest.reduce((n, c) => n + c.value, 0) * 100) / 100;
  return [...keep, { id: `${node.id}/*`, name: otherName, value, children: rest }];
}

/** Gap between tiles, in px: d3's paddingInner, half of it taken from each side of a tile. */
const GAP = 2;

/**
 * d3's squarified tiling of one level, as `treemap().paddingInner(GAP).round(true)` would place it:
 * the tiles fill a frame GAP/2 larger than the box on every side, then give GAP/2 back on each
 * side and snap to whole pixels. Only the tiling function is imported: one level needs none of the
 * hierarchy's node class, which a bundle would otherwise carry (README, Bundle size).
 */
export function layoutTiles(children: readonly TreeNode[], width: number, height: number): Tile[] {
  if (width <= 0 || height <= 0 || !children.length) return [];
  const value = children.reduce((sum, node) => sum + node.value, 0);
  const tiles = children.map((node) => ({ node, value: node.value, x0: 0, y0: 0, x1: 0, y1: 0 })).sort((a, b) => b.value - a.value);
  const p = GAP / 2;
  // The tiling reads the parent's value and children's values, and writes each child's x0…y1; it is typed for full hierarchy nodes.
  treemapSquarify({ value, children: tiles } as never, -p, -p, width + p, height + p);
  return tiles.map(({ node, x0, y0, x1, y1 }) => {
    [x0, x1] = inset(x0, x1, p);
    [y0, y1] = inset(y0, y1, p);
    return { node, x0: Math.round(x0), y0: Math.round(y0), x1: Math.round(x1), y1: Math.round(y1) };
  });
}

/** One side of a tile less its padding; a tile thinner than the gap collapses to its middle. */
function inset(start: number, end: number, padding: number): [number, number] {
  start += padding;
  end -= padding;
  return end < start ? [(start + end) / 2, (start + end) / 2] : [start, end];
}
