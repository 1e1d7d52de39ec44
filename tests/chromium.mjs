// How every test here starts Debian's Chromium (/usr/bin/chromium, never a downloaded browser):
// the Playwright suite, its back/forward-cache file, the cross-engine suite and the benchmark.
// Background networking is off: the machine has no network, and Chromium's own connections
// would fail and add noise.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
