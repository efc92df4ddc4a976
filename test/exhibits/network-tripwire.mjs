// Preloaded (NODE_OPTIONS=--import) into a process and each of its worker threads by the OCR
// test: every way Node reaches the network (fetch, net and tls connects, http(s) requests, DNS)
// is made to fail and to write one line to DOSSIER_NETWORK_LOG, which the test reads. It also
// writes a line when it is installed, so the test knows each thread was covered. A connect to a
// local socket file (Unix socket or Windows pipe: tsx's loader talks to its parent so when code
// runs from source) is not the network and goes through.
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import process from 'node:process';
import tls from 'node:tls';
import { isMainThread, threadId } from 'node:worker_threads';

const log = process.env.DOSSIER_NETWORK_LOG;
const note = (line) => fs.appendFileSync(log, `${line} pid=${process.pid} thread=${isMainThread ? 'main' : threadId}\n`);
const refuse = (what) =>
  function refused() {
    note(`attempt ${what}`);
    throw new Error(`network refused in this test: ${what}`);
  };

if (log) {
  /** The options of a connect call, however they were given (net's internal calls pass an array). */
  const target = (args) => (Array.isArray(args[0]) ? args[0][0] : args[0]);
  const isLocalSocket = (args) => {
    const options = target(args);
    return (typeof options === 'string' && !/^\d+$/.test(options)) || (typeof options === 'object' && options !== null && typeof options.path === 'string');
  };
  const localOnly = (original, what) =>
    function connect(...args) {
      if (isLocalSocket(args)) return original.apply(this, args);
      return refuse(what)();
    };
  net.Socket.prototype.connect = localOnly(net.Socket.prototype.connect, 'net.Socket.connect');
  net.connect = net.createConnection = localOnly(net.connect, 'net.connect');
  tls.connect = refuse('tls.connect');
  http.request = http.get = refuse('http.request');
  https.request = https.get = refuse('https.request');
  dns.lookup = refuse('dns.lookup');
  globalThis.fetch = async (input) => {
    note(`attempt fetch ${String(input).slice(0, 100)}`);
    throw new TypeError('network refused in this test: fetch');
  };
  note('installed');
}
