import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "./forwarded";

// Next.js hands route handlers no socket, and fills X-Forwarded-For from the socket only when
// the client sent none, so a client can choose its own "address". At start-up the server
// therefore stamps every incoming request with the socket's peer address under a header of its
// own, overwriting whatever a client sent under that name.

const PATCHED = Symbol.for("portrait-studio.peer-address");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function stamp(prototype: { emit: Emit } & Record<symbol, unknown>) {
  if (prototype[PATCHED]) return;
  const original = prototype.emit;
  prototype.emit = function emit(this: unknown, event, ...args) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const address = request.socket?.remoteAddress;
      if (address) request.headers[PEER_ADDRESS_HEADER] = address;
      else delete request.headers[PEER_ADDRESS_HEADER];
    }
    return original.call(this, event, ...args);
  };
  prototype[PATCHED] = true;
}

/** Installs the stamp on every HTTP(S) server of this process (once). */
export function recordPeerAddresses(): void {
  stamp(http.Server.prototype as unknown as { emit: Emit } & Record<symbol, unknown>);
  stamp(https.Server.prototype as unknown as { emit: Emit } & Record<symbol, unknown>);
}
