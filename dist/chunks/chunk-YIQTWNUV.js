import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:util?src/cli/io.ts
var m = __require("node:util");
var styleText = m.styleText;

// src/cli/io.ts
var NO_COLOR_FLAG = "--no-color";
function processIO(options = {}) {
  const noColor = options.noColor ?? false;
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    color: {
      stdout: colorWanted(process.stdout, process.env, noColor),
      stderr: colorWanted(process.stderr, process.env, noColor)
    }
  };
}
function colorWanted(stream, env, noColorFlag = false) {
  if (noColorFlag || (env["NO_COLOR"] ?? "") !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return Boolean(stream.isTTY) && env["TERM"] !== "dumb";
}
var TONES = {
  pass: ["bold", "green"],
  fail: ["bold", "red"],
  warn: "yellow",
  error: "red",
  dim: "dim"
};
function paint(io, stream, tone, text) {
  return io.color?.[stream] ? styleText(TONES[tone], text, { validateStream: false }) : text;
}
var MARK_TONES = { PASS: "pass", ok: "pass", FAIL: "fail", skip: "dim" };
function paintMark(io, stream, line) {
  const m2 = /^( *)(PASS|FAIL|ok|skip)\b/.exec(line);
  return m2 ? `${m2[1]}${paint(io, stream, MARK_TONES[m2[2]], m2[2])}${line.slice(m2[0].length)}` : line;
}
function stderrLogger(io, verbose = false) {
  return {
    debug: (m2) => {
      if (verbose) io.stderr(`debug: ${m2}
`);
    },
    info: (m2) => io.stderr(`${m2}
`),
    warn: (m2) => io.stderr(`${paint(io, "stderr", "warn", "warning:")} ${m2}
`)
  };
}
var PROGRESS_AFTER_MS = 1e3;
var PROGRESS_EVERY_MS = 100;
function progressLine(io) {
  const now = io.clock ?? (() => Number(process.hrtime.bigint()) / 1e6);
  const started = now();
  let status;
  let last = Number.NEGATIVE_INFINITY;
  let width = 0;
  let timer;
  const draw = (force = false) => {
    if (status === void 0) return;
    const t = now();
    if (t - started < PROGRESS_AFTER_MS || !force && t - last < PROGRESS_EVERY_MS) return;
    last = t;
    const line = `${status} (${((t - started) / 1e3).toFixed(1)} s)`;
    io.stderr(`\r${line}${" ".repeat(Math.max(0, width - line.length))}`);
    width = Math.max(width, line.length);
  };
  const erase = () => {
    if (width > 0) io.stderr(`\r${" ".repeat(width)}\r`);
    width = 0;
  };
  const through = (write) => (t) => {
    erase();
    write(t);
  };
  return {
    io: { ...io, stdout: through(io.stdout), stderr: through(io.stderr) },
    update: (next) => {
      if (!io.isTTY) return;
      status = next;
      timer ??= setInterval(() => draw(true), PROGRESS_EVERY_MS).unref();
      draw();
    },
    clear: () => {
      clearInterval(timer);
      timer = void 0;
      status = void 0;
      erase();
    }
  };
}
function count(n) {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ",") : n.toLocaleString("en");
}
function printable(text) {
  return text.replace(new RegExp("\\p{Cc}", "gu"), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  NO_COLOR_FLAG,
  processIO,
  paint,
  paintMark,
  stderrLogger,
  progressLine,
  count,
  printable
};
