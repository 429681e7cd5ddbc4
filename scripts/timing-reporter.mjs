// A web-test-runner reporter for the time the browser suite takes: per engine, its wall time, its
// slowest test files and tests. Test timeouts (web-test-runner.config.mjs) are set from these
// figures measured on a loaded 2-core machine, so a run prints what to compare them with.
// TEST_TIMINGS=path.json also writes every test's duration there.
import { writeFileSync } from 'node:fs';

const SHOWN = 10;

/** Every test of a session as { name, duration }, its suites' names before its own. */
function flatten(suite, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...(suite.tests ?? []).map((test) => ({ name: [...here, test.name].join(' › '), duration: test.duration ?? 0 })),
    ...(suite.suites ?? []).flatMap((child) => flatten(child, here)),
  ];
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function timingReporter() {
  // Per session id: when its page was asked for and when it finished.
  const started = new Map();
  const finished = new Map();
  let runStart = 0;
  return {
    start({ sessions, startTime }) {
      // The first page may be asked for before reporters start: it counts from the run's start.
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED') finished.set(session.id, Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name)) engines.set(name, { files: [], tests: [] });
        const engine = engines.get(name);
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        engine.files.push({ file, start: started.get(session.id) ?? runStart, end: finished.get(session.id) });
        engine.tests.push(...flatten(session.testResults ?? {}).map((test) => ({ ...test, name: `${file} › ${test.name}` })));
      }
      const all = {};
      for (const [name, { files, tests }] of engines) {
        const timed = files.filter((file) => file.start && file.end);
        const wall = timed.length ? Math.max(...timed.map((f) => f.end)) - Math.min(...timed.map((f) => f.start)) : 0;
        console.log(`  ${name}: ${tests.length} tests, ${seconds(wall)} from its first test page to its last result`);
        const slowFiles = timed.map((f) => ({ name: f.file, duration: f.end - f.start })).sort((a, b) => b.duration - a.duration);
        console.log(`    slowest files: ${slowFiles.slice(0, 3).map((f) => `${f.name} ${seconds(f.duration)}`).join(', ')}`);
        const slowTests = [...tests].sort((a, b) => b.duration - a.duration);
        for (const test of slowTests.slice(0, SHOWN)) console.log(`    ${String(test.duration).padStart(6)} ms  ${test.name}`);
        all[name] = { wall, files: slowFiles, tests: slowTests };
      }
      if (process.env.TEST_TIMINGS) writeFileSync(process.env.TEST_TIMINGS, `${JSON.stringify(all, null, 2)}\n`);
    },
  };
}
