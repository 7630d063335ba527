/** Reports an error of ours to the console, for whoever debugs the extension: never thrown into the host page. */
export function report(where: string, error: unknown): void {
  try {
    console.debug(`[agent-assist] ${where}:`, error);
  } catch {
    /* a console that throws is not ours to fix */
  }
}
