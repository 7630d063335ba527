/**
 * What an end-to-end scenario needs from a browser with the extension loaded, so that one scenario runs in
 * Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi) alike. Kept small: what the scenarios use.
 *
 * Selectors are CSS. Inside the extension's overlay (a shadow root) write them with `inOverlay()`.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A response a route gives instead of the network; null lets the request through. */
export type RouteAnswer = { status?: number; contentType: string; body: string | Buffer } | null;

export interface DriverPage {
  /** Loads a web page or one of the extension's pages (an `extensionUrl()`), and waits for its load event. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Runs a self-contained function in the page (no outer variables: it is sent as source). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  count(selector: string): Promise<number>;
  /** Of the first match; null when nothing matches. */
  attribute(selector: string, name: string): Promise<string | null>;
  text(selector: string): Promise<string | null>;
  box(selector: string): Promise<Box | null>;
  /** Clicks the middle of the first match. */
  click(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Types as a user does, key by key. */
  type(text: string): Promise<void>;
  /** One key or a chord in Playwright's notation: 'Enter', 'Control+z', 'Alt+Shift+J'. */
  press(keys: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Answers this page's requests on `origin` (scheme://host) from `answer`; set it before goto. */
  route(origin: string, answer: (url: URL) => RouteAnswer): Promise<void>;
  /**
   * What the user's click on the extension's toolbar button gives the popup for this tab: activeTab, so the
   * popup may read the tab's URL. Returns the tab's id for `popup.html?tab=<id>`.
   */
  grantActiveTab(): Promise<number>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  readonly extensionOrigin: string;
  newPage(): Promise<DriverPage>;
  close(): Promise<void>;
}

/** A selector inside the extension's in-page overlay (its shadow root): the underlines, the card, the panel. */
export function inOverlay(selector: string): string {
  return `[data-agent-assist] >>> ${selector}`;
}
