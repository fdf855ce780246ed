// jest's globalSetup for the end-to-end tests: builds dist-preview/ once, before any test file and
// outside every hook's timeout (the production build takes minutes on two busy cores). The test
// files' own `previewServer.build()` then returns at once: the build marks process.env, which the
// test workers inherit. BALANS_E2E_NO_BUILD=1 reuses an existing dist-preview/ (while iterating).
const fs = require("fs");
const path = require("path");
const previewServer = require("../../../scripts/preview-server.js");

module.exports = async () => {
  const existing = fs.existsSync(path.join(previewServer.ROOT, "preview.html"));
  if (process.env.BALANS_E2E_NO_BUILD === "1" && existing) return;
  const chromium = process.env.BALANS_CHROMIUM ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromium) && process.env.BALANS_REQUIRE_E2E !== "1") return; // the suites skip themselves
  previewServer.build();
};
