/**
 * One level of a treemap: the children of the node being shown, laid out by d3-hierarchy's
 * squarified treemap. Tiles too small to read are grouped into one "其他" tile that can be
 * opened like any other. Pure: node and size in, rectangles out.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
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

export function layoutTiles(children: readonly TreeNode[], width: number, height: number): Tile[] {
  if (width <= 0 || height <= 0 || !children.length) return [];
  const root = hierarchy<{ node?: TreeNode; children?: { node: TreeNode }[] }>({ children: children.map((node) => ({ node })) })
    .sum((d) => d.node?.value ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<{ node?: TreeNode }>().tile(treemapSquarify).size([width, height]).paddingInner(2).round(true)(root);
  return (root.children ?? []).map((leaf) => {
    const { x0, y0, x1, y1 } = leaf as unknown as Tile;
    return { node: leaf.data.node!, x0, y0, x1, y1 };
  });
}
