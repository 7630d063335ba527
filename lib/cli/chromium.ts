/** How this project starts Chromium with the extension loaded: the e2e tests, the benches and the demo share it. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extensionDir: string, { headed = false } = {}): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Root (CI, containers) cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headed ? ['--window-size=1320,900', '--no-default-browser-check'] : ['--disable-gpu']),
    '--disable-quic',
    // The extension and its tests make no request of their own; nor should Chromium's background services.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
