// `npm start`: where desktop Excel can be sideloaded (Windows, macOS) do that, as the Office
// templates do; elsewhere (Linux, CI) build and serve the preview workbench and print its URL.
// `npm run preview` (or `--preview`) forces the preview anywhere; `--dev` serves the preview's
// development build instead of the production one (`npm start -- --dev`).
const { spawn } = require("child_process");

const forcePreview = process.argv.includes("--preview");
const canSideload = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (canSideload && !forcePreview) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
} else {
  if (!forcePreview)
    console.log(
      `Desktop Excel cannot be sideloaded on ${process.platform}: starting the preview workbench.`,
    );
  run("node", [
    "scripts/preview-server.js",
    ...process.argv.slice(2).filter((arg) => arg === "--dev"),
  ]);
}
