// Serves the preview workbench (dist-preview/) on 127.0.0.1 only. `node scripts/preview-server.js`
// builds it first — the production build (minified, source maps in separate files), or with `--dev`
// (or BALANS_PREVIEW_DEV=1) the development build; the end-to-end tests import `serve` to start it on
// a free port.
const fs = require("fs");
const http = require("http");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "dist-preview");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Starts a static server for `root` on 127.0.0.1:`port` (0 picks a free port); resolves with its URL and server. */
function serve(root = ROOT, port = 0) {
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    const file = path.join(root, urlPath === "/" ? "preview.html" : urlPath);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, server }),
    );
  });
}

/** Builds dist-preview/ in `mode`, once per process: every end-to-end file asks, the first one builds. */
function build(mode = "production") {
  if (process.env.BALANS_PREVIEW_BUILT === mode) return;
  const webpack = path.resolve(__dirname, "..", "node_modules", ".bin", "webpack");
  execFileSync(webpack, ["--mode", mode, "--config", "webpack.preview.config.js"], {
    stdio: "inherit",
  });
  process.env.BALANS_PREVIEW_BUILT = mode;
}

if (require.main === module) {
  const development = process.argv.includes("--dev") || process.env.BALANS_PREVIEW_DEV === "1";
  build(development ? "development" : "production");
  const port = Number(process.env.PORT || 3000);
  serve(ROOT, port).then(({ url }) => {
    console.log(`\nBalans preview: ${url}\n(Ctrl+C stops it.)`);
  });
}

module.exports = { serve, build, ROOT };
