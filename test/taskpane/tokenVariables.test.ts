import { tokens as fluentTokens } from "@fluentui/react-components";
import { tokens } from "../../src/taskpane/tokenVariables";

test("every Fluent token is the CSS variable the bundles build from its name", () => {
  const names = Object.keys(fluentTokens) as (keyof typeof fluentTokens)[];
  expect(names.length).toBeGreaterThan(400);
  for (const name of names) expect([name, tokens[name]]).toEqual([name, fluentTokens[name]]);
});
