/**
 * The 三公 figures from the 三公 table the tables recogniser found: either one column per part (合计, 因公出国（境）费
 * …, with previous-/change- columns when the table prints them) or one row per part. Parts printed blank are 0.
 */
import type { Sangong, SangongAmounts, Table } from '../../../data/schema.js';

const PARTS: [keyof SangongAmounts, string][] = [
  ['total', 'total'],
  ['outbound', 'outbound'],
  ['vehicles', 'vehicles'],
  ['vehiclePurchase', 'vehicle-purchase'],
  ['vehicleOperation', 'vehicle-operation'],
  ['reception', 'reception'],
];

const amount = (value: unknown) => (typeof value === 'number' ? value : 0);

export function sangongOf(tables: readonly Table[]): Omit<Sangong, 'changeText' | 'explanation'> | undefined {
  const table = tables.find((candidate) => candidate.kind === 'sangong' && candidate.status !== 'unavailable');
  if (!table) return undefined;
  const keys = new Set(table.columns.map((column) => column.key));
  const sources = [table.id];
  if (keys.has('reception') || keys.has('outbound')) {
    const row = table.rows.find((candidate) => candidate.role === 'total') ?? table.rows[0];
    const values = row?.values ?? {};
    const read = (prefix: string) => Object.fromEntries(PARTS.map(([part, key]) => [part, amount(values[prefix + key])])) as SangongAmounts;
    const printed = (prefix: string) => [...keys].some((key) => key.startsWith(prefix));
    const pair = (key: string) => (keys.has(key) ? { current: amount(values[key]), ...(keys.has(`previous-${key}`) ? { previous: amount(values[`previous-${key}`]) } : {}) } : undefined);
    const meetings = pair('meetings');
    const training = pair('training');
    return {
      current: read(''),
      ...(printed('previous-') ? { previous: read('previous-') } : {}),
      ...(printed('change-') ? { change: read('change-') } : {}),
      ...(meetings ? { meetings } : {}),
      ...(training ? { training } : {}),
      sources,
    };
  }
  const byKey = (key: string) => table.rows.find((row) => row.key === key)?.values.total;
  const current = Object.fromEntries(PARTS.map(([part, key]) => [part, amount(key === 'total' ? (byKey('sangong') ?? byKey('sangong-total')) : byKey(key))])) as SangongAmounts;
  return { current, sources };
}
