// Tiny flag reader for the CLIs: --name value or --name=value.
export function flag(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

export function fail(message: string): never {
  // eslint-disable-next-line no-console
  console.error(message);
  process.exit(2);
}
