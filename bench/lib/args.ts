/** The value of `--name=value` on the command line, or undefined. */
export function argValue(name: string): string | undefined {
  return process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split("=")
    .slice(1)
    .join("=");
}
