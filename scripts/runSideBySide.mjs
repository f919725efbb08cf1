// Runs the npm scripts named on the command line at once: `npm test` starts ESLint, tsc and vitest
// together, since ESLint and tsc each keep one core busy and vitest mostly one, so on 2 cores the
// three take about the time of the longest rather than their sum. Each script's output is printed
// whole when it ends, so the logs do not interleave; once all have ended, the exit status is the
// first failure's.
import { spawn } from 'node:child_process';

/** `npm run name`, its output held back; resolves with its exit code and output when it ends. */
function runHeldBack(name) {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = Math.round((Date.now() - startedAt) / 1000);
      const outcome = code === 0 ? 'passed' : `failed (${signal ?? `exit code ${code}`})`;
      process.stdout.write(`\n=== npm run ${name}: ${outcome} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(process.argv.slice(2).map(runHeldBack));
process.exitCode = codes.find((code) => code !== 0) ?? 0;
