/**
 * What elements may construct that @lit-labs/ssr's DOM shim lacks. A server has no layout, so an
 * observer there observes nothing: constructing one must work, and calling it must do nothing.
 */
class ServerResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Installs the missing globals once, leaving any a real environment provides untouched. */
export function installServerGlobals(): void {
  globalThis.ResizeObserver ??= ServerResizeObserver as unknown as typeof ResizeObserver;
}
