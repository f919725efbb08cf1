// Compiles the malloc_trim addon (freedMemory.mjs) when npm installs the project (postinstall),
// with the node-gyp npm ships. Where it cannot be built (no C compiler, no glibc: macOS, Alpine),
// the install goes on and the server runs without it, as it says when it starts.
import { spawnSync } from 'node:child_process';

const nodeGyp = process.env.npm_config_node_gyp;
const build = nodeGyp
  ? spawnSync(process.execPath, [nodeGyp, 'rebuild'], { cwd: import.meta.dirname, encoding: 'utf8' })
  : { status: 1, stdout: '', stderr: 'not run through npm, which provides node-gyp' };
if (build.status === 0) {
  console.log('memory/: built the malloc_trim addon');
} else {
  // node-gyp's log ends with its own details (stack, command, versions); the cause is its first error.
  const log = `${build.stderr ?? ''}\n${build.error?.message ?? ''}`.split('\n').map((line) => line.trim());
  const reason = log.find((line) => /error/i.test(line) && !/ERR! (?:stack|System|command|cwd|node|not ok)/.test(line)) ?? log.findLast(Boolean);
  console.warn(`memory/: the malloc_trim addon was not built (${reason}); the server will run without it`);
}
