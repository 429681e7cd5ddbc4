// `npm test`: lint, type check, build (library and Storybook), the size budget, the node suites and the browser suites, in that order,
// then one closing line with every suite's counts: "N passed, N failed".
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

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
  ['browser', 'npx', ['wtr']],
];

function run(name, command, args) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
  } else if (name === 'browser') {
    const match = /browser: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(plain);
    passed += Number(match?.[1] ?? 0);
    failed += Number(match?.[2] ?? 0) || (code ? 1 : 0);
    skipped += Number(match?.[3] ?? 0);
  } else if (code !== 0) {
    failed += 1;
    console.log(`✗ ${name} failed`);
  } else {
    passed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
