/**
 * `opensymphony-control <command>`: dispatches to the commands and turns misuse into exit 2.
 * A command's modules are imported only when it runs, so `--help` and `--version` stay cheap.
 */
import { readFileSync } from 'node:fs';
import { CONFORMANCE_HELP, PUBLISH_HELP, SERVE_HELP, WATCH_HELP } from './help.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './usage.js';

const MAIN_HELP = `Usage: opensymphony-control <command> [options]

The control plane of a Symphony-style coding-agent orchestrator.

Commands:
  serve [--demo]     run the control plane (with --demo, an embedded simulated orchestrator)
  publish [FILE|-]   validate a DaemonSnapshot and publish it to a running control plane
  watch [URL]        follow a control plane live in the terminal
  conformance URL    check any implementation of the contract against the specs

Options:
  -V, --version      print the version and exit
  -h, --help         show this help

Run \`opensymphony-control <command> --help\` for a command's options.
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { load: () => Promise<Command>; help: string }> = {
  serve: { load: async () => (await import('./serve.js')).serveCommand, help: SERVE_HELP },
  publish: { load: async () => (await import('./publish.js')).publishCommand, help: PUBLISH_HELP },
  watch: { load: async () => (await import('./watch.js')).watchCommand, help: WATCH_HELP },
  conformance: { load: async () => (await import('./conformance.js')).conformanceCommand, help: CONFORMANCE_HELP },
};

/** The version in the package's own package.json (found upwards: the layout differs in src/ and dist/). */
export function packageVersion(): string {
  let dir = new URL('.', import.meta.url);
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'opensymphony-control' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no package.json here: keep looking upwards
    }
    const parent = new URL('..', dir);
    if (parent.href === dir.href) throw new Error('the package.json of opensymphony-control was not found');
    dir = parent;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(MAIN_HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`opensymphony-control: unknown command ${JSON.stringify(name)}\n\n${MAIN_HELP}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.help);
    return EXIT_OK;
  }
  try {
    return await (await command.load())(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`opensymphony-control ${name}: ${error.message}\n\n${error.help}`);
      return EXIT_USAGE;
    }
    process.stderr.write(`opensymphony-control ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
