/** The five bureaus: one set of fixtures for tests, stories and the demo. */
import type { BudgetDocument } from '../../src/data/schema.js';

export const BUREAUS = ['kaijiang-2025', 'gaoyang-2025', 'yuanjiang-2024', 'pingli-2025', 'quxian-2024'] as const;
export type Bureau = (typeof BUREAUS)[number];

export const fixtureUrl = (bureau: Bureau) => new URL(`../../demo/data/${bureau}.json`, import.meta.url).href;

export async function loadRaw(bureau: Bureau): Promise<unknown> {
  const response = await fetch(fixtureUrl(bureau));
  if (!response.ok) throw new Error(`${bureau}: HTTP ${response.status}`);
  return response.json();
}

export type { BudgetDocument };

/**
 * The five documents, for a test file to load at its top level (`await loadDocuments()`) so that
 * it can define one test per table: short tests, each with its own timeout and its own failure.
 */
export async function loadDocuments(): Promise<Record<Bureau, BudgetDocument>> {
  const docs = await Promise.all(BUREAUS.map(async (bureau) => [bureau, (await loadRaw(bureau)) as BudgetDocument] as const));
  return Object.fromEntries(docs) as Record<Bureau, BudgetDocument>;
}
