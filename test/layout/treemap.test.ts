import { expect } from '@open-wc/testing';
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
});
