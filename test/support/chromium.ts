/**
 * Debian's Chromium as the tests and the bench launch it (playwright-core drives it; no browser is
 * downloaded). The flags keep it off the network: without the background-networking ones Chromium
 * tries Google's hosts at every start.
 */
export const CHROMIUM_PATH = process.env.BALANS_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
