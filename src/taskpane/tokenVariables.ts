import type { tokens as fluentTokens } from "@fluentui/react-components";

type Tokens = typeof fluentTokens;

/** The tokens whose variable has a fallback value, as Fluent writes them. */
const WITH_FALLBACK: Partial<Tokens> = {
  zIndexBackground: "var(--zIndexBackground, 0)",
  zIndexContent: "var(--zIndexContent, 1)",
  zIndexOverlay: "var(--zIndexOverlay, 1000)",
  zIndexPopup: "var(--zIndexPopup, 2000)",
  zIndexMessages: "var(--zIndexMessages, 3000)",
  zIndexFloating: "var(--zIndexFloating, 4000)",
  zIndexPriority: "var(--zIndexPriority, 5000)",
  zIndexDebug: "var(--zIndexDebug, 6000)",
};

/**
 * Fluent's `tokens` as the bundles carry them: a token is the CSS variable of its own name
 * ("var(--colorNeutralForeground1)"), so the table of all ~470 need not ship with the pane. The
 * webpack configs put this module in the place of @fluentui/tokens' table (scripts/webpack-common.js);
 * test/taskpane/tokenVariables.test.ts holds it to Fluent's table, token by token.
 */
export const tokens = new Proxy(WITH_FALLBACK as Tokens, {
  get: (withFallback, name) =>
    typeof name === "string" ? (withFallback[name as keyof Tokens] ?? `var(--${name})`) : undefined,
});
