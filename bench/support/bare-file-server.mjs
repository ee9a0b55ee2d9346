import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";

// The ceiling for streaming a file over loopback HTTP in Node on this machine: a bare `http`
// server, no framework, the file read by fs.createReadStream and piped to the socket. Run as a
// child of the benchmark (node bare-file-server.mjs <file> <chunkBytes>) so that, like the app,
// it has a process (and a core) of its own; it prints its port and serves GET with one
// `bytes=N-` Range, the two reads the benchmark makes.

const [file, chunk] = process.argv.slice(2);
const highWaterMark = Number(chunk);
const size = statSync(file).size;

const server = createServer((request, response) => {
  const match = /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
  const start = match ? Number(match[1]) : 0;
  const headers = { "content-type": "video/mp4", "content-length": String(size - start) };
  if (match) headers["content-range"] = `bytes ${start}-${size - 1}/${size}`;
  response.writeHead(match ? 206 : 200, headers);
  const stream = createReadStream(file, { start, highWaterMark });
  response.on("close", () => stream.destroy());
  stream.pipe(response);
});
server.listen(0, "127.0.0.1", () => console.log(String(server.address().port)));
