// `npm test`: lint, type check, build (library and Storybook), the size budget, the node suites and the browser suites, in that order,
// then one closing line with every suite's counts: "N passed, N failed".
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { wantedEngines } from './engines.mjs';

// The node suites are the *.test.mjs files under test/ (other .js files there are browser fixtures).
const nodeTests = readdirSync('test', { recursive: true }).filter((file) => file.endsWith('.test.mjs')).map((file) => `test/${file}`);

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  // Type-checks bindings in templates; its CSS rule predates nested css`` values, so it is off.
  ['lit-analyzer', 'npx', ['lit-analyzer', 'src', '--strict', '--rules.no-invalid-css', 'off']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['build', 'npm', ['run', 'build', '--silent']],
  // The gzip budget of the bundle, and no D3 in the elements that draw no chart.
  ['size', 'node', ['scripts/size.mjs']],
  // About 10 s: the static Storybook, which test/stories/storybook-build.test.ts then opens.
  ['storybook', 'npm', ['run', 'build-storybook', '--silent', '--', '--quiet']],
  // A hang fails instead of stalling CI: 10 times the slowest node test measured under load (30 s).
  ['node', 'node', ['--test', '--test-reporter=spec', '--test-timeout=300000', ...nodeTests]],
];

function run(name, command, args, env = process.env) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code, output }));
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, command, args] of steps) {
  const { code, output } = await run(name, command, args);
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  if (name === 'node') {
    // node's spec reporter closes with "ℹ pass N" / "ℹ fail N".
    const pass = Number(/ℹ pass (\d+)/.exec(plain)?.[1] ?? 0);
    const fail = Number(/ℹ fail (\d+)/.exec(plain)?.[1] ?? 0);
    passed += pass;
    failed += fail || (code ? 1 : 0);
  } else if (code !== 0) {
    failed += 1;
    console.log(`✗ ${name} failed`);
  } else {
    passed += 1;
  }
}
// The browser suites, one engine at a time (each its own run of wtr, so that one engine's browser ending
// mid-run costs only that engine's run). A browser process that ends mid-run is not a test's result:
// wtr stops with "the browser disconnected" and reports nothing. That engine's files run once more, and
// the note says so; a second disconnection fails. Any other failure counts as it stands.
const DISCONNECTED = /browser disconnected|invalid session id|Target closed|Browser closed/i;
const reruns = [];
for (const { name, installed } of wantedEngines()) {
  if (!installed && !process.env.REQUIRE_ALL_BROWSERS) {
    console.log(`\n▶ browser (${name}): skipped, not installed`);
    continue;
  }
  const env = { ...process.env, BROWSERS: name };
  let { code, output } = await run(`browser (${name})`, 'npx', ['wtr'], env);
  let plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  // Run again only when nothing but the disconnection failed: each file interrupted counts as one failure.
  const interrupted = plain.match(/browser disconnected/gi)?.length ?? 0;
  const failures = Number(/^browser: \d+ passed, (\d+) failed/m.exec(plain)?.[1] ?? 0);
  if (code !== 0 && DISCONNECTED.test(plain) && failures <= interrupted) {
    const log = /its driver's log: (\S+)\)/.exec(plain)?.[1];
    reruns.push(name);
    console.log(`\n⟳ ${name}: the browser ended mid-run (no test result says why${log ? `; its driver's log, ${log}, ends:` : ''})`);
    if (log) console.log(readFileSync(log, 'utf8').split('\n').slice(-30).join('\n'));
    ({ code, output } = await run(`browser (${name}), once more`, 'npx', ['wtr'], env));
    plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  }
  const match = /browser: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(plain);
  passed += Number(match?.[1] ?? 0);
  failed += Number(match?.[2] ?? 0) || (code ? 1 : 0);
  skipped += Number(match?.[3] ?? 0);
}
if (reruns.length) console.log(`\nRun again after the browser ended mid-run: ${reruns.join(', ')} (see above).`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
