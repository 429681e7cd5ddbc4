import { expect } from '@open-wc/testing';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { layoutTiles, MAX_TILES, visibleChildren } from '../../src/layout/treemap.js';
import type { TreeNode } from '../../src/data/hierarchy.js';

const node = (values: number[]): TreeNode => ({
  id: '',
  name: 'root',
  value: values.reduce((a, b) => a + b, 0),
  children: values.map((value, i) => ({ id: `/${i}`, name: `item ${i}`, value })),
});

describe('treemap layout', () => {
  it('draws every child of a small level, largest first', () => {
    const children = visibleChildren(node([1, 5, 3]), '其他');
    expect(children.map((c) => c.value)).to.deep.equal([5, 3, 1]);
  });

  it('groups the smallest children of a large level into one "其他" tile that opens like any other', () => {
    const values = [...Array.from({ length: 10 }, () => 10_000), ...Array.from({ length: 1000 }, () => 1)];
    const children = visibleChildren(node(values), '其他');
    expect(children.length).to.equal(11);
    const other = children.at(-1)!;
    expect([other.name, other.value, other.children!.length]).to.deep.equal(['其他', 1000, 1000]);
    expect(children.length).to.be.at.most(MAX_TILES);
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
