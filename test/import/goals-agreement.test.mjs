/**
 * Agreement of the goal and narrative recognisers with the hand-made documents: each seed text is read, the
 * recognisers run on it (with the hand-made document's non-goal tables standing in for the tables recogniser),
 * and every project, indicator, 三公 figure, statement and section is compared. Prints the agreement per bureau
 * and fails if it falls below what the recognisers reach today (raise FLOOR when they improve).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readText } from '../../dist/import/readers/text.js';
import { recognisePerformance } from '../../dist/import/recognise/goals.js';
import { recogniseNarrative } from '../../dist/import/recognise/narrative.js';
import { validate } from '../../dist/data/validate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = [`${root}../shared/seeds`, '/work/shared/seeds'].find((dir) => existsSync(dir));

/** Agreement reached today, per bureau and part (share of expected items equal). */
const FLOOR = JSON.parse(readFileSync(new URL('./goals-agreement.floor.json', import.meta.url), 'utf8'));

const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'operator', 'value', 'unit', 'weight', 'direction', 'nature'];
const PROJECT_FIELDS = ['name', 'code', 'amount', 'goal', 'periodGoal', 'unit'];
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** A target is compared as shown: the value, or the whole printed text where the document keeps only that. */
const shown = (indicator) => ({ ...indicator, value: indicator.value ?? indicator.valueText });

function score(pairs) {
  const total = pairs.length;
  const equal = pairs.filter(([a, b]) => same(a, b)).length;
  return { equal, total, share: total === 0 ? 1 : equal / total };
}

export function agreement(expected, actual) {
  const projects = expected.performance?.projects ?? [];
  const got = actual.performance?.projects ?? [];
  const projectPairs = [];
  const indicatorPairs = [];
  const differences = [];
  projects.forEach((project, p) => {
    const mine = got.find((candidate) => candidate.name === project.name) ?? got[p] ?? { indicators: [] };
    const pick = (item, fields) => Object.fromEntries(fields.map((field) => [field, item[field]]));
    const schedule = (item) => item.schedule ?? null;
    const funding = (item) => (item.funding ?? []).map((f) => [f.label, f.amount]);
    projectPairs.push([{ ...pick(project, PROJECT_FIELDS), schedule: schedule(project), funding: funding(project), fields: project.fields ?? null }, { ...pick(mine, PROJECT_FIELDS), schedule: schedule(mine), funding: funding(mine), fields: mine.fields ?? null }]);
    if (!same(projectPairs.at(-1)[0], projectPairs.at(-1)[1])) differences.push(`project ${project.name}: ${JSON.stringify(projectPairs.at(-1)[1]).slice(0, 300)}`);
    project.indicators.forEach((indicator, i) => {
      const pickI = (item) => Object.fromEntries(INDICATOR_FIELDS.map((field) => [field, shown(item)[field]]));
      const pair = [pickI(indicator), pickI(mine.indicators[i] ?? {})];
      indicatorPairs.push(pair);
      if (!same(...pair)) differences.push(`indicator ${project.name} #${i + 1}: expected ${JSON.stringify(pair[0])} got ${JSON.stringify(pair[1])}`);
    });
  });
  const dept = expected.performance?.department;
  if (dept) {
    const mine = actual.performance?.department ?? { indicators: [], tasks: [] };
    dept.indicators.forEach((indicator, i) => indicatorPairs.push([shown(indicator), shown(mine.indicators[i] ?? {})].map((item) => Object.fromEntries(INDICATOR_FIELDS.map((field) => [field, item[field]])))));
    projectPairs.push([{ name: dept.name, goal: dept.goal, tasks: dept.tasks.map((task) => [task.name, task.amount]) }, { name: mine.name, goal: mine.goal, tasks: mine.tasks.map((task) => [task.name, task.amount]) }]);
    if (!same(...projectPairs.at(-1))) differences.push(`department: ${JSON.stringify(projectPairs.at(-1)[1]).slice(0, 300)}`);
  }
  const goalTables = (doc) => doc.tables.filter((table) => /goals/.test(table.kind)).map((table) => [table.id, table.kind, table.number, table.title, table.status]);
  const tablePairs = goalTables(expected).map((table, i) => [table, goalTables(actual)[i]]);
  for (const [a, b] of tablePairs) if (!same(a, b)) differences.push(`goal table: expected ${JSON.stringify(a)} got ${JSON.stringify(b)}`);
  const sangongPairs = [];
  if (expected.sangong) {
    for (const part of ['current', 'previous', 'change', 'changeText', 'meetings', 'training']) {
      sangongPairs.push([expected.sangong[part], actual.sangong?.[part]]);
      if (!same(expected.sangong[part], actual.sangong?.[part])) differences.push(`sangong.${part}: expected ${JSON.stringify(expected.sangong[part])} got ${JSON.stringify(actual.sangong?.[part])}`);
    }
  }
  const statementKey = (s) => [s.subject, s.fund ?? null, s.amount ?? null, s.previous ?? null, s.change ?? null];
  /** The wording compared without spaces and a closing stop, which transcriptions keep or drop. */
  const worded = (s) => [...statementKey(s), ...[s.changeText, s.explanation].map((text) => text?.replace(/\s+/g, '').replace(/[。；，]$/, '') ?? null)];
  const statementPairs = (expected.statements ?? []).map((s) => {
    const candidates = (actual.statements ?? []).filter((candidate) => same(statementKey(candidate), statementKey(s)));
    const mine = candidates.find((candidate) => same(worded(candidate), worded(s))) ?? candidates[0];
    if (!mine) differences.push(`statement missing: ${JSON.stringify(statementKey(s))}`);
    else if (!same(worded(mine), worded(s))) differences.push(`statement wording: expected ${JSON.stringify(worded(s))} got ${JSON.stringify(worded(mine))}`);
    return [worded(s), mine ? worded(mine) : null];
  });
  const sectionPairs = expected.sections.map((section) => {
    const mine = (actual.sections ?? []).find((candidate) => candidate.title === section.title);
    if (!mine) differences.push(`section missing: ${section.kind} ${section.title}`);
    return [[section.kind, section.title], mine ? [mine.kind, mine.title] : null];
  });
  const entry = (item) => item && [item.term, item.definition.replace(/\s+/g, '')];
  const glossaryPairs = (expected.glossary ?? []).map((item) => [entry(item), entry((actual.glossary ?? []).find((mine) => mine.term === item.term))]);
  for (const [a, b] of glossaryPairs) if (!same(a, b)) differences.push(`glossary: expected ${JSON.stringify(a)} got ${JSON.stringify(b)}`);
  return {
    parts: {
      goalTables: score(tablePairs),
      projects: score(projectPairs),
      indicators: score(indicatorPairs),
      sangong: score(sangongPairs),
      statements: score(statementPairs),
      sections: score(sectionPairs),
      glossary: score(glossaryPairs),
    },
    differences,
  };
}

