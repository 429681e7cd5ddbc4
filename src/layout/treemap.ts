/**
 * One view of a treemap: the children of the node being shown, laid out by d3-hierarchy's
 * squarified treemap, each child with children drawn as a framed group holding its own children
 * (as the newspaper budget treemaps do). Tiles too small to point at are gathered into one
 * "其他（N 项）" tile that opens like any other. Pure: nodes and sizes in, rectangles out.
 */
import { treemapSquarify } from 'd3-hierarchy';
import { sumOf, type TreeNode } from '../data/hierarchy.js';

export interface Tile {
  node: TreeNode;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The node's own tiles, when it is drawn as an open group (coordinates in the same frame). */
  children?: Tile[];
}

export interface LevelOptions {
  /** Name of a group of `count` small tiles ("其他（3 项）"). */
  otherName: (count: number) => string;
  /** Whether a node with children is drawn open (its children inside), where there is room. */
  open: (node: TreeNode) => boolean;
  /** Height of an open group's header, where its label goes, for a group `width` px wide. */
  header: (node: TreeNode, width: number) => number;
}

/** A node too small to draw even when gathered, and the open groups it lies in (outermost first). */
export interface Omitted {
  node: TreeNode;
  within: TreeNode[];
}

export interface Level {
  tiles: Tile[];
  omitted: Omitted[];
}

/** Gap between tiles, in px: d3's paddingInner, half of it taken from each side of a tile. */
const GAP = 2;
/** Space between a group's edge and its tiles, in px. */
const FRAME = 3;
/** The smallest width and height of a tile, in px (WCAG 2.5.8: 24 × 24 px pointer targets). */
const MIN_SIDE = 24;
const tooSmall = (width: number, height: number) => width < MIN_SIDE || height < MIN_SIDE;

/** The children a tile can show: those with a positive value, largest first. */
export const drawnChildren = (node: TreeNode): TreeNode[] => [...(node.children ?? [])].filter((c) => c.value > 0).sort((a, b) => b.value - a.value);

/** The "其他" group of a level's smallest children: an id of its own, their sum, and them. */
export const otherGroup = (parent: TreeNode, rest: TreeNode[], name: string): TreeNode => ({ id: `${parent.id}/*`, name, value: sumOf(rest), children: rest });

/**
 * The node's children in the box. Tiles narrower or lower than MIN_SIDE are gathered into one
 * "其他" group; a lone small tile, or a group still too small, is left out of the drawing (and
 * returned, so that it can be offered another way) rather than drawn as a sliver.
 */
export function fitTiles(parent: TreeNode, box: readonly [number, number, number, number], options: LevelOptions): Level {
  const [x0, y0, x1, y1] = box;
  let shown = drawnChildren(parent);
  const omitted: Omitted[] = [];
  for (;;) {
    const tiles = layoutTiles(shown, x1 - x0, y1 - y0, x0, y0);
    const small = tiles.filter((t) => tooSmall(t.x1 - t.x0, t.y1 - t.y0)).map((t) => t.node);
    if (!small.length) return { tiles, omitted };
    shown = shown.filter((n) => !small.includes(n));
    if (small.length > 1 && !small.some((n) => n.id === `${parent.id}/*`)) shown.push(otherGroup(parent, small, options.otherName(small.length)));
    else omitted.push(...small.map((node) => ({ node, within: [] })));
  }
}

/** One view: the node's children in a width × height box, open groups holding their own tiles. */
export const layoutLevel = (node: TreeNode, width: number, height: number, options: LevelOptions): Level => nest(fitTiles(node, [0, 0, width, height], options), options);

/** Opens the groups that should be open and have room, all the way down. */
function nest(level: Level, options: LevelOptions): Level {
  const omitted = [...level.omitted];
  const tiles = level.tiles.map((tile) => {
    if (!options.open(tile.node)) return tile;
    const inner = [tile.x0 + FRAME, tile.y0 + options.header(tile.node, tile.x1 - tile.x0), tile.x1 - FRAME, tile.y1 - FRAME] as const;
    // No room below the header, or nothing to open: one tile. Room is asked first, as a node's
    // children may be built only when first read (data/hierarchy.ts), which most small tiles never need.
    if (tooSmall(inner[2] - inner[0], inner[3] - inner[1]) || !tile.node.children?.length) return tile;
    const children = nest(fitTiles(tile.node, inner, options), options);
    omitted.push(...children.omitted.map((o) => ({ node: o.node, within: [tile.node, ...o.within] })));
    return { ...tile, children: children.tiles };
  });
  return { tiles, omitted };
}

/**
 * d3's squarified tiling of one level in the width × height box at (x, y), as
 * `treemap().paddingInner(GAP).round(true)` would place it: the tiles fill a frame GAP/2 larger
 * than the box on every side, then give GAP/2 back on each side and snap to whole pixels. Only the tiling function is imported: one level needs none of the
 * hierarchy's node class, which a bundle would otherwise carry (README, Bundle size).
 */
export function layoutTiles(children: readonly TreeNode[], width: number, height: number, x = 0, y = 0): Tile[] {
  if (width <= 0 || height <= 0 || !children.length) return [];
  const value = children.reduce((sum, node) => sum + node.value, 0);
  const tiles = children.map((node) => ({ node, value: node.value, x0: 0, y0: 0, x1: 0, y1: 0 })).sort((a, b) => b.value - a.value);
  const p = GAP / 2;
  // The tiling reads the parent's value and children's values, and writes each child's x0…y1; it is typed for full hierarchy nodes.
  treemapSquarify({ value, children: tiles } as never, x - p, y - p, x + width + p, y + height + p);
  return tiles.map(({ node, x0, y0, x1, y1 }) => {
    [x0, x1] = inset(x0, x1);
    [y0, y1] = inset(y0, y1);
    return { node, x0, y0, x1, y1 };
  });
}

/** One side of a tile less its padding (GAP/2), in whole pixels; a tile thinner than the gap collapses to its middle. */
function inset(start: number, end: number): [number, number] {
  start += GAP / 2;
  end -= GAP / 2;
  return (end < start ? [(start + end) / 2, (start + end) / 2] : [start, end]).map(Math.round) as [number, number];
}
