// Serves the preview workbench (dist-preview/) on 127.0.0.1 only. `node scripts/preview-server.js`
// builds it first; the end-to-end tests import `serve` to start it on a free port.
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
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, server }));
  });
}

function build() {
  const webpack = path.resolve(__dirname, "..", "node_modules", ".bin", "webpack");
  execFileSync(webpack, ["--mode", "development", "--config", "webpack.preview.config.js"], { stdio: "inherit" });
}

if (require.main === module) {
  build();
  const port = Number(process.env.PORT || 3000);
  serve(ROOT, port).then(({ url }) => {
    console.log(`\nBalans preview: ${url}\n(Ctrl+C stops it.)`);
  });
}

module.exports = { serve, build, ROOT };
