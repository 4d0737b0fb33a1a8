/**
 * The generated Java client and its test harness, compiled as its users would compile them:
 * javac with every lint on and warnings as errors, against Debian's Jackson.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './spec.js';

/** Debian's libjackson2-databind-java (Jackson 2.14), all the client needs besides the JDK. */
export const JACKSON = ['jackson-databind', 'jackson-core', 'jackson-annotations'].map((name) => `/usr/share/java/${name}.jar`);
const JAVA_SOURCE = join(ROOT, 'generated', 'clients', 'java', 'src', 'opensymphony', 'control');
const HARNESS = join(ROOT, 'test', 'clients', 'java', 'Harness.java');
/** javac of the client and the harness takes a few seconds; a hung compiler must not hang the suite. */
const JAVAC_TIMEOUT_MS = 120_000;

/** Compiles the client (every file of its package) and the harness into `classes`. */
export function compileJavaClient(classes: string): void {
  for (const jar of JACKSON) if (!existsSync(jar)) throw new Error(`${jar} is missing: run scripts/setup.sh (Debian's libjackson2-databind-java)`);
  const sources = readdirSync(JAVA_SOURCE).filter((file) => file.endsWith('.java')).map((file) => join(JAVA_SOURCE, file));
  execFileSync('javac', ['-Xlint:all', '-Werror', '-d', classes, '-cp', JACKSON.join(':'), ...sources, HARNESS], { timeout: JAVAC_TIMEOUT_MS });
}

/** The command line that runs the harness with `args` (and `jvm` options, such as a heap size). */
export function javaHarness(classes: string, args: readonly string[], jvm: readonly string[] = []): [string, string[]] {
  return ['java', [...jvm, '-cp', [classes, ...JACKSON].join(':'), 'Harness', ...args]];
}