const documents = readdirSync(new URL('../../demo/data/', import.meta.url)).filter((name) => name.endsWith('.json'));

for (const name of documents) {
  const bureau = name.replace(/\.json$/, '');
  test(`goals and narrative agree with the hand-made ${bureau}`, { skip: !seeds && 'no seeds' }, () => {
    const expected = JSON.parse(readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8'));
    const file = expected.meta.source.file;
    const source = readText(readFileSync(`${seeds}/${file}`, 'utf8'), file);
    const tables = expected.tables.filter((table) => !/goals/.test(table.kind));
    const context = { source, unit: expected.meta.publishedUnit, year: expected.meta.year, tables };
    const performance = recognisePerformance(context).value;
    const narrative = recogniseNarrative({ ...context, tables: [...tables, ...performance.tables] }).value;
    const actual = { tables: performance.tables, performance: performance.performance, ...narrative };
    const { parts, differences } = agreement(expected, actual);
    const line = Object.entries(parts)
      .map(([part, { equal, total }]) => `${part} ${equal}/${total}`)
      .join(', ');
    console.log(`${bureau}: ${line}`);
    if (process.env.GOALS_DIFF) for (const difference of differences) console.log(`  ${difference}`);
    // What the recognisers give, put in the hand-made document's place, is a valid schema v1 document.
    const document = { ...expected, tables: [...tables, ...performance.tables], performance: performance.performance, ...narrative };
    const { ok, errors } = validate(document);
    assert.ok(ok, `${bureau}: ${JSON.stringify(errors.slice(0, 3))}`);
    for (const [part, { share }] of Object.entries(parts)) assert.ok(share >= (FLOOR[bureau]?.[part] ?? 0) - 1e-9, `${bureau} ${part}: ${share.toFixed(3)} below ${FLOOR[bureau]?.[part]}`);
  });
}
