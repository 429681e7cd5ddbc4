import { expect } from '@open-wc/testing';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { layoutLevel, layoutTiles, type LevelOptions, type Tile } from '../../src/layout/treemap.js';
import type { TreeNode } from '../../src/data/hierarchy.js';

const node = (values: number[]): TreeNode => ({
  id: '',
  name: 'root',
  value: values.reduce((a, b) => a + b, 0),
  children: values.map((value, i) => ({ id: `/${i}`, name: `item ${i}`, value })),
});

describe('treemap layout', () => {
  const options: LevelOptions = { otherName: (n) => `其他（${n} 项）`, open: () => true, header: () => 20 };
  const tree = (id: string, values: (number | TreeNode)[]): TreeNode => {
    const children = values.map((v, i) => (typeof v === 'number' ? { id: `${id}/${i}`, name: `item ${id}/${i}`, value: v } : v));
    return { id, name: id, value: children.reduce((n, c) => n + c.value, 0), children };
  };
  const side = (t: Tile) => Math.min(t.x1 - t.x0, t.y1 - t.y0);

  it('gathers tiles under 24 × 24 px into one "其他（N 项）" tile that holds them, and leaves a lone sliver out', () => {
    // Each 1 is 370 px² of 400 × 200 px; the 16 together are a strip 28 px wide.
    const { tiles, omitted } = layoutLevel(node([100, 100, ...Array<number>(16).fill(1), 0]), 400, 200, options);
    expect(tiles.map((t) => t.node.name)).to.deep.equal(['item 0', 'item 1', '其他（16 项）']);
    const other = tiles[2]!.node;
    expect([other.id, other.value, other.children!.length, other.children![0]!.name]).to.deep.equal(['/*', 16, 16, 'item 2']);
    expect(omitted).to.deep.equal([]);
    // 0.1 % of 400 × 200 px is 80 px²: alone, it cannot be gathered, so it is offered apart.
    const lone = layoutLevel(node([999, 1]), 400, 200, options);
    expect(lone.tiles.map((t) => t.node.name)).to.deep.equal(['item 0']);
    expect(lone.omitted.map((o) => o.node.name)).to.deep.equal(['item 1']);
    for (const t of [...tiles, ...lone.tiles]) expect(side(t)).to.be.at.least(24);
  });

  it('draws groups open with their own tiles inside, below a header, as deep as there is room', () => {
    const root = tree('', [tree('a', [tree('a1', [30, 10]), 20]), tree('b', [15, 15]), 0.01]);
    const { tiles, omitted } = layoutLevel(root, 600, 400, options);
    const [a, b] = tiles;
    expect([a!.node.id, a!.children!.map((t) => t.node.id)]).to.deep.equal(['a', ['a1', 'a/1']]);
    expect(a!.children![0]!.children!.map((t) => t.node.id)).to.deep.equal(['a1/0', 'a1/1']);
    for (const child of [...a!.children!, ...b!.children!]) {
      const parent = child.node.id.startsWith('a') ? a! : b!;
      expect([child.x0 >= parent.x0 + 3, child.y0 >= parent.y0 + 20, child.x1 <= parent.x1 - 3, child.y1 <= parent.y1 - 3], child.node.id).to.deep.equal([true, true, true, true]);
    }
    expect(omitted.map((o) => [o.within.map((n) => n.id), o.node.id])).to.deep.equal([[[], '/2']]);
    // A group the reader closed, or one with no room below its header, is one tile.
    const closed = layoutLevel(root, 600, 400, { ...options, open: (n) => n.id !== 'a' });
    expect([closed.tiles[0]!.node.id, closed.tiles[0]!.children, closed.tiles[1]!.children?.length]).to.deep.equal(['a', undefined, 2]);
    const low = layoutLevel(root, 600, 40, options);
    expect(low.tiles.map((t) => [t.node.id, t.children])).to.deep.equal([['a', undefined], ['b', undefined]]);
  });

  it('fills the area with non-overlapping tiles proportional to their values', () => {
    const tiles = layoutTiles(node([6, 3, 1]).children!, 400, 200);
    expect(tiles.map((t) => t.node.value)).to.deep.equal([6, 3, 1]);
    const areas = tiles.map((t) => (t.x1 - t.x0) * (t.y1 - t.y0));
    expect(areas[0]! / areas[2]!).to.be.within(4, 8);
    for (const t of tiles) expect([t.x0 >= 0, t.y0 >= 0, t.x1 <= 400, t.y1 <= 200]).to.deep.equal([true, true, true, true]);
    expect(layoutTiles([], 400, 200)).to.deep.equal([]);
    expect(layoutTiles(node([1]).children!, 0, 200)).to.deep.equal([]);
  });

  it("places the tiles exactly where d3's treemap, with a 2 px inner padding and rounding, puts them", () => {
    const d3Tiles = (children: TreeNode[], width: number, height: number) => {
      const root = hierarchy<{ node?: TreeNode; children?: { node: TreeNode }[] }>({ children: children.map((n) => ({ node: n })) })
        .sum((d) => d.node?.value ?? 0)
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
      const laid = treemap<{ node?: TreeNode }>().tile(treemapSquarify).size([width, height]).paddingInner(2).round(true)(root);
      return laid.children!.map((leaf) => ({ node: leaf.data.node, x0: leaf.x0, y0: leaf.y0, x1: leaf.x1, y1: leaf.y1 }));
    };
    // Unsorted input (the "其他" tile can outweigh the last kept ones), slivers thinner than the gap, odd sizes.
    const cases: [number[], number, number][] = [
      [[6, 3, 1], 400, 200],
      [[5, 40, 0.01, 7, 7, 2, 1e-4, 90], 317, 233],
      [Array.from({ length: 24 }, (_, i) => (i * 37) % 11 + 0.5), 1200, 480],
      [[1, 1e6], 3, 1],
    ];
    for (const [values, width, height] of cases) {
      const children = node(values).children!;
      expect(layoutTiles(children, width, height), `${values.length} tiles in ${width}×${height}`).to.deep.equal(d3Tiles(children, width, height));
    }
  });
});
