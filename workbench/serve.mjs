// A small static server for the built workbench, bound to 127.0.0.1 only: the page needs no server of
// its own, this one only saves installing another. `node workbench/serve.mjs [port]`, default 4173.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves with the server and its address. */
export function serveWorkbench({ root = fileURLToPath(new URL('./dist', import.meta.url)), port = 4173 } = {}) {
  const base = resolve(root)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    let path = normalize(join(base, decodeURIComponent(url.pathname)))
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end()
      return
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html')
      const size = statSync(path).size
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache' })
      createReadStream(path).pipe(res)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    }
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/` })
    })
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4173)
  const { url } = await serveWorkbench({ port })
  console.log(`Workbench: ${url}  (Ctrl+C to stop)`)
}
