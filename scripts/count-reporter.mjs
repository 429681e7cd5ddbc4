// A web-test-runner reporter that prints the counts of each engine, then one closing line,
// "browser: N passed, N failed, N skipped", which scripts/test.mjs adds to the other suites' counts.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name)) engines.set(name, { passed: 0, failed: 0, skipped: 0 });
        const totals = engines.get(name);
        count(session.testResults, totals);
        // A file that fails to load counts as one failure, so a broken import cannot pass silently.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      for (const [name, totals] of engines) {
        console.log(`  ${name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      console.log(`browser: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
    },
  };
}
