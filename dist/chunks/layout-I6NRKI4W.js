import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  imageName,
  parseImageReference
} from "./chunk-5AKMWIUM.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// builtin:node:fs?node_modules/tar/dist/esm/server/index.min.js
var require_index_min = __commonJS({
  "builtin:node:fs?node_modules/tar/dist/esm/server/index.min.js"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:node:fs/promises?node_modules/tar/dist/esm/server/index.min.js
var require_index_min2 = __commonJS({
  "builtin:node:fs/promises?node_modules/tar/dist/esm/server/index.min.js"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:node:path?node_modules/tar/dist/esm/server/index.min.js
var require_index_min3 = __commonJS({
  "builtin:node:path?node_modules/tar/dist/esm/server/index.min.js"(exports, module) {
    module.exports = __require("node:path");
  }
});

// builtin:node:buffer?node_modules/tar/dist/esm/server/index.min.js
var require_index_min4 = __commonJS({
  "builtin:node:buffer?node_modules/tar/dist/esm/server/index.min.js"(exports, module) {
    module.exports = __require("node:buffer");
  }
});

// builtin:node:zlib?node_modules/tar/dist/esm/server/index.min.js
var require_index_min5 = __commonJS({
  "builtin:node:zlib?node_modules/tar/dist/esm/server/index.min.js"(exports, module) {
    module.exports = __require("node:zlib");
  }
});

// builtin:node:crypto?src/core/oci/layout.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// builtin:node:fs?src/core/oci/layout.ts
var m2 = __require("node:fs");
var createReadStream = m2.createReadStream;

// builtin:node:fs/promises?src/core/oci/layout.ts
var m3 = __require("node:fs/promises");
var readFile = m3.readFile;
var stat = m3.stat;

// builtin:node:path?src/core/oci/layout.ts
var m4 = __require("node:path");
var layout_default = m4;

// node_modules/tar/dist/esm/server/index.min.js
var Ns = __toESM(require_index_min(), 1);
var Ls = __toESM(require_index_min2(), 1);
var import_node_path = __toESM(require_index_min3(), 1);
var import_node_buffer = __toESM(require_index_min4(), 1);
var Ps = __toESM(require_index_min5(), 1);
var Ti = Object.defineProperty;
var zi = (i2, e) => {
  for (var t in e) Ti(i2, t, { get: e[t], enumerable: true });
};
var E = (i2) => ArrayBuffer.isView(i2) && i2[Symbol.toStringTag] === "Uint8Array";
var it = (i2) => Object.prototype.toString.call(i2) === "[object ArrayBuffer]";
var L = (i2) => typeof i2?.size == "number" && typeof i2.stream == "function";
var Pe = (i2) => typeof i2?.getReader == "function";
var Oi = new TextDecoder("utf-8", { ignoreBOM: true });
var Pi = new TextEncoder();
var A = (i2) => {
  let e = i2.length;
  for (let t = 0; t < i2.length; t++) {
    let s = i2.charCodeAt(t);
    s < 128 || (s < 2048 ? e += 1 : s >= 55296 && s <= 56319 && (i2.charCodeAt(t + 1) & 64512) === 56320 ? (e += 2, t++) : e += 2);
  }
  return e;
};
var U = (i2, e = 0, t = i2.length) => {
  let s = "";
  for (let n = e; n < t; n++) {
    let r = i2[n];
    if (r >= 128) return Oi.decode(i2.subarray(e, t));
    s += String.fromCharCode(r);
  }
  return s;
};
var Fe = (i2, e, t, s) => {
  let { written: n } = Pi.encodeInto(i2, e.subarray(t, t + s));
  e.fill(0, t + n, t + s);
};
var st = (i2, e, t) => {
  for (let s = 0; s < i2.length; s++) e[t + s] = i2.charCodeAt(s);
};
var vt = (i2, e) => {
  if (Number.isSafeInteger(i2)) i2 < 0 ? Ni(i2, e) : Fi(i2, e);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return e;
};
var Fi = (i2, e) => {
  e[0] = 128;
  for (var t = e.length; t > 1; t--) e[t - 1] = i2 & 255, i2 = Math.floor(i2 / 256);
};
var Ni = (i2, e) => {
  e[0] = 255;
  var t = false;
  i2 = i2 * -1;
  for (var s = e.length; s > 1; s--) {
    var n = i2 & 255;
    i2 = Math.floor(i2 / 256), t ? e[s - 1] = Rt(n) : n === 0 ? e[s - 1] = 0 : (t = true, e[s - 1] = At(n));
  }
};
var Et = (i2) => {
  let e = i2[0], t = e === 128 ? Ui(i2.subarray(1, i2.length)) : e === 255 ? Li(i2) : null;
  if (t === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(t)) throw Error("parsed number outside of javascript safe integer range");
  return t;
};
var Li = (i2) => {
  for (var e = i2.length, t = 0, s = false, n = e - 1; n > -1; n--) {
    var r = Number(i2[n]), o;
    s ? o = Rt(r) : r === 0 ? o = r : (s = true, o = At(r)), o !== 0 && (t -= o * Math.pow(256, e - n - 1));
  }
  return t;
};
var Ui = (i2) => {
  for (var e = i2.length, t = 0, s = e - 1; s > -1; s--) {
    var n = Number(i2[s]);
    n !== 0 && (t += n * Math.pow(256, e - s - 1));
  }
  return t;
};
var Rt = (i2) => (255 ^ i2) & 255;
var At = (i2) => (255 ^ i2) + 1 & 255;
var he = (i2) => {
  let e = i2.charCodeAt(0) === 47, t = [];
  for (let r of i2.split("/")) r === "" || r === "." || (r !== ".." ? t.push(r) : t.length && t[t.length - 1] !== ".." ? t.pop() : e || t.push(r));
  let s = t.length && i2.charCodeAt(i2.length - 1) === 47, n = t.join("/") + (s ? "/" : "");
  return e ? "/" + n : n || (i2.endsWith("/") ? "./" : ".");
};
var W = (...i2) => he(i2.filter((e) => e).join("/"));
var O = (i2) => {
  let e = i2.length;
  for (; e > 1 && i2.charCodeAt(e - 1) === 47; ) e--;
  let t = i2.lastIndexOf("/", e - 1);
  return t === -1 ? "." : t === 0 ? "/" : t === 1 && i2.charCodeAt(0) === 47 ? "//" : i2.slice(0, t);
};
var le = (i2) => {
  let e = i2.length;
  for (; e > 0 && i2.charCodeAt(e - 1) === 47; ) e--;
  return i2.slice(i2.lastIndexOf("/", e - 1) + 1, e);
};
var nt = {};
zi(nt, { code: () => Ne, isCode: () => de, isName: () => Di, name: () => pe, normalFsTypes: () => Mi });
var de = (i2) => pe.has(i2);
var Di = (i2) => Ne.has(i2);
var Mi = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var pe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ne = new Map(Array.from(pe).map((i2) => [i2[1], i2[0]]));
var _i = (i2) => i2 === void 0 || i2 < 0 ? void 0 : i2;
var R = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #e = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(e, t = 0, s, n) {
    E(e) ? this.decode(e, t || 0, s, n) : e && this.#t(e);
  }
  decode(e, t, s, n) {
    if (t || (t = 0), !e || !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
    let r = P(e, t + 156, 1), o = /^[xgXLK]$/.test(r), a = o ? void 0 : s, c = o ? void 0 : n;
    if (this.path = a?.path ?? P(e, t, 100), this.mode = a?.mode ?? c?.mode ?? _(e, t + 100, 8), this.uid = a?.uid ?? c?.uid ?? _(e, t + 108, 8), this.gid = a?.gid ?? c?.gid ?? _(e, t + 116, 8), this.size = _i(a?.size ?? $i(e, t + 124)), this.mtime = a?.mtime ?? c?.mtime ?? rt(e, t + 136, 12), this.cksum = _(e, t + 148, 12), c && this.#t(c, true), a && this.#t(a), de(r) && (this.#e = r || "0"), this.#e === "0" && this.path.slice(-1) === "/" && (this.#e = "5"), this.#e === "5" && (this.size = 0), this.linkpath = P(e, t + 157, 100), U(e, t + 257, t + 265) === "ustar\x0000") if (this.uname = a?.uname ?? c?.uname ?? P(e, t + 265, 32), this.gname = a?.gname ?? c?.gname ?? P(e, t + 297, 32), this.devmaj = a?.devmaj ?? c?.devmaj ?? _(e, t + 329, 8) ?? 0, this.devmin = a?.devmin ?? c?.devmin ?? _(e, t + 337, 8) ?? 0, e[t + 475] !== 0) {
      let l = P(e, t + 345, 155);
      this.path = l + "/" + this.path;
    } else {
      let l = P(e, t + 345, 130);
      l && (this.path = l + "/" + this.path), this.atime = s?.atime ?? n?.atime ?? rt(e, t + 476, 12), this.ctime = s?.ctime ?? n?.ctime ?? rt(e, t + 488, 12);
    }
    let h = 256;
    for (let l = t; l < t + 148; l++) h += e[l];
    for (let l = t + 156; l < t + 512; l++) h += e[l];
    this.cksumValid = h === this.cksum, this.cksum === void 0 && h === 256 && (this.nullBlock = true);
  }
  #t(e, t = false) {
    Object.assign(this, Object.fromEntries(Object.entries(e).filter(([s, n]) => !(n == null || s === "size" && (t || Number(n) < 0) || s === "path" && t || s === "linkpath" && t || s === "global"))));
  }
  encode(e, t = 0) {
    if (e || (e = this.block = new Uint8Array(512)), this.#e === "Unsupported" && (this.#e = "0"), !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
    let s = this.ctime || this.atime ? 130 : 155, n = Ii(this.path || "", s), r = n[0], o = n[1];
    this.needPax = !!n[2], this.needPax = G(e, t, 100, r) || this.needPax, this.needPax = M(e, t + 100, 8, this.mode) || this.needPax, this.needPax = M(e, t + 108, 8, this.uid) || this.needPax, this.needPax = M(e, t + 116, 8, this.gid) || this.needPax, this.needPax = M(e, t + 124, 12, this.size) || this.needPax, this.needPax = ot(e, t + 136, 12, this.mtime) || this.needPax, e[t + 156] = Number(this.#e.codePointAt(0)), this.needPax = G(e, t + 157, 100, this.linkpath) || this.needPax, st("ustar\x0000", e, t + 257), this.needPax = G(e, t + 265, 32, this.uname) || this.needPax, this.needPax = G(e, t + 297, 32, this.gname) || this.needPax, this.needPax = M(e, t + 329, 8, this.devmaj) || this.needPax, this.needPax = M(e, t + 337, 8, this.devmin) || this.needPax, this.needPax = G(e, t + 345, s, o) || this.needPax, e[t + 475] !== 0 ? this.needPax = G(e, t + 345, 155, o) || this.needPax : (this.needPax = G(e, t + 345, 130, o) || this.needPax, this.needPax = ot(e, t + 476, 12, this.atime) || this.needPax, this.needPax = ot(e, t + 488, 12, this.ctime) || this.needPax);
    let a = 256;
    for (let c = t; c < t + 148; c++) a += e[c];
    for (let c = t + 156; c < t + 512; c++) a += e[c];
    return this.cksum = a, M(e, t + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#e === "Unsupported" ? this.#e : pe.get(this.#e);
  }
  get typeKey() {
    return this.#e;
  }
  set type(e) {
    let t = String(Ne.get(e));
    if (de(t) || t === "Unsupported") this.#e = t;
    else if (de(e)) this.#e = e;
    else throw new TypeError("invalid entry type: " + e);
  }
};
var Ii = (i2, e) => {
  let s = i2, n = "", r, o = i2.charAt(0) === "/" ? "/" : ".";
  if (A(s) < 100) r = [s, n, false];
  else {
    n = O(s), s = le(s);
    do
      A(s) <= 100 && A(n) <= e ? r = [s, n, false] : A(s) > 100 && A(n) <= e ? r = [s.slice(0, 99), n, true] : (s = W(le(n), s), n = O(n));
    while (n !== o && r === void 0);
    r || (r = [i2.slice(0, 99), "", true]);
  }
  return r;
};
var P = (i2, e, t) => {
  let s = e, n = Math.min(e + t, i2.length);
  for (; s < n && i2[s] !== 0; ) s++;
  return U(i2, e, s);
};
var rt = (i2, e, t) => Bi(_(i2, e, t));
var Bi = (i2) => i2 === void 0 ? void 0 : new Date(i2 * 1e3);
var _ = (i2, e, t) => Number(i2[e]) & 128 ? Hi(i2.subarray(e, e + t)) : Wi(i2, e, t);
var Hi = (i2) => {
  try {
    return Et(i2);
  } catch {
    return;
  }
};
var $i = (i2, e) => {
  if (Number(i2[e]) & 128) return _(i2, e, 12);
  let t = P(i2, e, 12);
  return /^ *[0-7]* *$/.test(t) && i2.subarray(e + t.length, e + 12).every((s) => s === 0) ? parseInt(t, 8) || 0 : void 0;
};
var ji = (i2) => isNaN(i2) ? void 0 : i2;
var Wi = (i2, e, t) => ji(parseInt(P(i2, e, t).trim(), 8));
var Gi = { 12: 8589934591, 8: 2097151 };
var M = (i2, e, t, s) => s === void 0 ? false : s > Gi[t] || s < 0 ? (vt(s, i2.subarray(e, e + t)), true) : (Yi(i2, e, t, s), false);
var Yi = (i2, e, t, s) => st(qi(s, t), i2, e);
var qi = (i2, e) => Vi(Math.floor(i2).toString(8), e);
var Vi = (i2, e) => (i2.length === e - 1 ? i2 : "0".repeat(e - i2.length - 2) + i2 + " ") + "\0";
var ot = (i2, e, t, s) => s === void 0 ? false : M(i2, e, t, s.getTime() / 1e3);
var G = (i2, e, t, s) => s === void 0 ? false : (Fe(s, i2, e, t), s.length !== A(s) || s.length > t);
var Tt = /^\d+$/;
var Y = class i {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(e, t = false) {
    this.atime = e.atime, this.charset = e.charset, this.comment = e.comment, this.ctime = e.ctime, this.dev = e.dev, this.gid = e.gid, this.global = t, this.gname = e.gname, this.ino = e.ino, this.linkpath = e.linkpath, this.mtime = e.mtime, this.nlink = e.nlink, this.path = e.path, this.size = e.size, this.uid = e.uid, this.uname = e.uname;
  }
  encode() {
    let e = this.encodeBody();
    if (e === "") return new Uint8Array(0);
    let t = A(e), s = 512 * Math.ceil(1 + t / 512), n = new Uint8Array(s);
    return new R({ path: ("PaxHeader/" + le(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: t, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(n), Fe(e, n, 512, t), n;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(e) {
    if (this[e] === void 0) return "";
    let t = this[e], s = typeof t == "object" ? t.getTime() / 1e3 : t, n = " " + (e === "dev" || e === "ino" || e === "nlink" ? "SCHILY." : "") + e + "=" + s + `
`, r = A(n), o = Math.floor(Math.log(r) / Math.log(10)) + 1;
    return r + o >= Math.pow(10, o) && (o += 1), o + r + n;
  }
  static parse(e, t, s = false) {
    return i.parseBytes(new TextEncoder().encode(e), t, s);
  }
  static parseBytes(e, t, s = false) {
    return new i(Xi(Ki(e), t), s);
  }
};
var Xi = (i2, e) => e ? Object.assign({}, e, i2) : i2;
var Ki = (i2) => {
  let e = /* @__PURE__ */ Object.create(null), t = 0;
  for (; t < i2.length && i2[t] !== 0; ) {
    let s = t;
    for (; s < i2.length && i2[s] >= 48 && i2[s] <= 57; ) s++;
    let n = t + Number(U(i2, t, s));
    if (s === t || i2[s] !== 32 || n <= s + 1 || n > i2.length || i2[n - 1] !== 10) throw new Error("invalid PAX record");
    Zi(e, U(i2, s + 1, n - 1)), t = n;
  }
  return e;
};
var Zi = (i2, e) => {
  let t = e.split("=");
  if (t.length === 1) throw new Error("invalid PAX record");
  let s = t.shift();
  if (!s) return i2;
  let n = s.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), r = t.join("="), o = r.indexOf("\0"), a = o === -1 ? r : r.slice(0, o);
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      i2[n] = a;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      let c = new Date(Number(a) * 1e3);
      isNaN(c.getTime()) || (i2[n] = c);
      break;
    case "size":
      if (!Tt.test(r) || !Number.isSafeInteger(+r)) throw new Error("invalid PAX size");
      i2[n] = +r;
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      if (!Tt.test(a.trim())) break;
      let h = +a;
      if (!Number.isSafeInteger(h)) break;
      i2[n] = h;
      break;
  }
  return i2;
};
var T = { name: "gzip", headLength: 2, detect: (i2) => i2[0] === 31 && i2[1] === 139, decompress: () => new DecompressionStream("gzip"), compress: (i2) => {
  let e = new CompressionStream("gzip");
  if (!i2?.portable) return e;
  let t = 0;
  return { writable: e.writable, readable: e.readable.pipeThrough(new TransformStream({ transform: (s, n) => {
    t <= 9 && t + s.length > 9 && (s[9 - t] = 255), t += s.length, n.enqueue(s);
  } })) };
} };
var zt = { C: "cwd", f: "file", z: "gzip", P: "preservePaths", U: "unlink", "strip-components": "strip", stripComponents: "strip", "keep-newer": "newer", keepNewer: "newer", "keep-newer-files": "newer", keepNewerFiles: "newer", k: "keep", "keep-existing": "keep", keepExisting: "keep", m: "noMtime", "no-mtime": "noMtime", p: "preserveOwner", L: "follow", h: "follow", onentry: "onEntry", onReadEntry: "onEntry" };
var y = (i2) => {
  let e = Object.assign(/* @__PURE__ */ Object.create(null), i2);
  for (let [t, s] of Object.entries(zt)) e[t] !== void 0 && (e[s] ??= e[t]), delete e[t];
  return e.noChmod === false && (e.chmod ??= true), delete e.noChmod, e;
};
var F = (i2) => {
  if (i2.length === 1) return i2[0].slice();
  let e = 0;
  for (let n of i2) e += n.length;
  let t = new Uint8Array(e), s = 0;
  for (let n of i2) t.set(n, s), s += n.length;
  return t;
};
var k = (i2, e) => Object.assign(/* @__PURE__ */ Object.create(null), i2, e);
var Ji = /* @__PURE__ */ new Set(["File", "OldFile", "Link", "SymbolicLink", "CharacterDevice", "BlockDevice", "Directory", "FIFO", "ContiguousFile", "GNUDumpDir"]);
var Le = (i2) => i2.replaceAll("\\", "/");
var V = class {
  header;
  extended;
  globalExtended;
  type;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size;
  mtime;
  atime;
  ctime;
  linkpath;
  devmaj;
  devmin;
  dev;
  ino;
  nlink;
  absolute;
  ignore;
  invalid = false;
  unsupported = false;
  constructor(e, t, s, n = false) {
    if (!e.path) throw new Error("no path provided for tar.ReadEntry");
    this.header = e, this.extended = t, this.globalExtended = s, this.type = e.type, this.ignore = !Ji.has(this.type), this.path = n ? Le(e.path) : e.path, this.mode = e.mode && e.mode & 4095, this.uid = e.uid, this.gid = e.gid, this.uname = e.uname, this.gname = e.gname, this.size = e.size ?? 0, this.mtime = e.mtime, this.atime = e.atime, this.ctime = e.ctime;
    let r = this.type === "Link" || this.type === "SymbolicLink";
    this.linkpath = r && e.linkpath ? n ? Le(e.linkpath) : e.linkpath : void 0, this.devmaj = e.devmaj, this.devmin = e.devmin, s && this.#e(s), t && (this.#e(t), t.path != null && (this.path = n ? Le(t.path) : t.path), r && t.linkpath != null && (this.linkpath = n ? Le(t.linkpath) : t.linkpath));
  }
  #e(e) {
    e.uid != null && (this.uid = e.uid), e.gid != null && (this.gid = e.gid), e.uname != null && (this.uname = e.uname), e.gname != null && (this.gname = e.gname), e.mtime != null && (this.mtime = e.mtime), e.atime != null && (this.atime = e.atime), e.ctime != null && (this.ctime = e.ctime), e.dev != null && (this.dev = e.dev), e.ino != null && (this.ino = e.ino), e.nlink != null && (this.nlink = e.nlink);
  }
};
var Ot = new TextDecoder();
var Pt = (i2) => {
  let e = "";
  for (let t of i2) e += Ot.decode(t, { stream: true });
  return e + Ot.decode();
};
var Ft = () => new TypeError("Body has already been consumed");
var fe = class extends V {
  #e;
  #t = false;
  #i;
  constructor(e, t, s, n, r) {
    super(e, t, s, n), this.#e = r;
  }
  get bodyUsed() {
    return this.#t;
  }
  get body() {
    if (this.#i) return this.#i;
    let e = false;
    return this.#i = new ReadableStream({ pull: async (t) => {
      e || (this.#s(), e = true);
      let [s] = await this.#n(1);
      s ? t.enqueue(s) : t.close();
    } }, { highWaterMark: 0 });
  }
  #s() {
    if (this.#t) throw Ft();
    this.#t = true;
  }
  #r(e, t = 1 / 0) {
    let s = this.#e;
    for (; s && e.length < t; ) {
      let n = s.readBody(this);
      if (n === null) break;
      if (n === void 0) return false;
      e.push(n);
    }
    return true;
  }
  async #n(e) {
    let t = [];
    for (; !this.#r(t, e); ) await this.#e?.fill();
    return t;
  }
  async bytes() {
    this.#s();
    let e = [];
    for (; !this.#r(e); ) await this.#e?.fill();
    return F(e);
  }
  async arrayBuffer() {
    return (await this.bytes()).buffer;
  }
  async text() {
    return this.#s(), Pt(await this.#n());
  }
  async blob() {
    return this.#s(), new Blob(await this.#n());
  }
};
var Nt = (i2, e, t, s) => (i2.file && (s.file = i2.file), s.code = typeof t == "object" && t.code || e, s.tarCode = e, s);
var me = (i2, e, t, s = {}) => Object.assign(typeof t == "object" ? t : new Error(`${e}: ${t}`), Nt(i2, e, t, s));
var S = (i2, e, t, s = {}) => {
  let n = Object.hasOwn(s, "recoverable") && s.recoverable === false;
  if (i2.strict || n) throw me(i2, e, t, s);
  Nt(i2, e, t, s), typeof t == "object" && (s = Object.assign(t, s), t = t.message), i2.onwarn?.(e, t, s);
};
var Lt = 0;
var X = 1;
var Ue = 2;
var Ce = 3;
var Ut = 4;
var at = { type: "entryEnd" };
var Qi = { type: "end" };
var es = /* @__PURE__ */ new Set(["ExtendedHeader", "OldExtendedHeader", "GlobalExtendedHeader", "NextFileHasLongPath", "NextFileHasLongLinkpath"]);
var ts = /* @__PURE__ */ new Set(["Link", "SymbolicLink", "CharacterDevice", "BlockDevice", "FIFO", "TapeVolumeHeader"]);
var Ct = (i2) => {
  let e = i2.indexOf(0);
  return U(i2, 0, e === -1 ? i2.length : e);
};
var I = class {
  maxMetaEntrySize;
  position = 0;
  offset = 0;
  #e;
  #t;
  #i;
  #s = [];
  #r;
  #n = 0;
  #a;
  #o = 0;
  #c = Lt;
  #h;
  #d;
  #w;
  #x = 0;
  #p = 0;
  #l = 0;
  #f;
  #y;
  #v;
  #E;
  #k = false;
  #g;
  #S = false;
  #u = false;
  #b = 0;
  constructor(e = {}, t) {
    e = this.#e = k(e), this.maxMetaEntrySize = e.maxMetaEntrySize || 1024 * 1024, this.#t = e.filter;
    let s = e.platform === "win32";
    this.#i = t ?? ((n, r, o) => new V(n, r, o, s));
  }
  warn(e, t, s) {
    S(this.#e, e, t, s);
  }
  push(e) {
    this.#k || this.#s.push(e);
  }
  end() {
    this.#k = true;
  }
  get bodyRemain() {
    let e = this.#r, t = this.#c;
    return t !== Ue && t !== Ce || this.#s.length || e && this.#n < e.length ? 0 : this.#l;
  }
  skipBody() {
    this.#u = this.#c === Ue, this.offset += this.#l, this.#p = this.#l = 0, this.#R();
  }
  next() {
    if (this.#u) return this.#u = false, at;
    for (; ; ) {
      let e = this.#r, t = this.#n;
      if (!e || t === e.length) {
        if (e = this.#r = this.#s.shift(), t = this.#n = 0, !e) {
          if (!this.#k || this.#b === 2) return;
          let l = this.#z();
          if (l) return l;
        }
        continue;
      }
      let s = e.length - t, n = this.#c;
      if (n <= X) {
        let l;
        if (this.#o === 0 && s >= 512) this.#n = t + 512, l = this.#T(e, t);
        else {
          let d = this.#a ??= new Uint8Array(512), p = Math.min(512 - this.#o, s);
          if (d.set(e.subarray(t, t + p), this.#o), this.#n = t + p, this.#o += p, this.#o < 512) continue;
          this.#o = 0, l = this.#T(d, 0);
        }
        if (l) return l;
        continue;
      }
      let r = this.#l, o = s < r ? s : r, a = this.#p, c = o < a ? o : a;
      this.#n = t + o, this.offset += o, this.#l = r - o, this.#p = a - c;
      let h = o === r;
      if (n === Ut) {
        let l = this.#w;
        l.set(e.subarray(t, t + c), this.#x), this.#x += c, h && (this.#R(), this.#O(l));
        continue;
      }
      if (h && this.#R(), n !== Ce) {
        if (c === 0) {
          if (h) return at;
          continue;
        }
        return this.#u = h, { type: "body", data: c === e.length ? e : e.subarray(t, t + c) };
      }
    }
  }
  #R() {
    let e = this.#h;
    e && (this.position = this.offset, this.#h = void 0), !e?.invalid && !this.#S && (this.#g = true), this.#S = false, this.#c = X;
  }
  #z() {
    let e = this.#c;
    if (e > X) {
      let t = this.#h, s = (512 - this.#l % 512) % 512, n = this.#l + s;
      this.#h = void 0, this.#w = void 0, this.#c = X, !t?.invalid && !this.#S && (this.#g = true), this.#S = false, this.#u = e === Ue, this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${n} more bytes, only ${s} available)`, { entry: t, header: this.#d });
      return;
    }
    return this.#u ? (this.#u = false, at) : (this.#b === 0 && (this.#b = 1, (e === Lt || this.#g === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format")), this.#b = 2, Qi);
  }
  #T(e, t) {
    this.offset += 512, this.#g === void 0 && (this.#g = false);
    let s = this.#f, n = this.#y, r = this.#v;
    (n !== void 0 || r !== void 0) && (s = Object.assign(/* @__PURE__ */ Object.create(null), s), s.path ??= n, s.linkpath ??= r);
    let o = new R(e, t, s, this.#E);
    if (o.nullBlock) {
      this.#k = true, this.#r = void 0, this.#s.length = 0, this.#o = 0, this.#c = X;
      return;
    }
    let a = o.type, c = es.has(a);
    if (!o.cksumValid) {
      this.#A(o, "checksum failure", false);
      return;
    }
    let h = o.size;
    if (h === void 0 && this.#m("invalid size", o), (h && ts.has(a) || a === "Directory" && s?.size) && this.#m(`${a} entry with a body`, o), !o.path && !c) {
      this.#A(o, "path is required", true);
      return;
    }
    if ((a === "Link" || a === "SymbolicLink") && !(s?.linkpath ?? o.linkpath)) {
      this.#A(o, "linkpath required", true);
      return;
    }
    if (this.#d = o, this.#p = h, this.#l = 512 * Math.ceil(h / 512), h || (this.#g = true), c) {
      h > this.maxMetaEntrySize && this.#m(`${a} entry larger than maxMetaEntrySize`, o), (a === "NextFileHasLongPath" ? n !== void 0 : a === "NextFileHasLongLinkpath" ? r !== void 0 : a !== "GlobalExtendedHeader" && this.#f) && this.#m(`two ${a} entries for one entry`, o), this.#f && a.startsWith("NextFile") && this.#m(`${a} entry after a PAX header`, o), h > 0 && (this.#w = new Uint8Array(h), this.#x = 0, this.#c = Ut);
      return;
    }
    this.#f = this.#y = this.#v = void 0;
    let l = this.#i(o, s, this.#E);
    return !l.ignore && this.#t && !this.#t(l.path, l) && (l.ignore = true), h ? (this.#h = l, this.#c = l.ignore ? Ce : Ue) : (this.#c = X, this.position = this.offset, this.#u = !l.ignore), { type: "entry", entry: l };
  }
  #A(e, t, s) {
    this.#f = this.#y = this.#v = void 0;
    let n = s ? e.size : 0;
    n && (this.#d = e, this.#p = n, this.#l = 512 * Math.ceil(n / 512), this.#c = Ce, this.#S = true), this.warn("TAR_ENTRY_INVALID", t, { header: e });
  }
  #m(e, t) {
    throw this.#k = true, this.#r = this.#w = void 0, this.#s.length = 0, this.#o = 0, this.#c = X, this.#b = 2, me(this.#e, "TAR_BAD_ARCHIVE", e, { header: t, recoverable: false });
  }
  #O(e) {
    let t = this.#d, s = t.type;
    if (s === "NextFileHasLongPath") {
      this.#y = Ct(e);
      return;
    }
    if (s === "NextFileHasLongLinkpath") {
      this.#v = Ct(e);
      return;
    }
    let n = s === "GlobalExtendedHeader", r;
    try {
      r = Y.parseBytes(e, n ? this.#E : void 0, n);
    } catch (o) {
      this.#m(o.message, t);
    }
    if (!n) {
      this.#f = r;
      return;
    }
    (r.size !== void 0 || r.path !== void 0 || r.linkpath !== void 0) && this.#m("size or path in a global PAX header", t), this.#E = r;
  }
};
var is = 16 * 1024 * 1024;
var Dt = 64 * 1024;
var ss = 1024 * 1024;
var Me = /* @__PURE__ */ Symbol.for("tar.readFile.skip");
var ct = () => {
};
var ye = (i2) => Math.max(512, ...i2.map((e) => e.headLength));
var os = (i2) => {
  try {
    let e = new R(i2);
    return e.cksumValid || e.nullBlock;
  } catch {
    return false;
  }
};
var ge = (i2, e, t = "") => i2.find((s) => s.detect(e)) ?? (os(e) ? void 0 : i2.find((s) => s.extensions?.some((n) => t.endsWith(n))));
var Mt = (i2) => typeof i2.maxDecompressionRatio == "number" ? i2.maxDecompressionRatio : 1e3;
var _e = (i2, e) => me(i2, "TAR_ABORT", e, { recoverable: false });
var _t = (i2, e, t) => _e(i2, new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${t}`));
var as = () => new TypeError("The body of an entry cannot be read after a later entry");
var we = class {
  parser;
  current;
  ended = false;
  constructor(e) {
    this.parser = e;
  }
  entry() {
    if (this.current = void 0, this.ended) return null;
    for (let e; e = this.parser.next(); ) {
      if (e.type === "end") return this.ended = true, null;
      if (e.type === "entry" && !e.entry.ignore) return this.current = e.entry;
    }
  }
  body(e) {
    if (e !== this.current) throw as();
    let t = this.parser.next();
    if (t) return t.type === "body" ? t.data : (this.current = void 0, null);
  }
};
var It = (i2, e) => {
  if (i2.current) return;
  let t = i2.parser.bodyRemain;
  t && e[Me]?.(t) && i2.parser.skipBody();
};
var cs = (i2) => {
  if (E(i2)) return [i2].values();
  if (it(i2)) return [new Uint8Array(i2)].values();
  if (L(i2) && (i2 = i2.stream()), Pe(i2)) {
    let e = i2.getReader();
    return { next: () => e.read(), return: () => e.cancel() };
  }
  return Symbol.asyncIterator in i2 ? i2[Symbol.asyncIterator]() : i2[Symbol.iterator]();
};
var b = class {
  parser;
  #e;
  #t;
  #i;
  #s;
  #r;
  #n;
  #a = false;
  constructor(e, t = {}) {
    t = k(t);
    let s = t.platform === "win32";
    this.parser = new I(t, (n, r, o) => new fe(n, r, o, s, this)), this.#e = new we(this.parser), this.#t = t, this.#i = cs(e);
  }
  poll() {
    return this.#a ? null : this.#e.entry();
  }
  readBody(e) {
    return this.#e.body(e);
  }
  fill() {
    return this.#n ??= this.#o();
  }
  async #o() {
    try {
      let e = this.#s ??= await this.#c(this.#i), t = this.#r;
      this.#r = void 0, e === this.#i && It(this.#e, e);
      let s = t ? { value: t, done: false } : await e.next();
      s.done ? this.parser.end() : this.parser.push(s.value);
    } finally {
      this.#n = void 0;
    }
  }
  async #c(e) {
    let t = this.#t, s = [...t.codecs ?? [], T], n = ye(s), r;
    for (; !r || r.length < n; ) {
      let m5 = await e.next();
      if (m5.done) break;
      r = r ? F([r, m5.value]) : m5.value;
    }
    let o = r && ge(s, r, t.file);
    if (!o) return this.#r = r, e;
    let a = 0, c = 0, { readable: h, writable: l } = o.decompress(), d = l.getWriter(), p = h.getReader(), f = false;
    (async () => {
      try {
        for (; ; ) {
          if (await d.ready, f) return;
          let m5 = r ? { value: r, done: false } : await e.next();
          if (r = void 0, f) return;
          if (m5.done) return await d.close();
          a += m5.value.length, await d.write(m5.value);
        }
      } catch (m5) {
        f || await d.abort(m5).catch(ct);
      }
    })();
    let u = Mt(t);
    return { next: async () => {
      let m5 = await p.read().catch((g) => {
        throw _e(t, g);
      });
      if (!m5.done) {
        c += m5.value.length;
        let g = c / a;
        if (g > u) throw _t(t, g, u);
      }
      return m5;
    }, return: async () => (f = true, await p.cancel().catch(ct), await d.abort().catch(ct), await e.return?.(), { value: void 0, done: true }) };
  }
  async next() {
    try {
      for (; ; ) {
        let e = this.poll();
        if (e) return { value: e, done: false };
        if (e === null) break;
        await this.fill();
      }
    } catch (e) {
      throw await this.return(), e;
    }
    return this.return();
  }
  async return() {
    return this.#a || (this.#a = true, this.#e.current = void 0, await (this.#s ?? this.#i).return?.()), { value: void 0, done: true };
  }
  [Symbol.asyncIterator]() {
    return this;
  }
};
var ht = (i2, e) => new b(i2, e);
var Ie = ["|", "<", ">", "?", ":"];
var lt = Ie.map((i2) => String.fromCodePoint(61440 + Number(i2.codePointAt(0))));
var hs = new Map(Ie.map((i2, e) => [i2, lt[e]]));
var ls = new Map(lt.map((i2, e) => [i2, Ie[e]]));
var ps = new TextEncoder();
var fs = 16 * 1024 * 1024;
var Ee = 64 * 1024;
var Ge = 4 * Ee;
var Si = 64 * 1024;
var et = 64 * 1024;
var tt = (i2, e = false, t) => {
  let s, n, r = false, o = false, a, c, h = e ? new Uint8Array(et) : void 0, l = 0, d = (u) => new Promise((m5) => {
    a = m5, i2.write(u, () => m5());
  }), p = async (u) => {
    l && await d(u.subarray(0, l)), l = 0;
  }, f = () => {
    o = true, a?.(), c?.();
  }, w = () => {
    f(), i2.destroy();
  };
  return i2.pause(), i2.on("data", (u) => {
    t?.(u), t = void 0, r = false, i2.pause(), s.enqueue(u);
  }), i2.on("end", () => {
    o || s.close();
  }), i2.on("error", (u) => {
    s.error(u), n.error(u), f();
  }), i2.on("close", f), { readable: new ReadableStream({ start: (u) => {
    s = u;
  }, pull: () => {
    r = true, c?.(), i2.resume();
  }, cancel: (u) => {
    n.error(u), w();
  } }, { highWaterMark: 0 }), writable: new WritableStream({ start: (u) => {
    n = u;
    let { signal: m5 } = u;
    m5.addEventListener("abort", () => {
      s.error(m5.reason), w();
    });
  }, write: async (u) => {
    h ? (l + u.length > et && await p(h), u.length > et ? await d(u) : (h.set(u, l), l += u.length)) : await d(u), !r && !o && await new Promise((m5) => c = m5);
  }, close: async () => {
    h && await p(h), await new Promise((u) => {
      a = u, i2.end();
    });
  } }) };
};
var Fs = (i2) => i2 >= import_node_buffer.constants.MAX_LENGTH ? {} : { maxOutputLength: Math.max(1, Math.floor(i2)) };
var kt = (i2, e, t, s, n) => ({ ...i2, decompress: () => tt(t({ chunkSize: et })), compress: (r) => tt(e(r), true), decompressSync: (r, { maxOutputLength: o }) => {
  try {
    return n(r, Fs(o));
  } catch (a) {
    throw a?.code !== "ERR_BUFFER_TOO_LARGE" ? a : new Error(`max decompression ratio exceeded: the output is larger than ${o} bytes`);
  }
}, compressSync: s });
var Ai = (i2) => {
  i2[9] = 255;
};
var St = (i2 = Ps) => {
  let { createBrotliCompress: e, createBrotliDecompress: t, brotliCompressSync: s, brotliDecompressSync: n, createZstdCompress: r, createZstdDecompress: o, zstdCompressSync: a, zstdDecompressSync: c } = i2, l = [{ ...kt({ name: "gzip", headLength: 2, detect: (d) => d[0] === 31 && d[1] === 139 }, i2.createGzip, i2.createGunzip, i2.gzipSync, i2.gunzipSync), compress: ({ portable: d, ...p } = {}) => tt(i2.createGzip(p), true, d ? Ai : void 0), compressSync: (d, { portable: p, ...f } = {}) => {
    let w = i2.gzipSync(d, f);
    return p && Ai(w), w;
  } }];
  return e && t && s && n && l.push(kt({ name: "brotli", headLength: 0, detect: () => false, extensions: [".tar.br", ".tbr"] }, e, t, s, n)), r && o && a && c && l.push(kt({ name: "zstd", headLength: 4, detect: (d) => d[0] === 40 && d[1] === 181 && d[2] === 47 && d[3] === 253 }, r, o, a, c)), l;
};
var ee = Ls;
var Cs = process.platform === "win32" ? "win32" : "posix";
var Ds = St();
var x = (i2, e, t) => {
  let s = y(i2);
  return s.fs ??= e, s.platform ??= Cs, s.codecs = [...s.codecs ?? [], ...Ds], t && (s.cwd = (0, import_node_path.resolve)(s.cwd ?? ""), s.processUid ??= process.getuid?.(), s.processGid ??= process.getgid?.(), s.processUname ??= process.env.USER, s.chmod && (s.processUmask ??= process.umask())), s;
};
var vo = (i2, e = {}) => ht(i2, x(e, ee, false));

// src/core/oci/layout.ts
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var DIGEST = /^sha256:([0-9a-f]{64})$/;
function layoutError(file, why) {
  return new AgentAttestError(
    "SUBJECT_INVALID",
    `subject-image-path '${file}' ${why}; give an OCI image layout (a directory or .tar from docker buildx --output type=oci, or docker save from Docker 25 on)`
  );
}
async function readImageLayout(file) {
  const info = await stat(file).catch(() => {
    throw layoutError(file, "does not exist");
  });
  const { index, blobs } = info.isDirectory() ? await readDirectory(file) : await readTarball(file);
  if (index === void 0) {
    throw layoutError(
      file,
      blobs.size === 0 && !info.isDirectory() ? "has no index.json (a docker save tarball from Docker before 25 has no registry manifest digest)" : "has no index.json"
    );
  }
  let doc;
  try {
    doc = JSON.parse(index);
  } catch {
    throw layoutError(file, "has an index.json that is not JSON");
  }
  if (!Array.isArray(doc.manifests) || doc.manifests.length === 0)
    throw layoutError(file, "lists no manifests in index.json");
  return doc.manifests.map((d) => {
    const digest = typeof d.digest === "string" ? d.digest : "";
    if (!DIGEST.test(digest))
      throw layoutError(file, `lists a manifest digest '${digest}' that is not sha256:HEX`);
    if (!blobs.has(digest))
      throw layoutError(file, `lists manifest ${digest} but holds no blob with that content`);
    const name = nameOf(d.annotations ?? {});
    return {
      digest,
      mediaType: typeof d.mediaType === "string" ? d.mediaType : "",
      ...name ? { name } : {}
    };
  });
}
function nameOf(annotations) {
  for (const key of ["io.containerd.image.name", "org.opencontainers.image.ref.name"]) {
    const value = annotations[key];
    if (typeof value !== "string") continue;
    try {
      return imageName(parseImageReference(value));
    } catch {
    }
  }
  return void 0;
}
async function readDirectory(dir) {
  const index = await readFile(layout_default.join(dir, "index.json"), "utf8").catch(() => void 0);
  const blobs = /* @__PURE__ */ new Set();
  if (index !== void 0) {
    let listed = [];
    try {
      listed = (JSON.parse(index).manifests ?? []).filter(
        (d) => typeof d.digest === "string" && DIGEST.test(d.digest)
      );
    } catch {
    }
    for (const d of listed) {
      const digest = d.digest;
      const blob = layout_default.join(dir, "blobs", "sha256", digest.slice("sha256:".length));
      const size = (await stat(blob).catch(() => void 0))?.size;
      if (size === void 0 || size > MAX_MANIFEST_BYTES) continue;
      const hash = createHash("sha256");
      for await (const chunk of createReadStream(blob)) hash.update(chunk);
      if (`sha256:${hash.digest("hex")}` === digest) blobs.add(digest);
    }
  }
  return { ...index !== void 0 ? { index } : {}, blobs };
}
async function readTarball(file) {
  let index;
  const blobs = /* @__PURE__ */ new Set();
  try {
    for await (const entry of vo(createReadStream(file), { file })) {
      if (entry.type !== "File" && entry.type !== "OldFile") continue;
      const name = entry.path.replace(/^\.\//, "");
      if (name === "index.json") {
        index = await entry.text();
        continue;
      }
      const m5 = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(name);
      if (!m5 || (entry.size ?? 0) > MAX_MANIFEST_BYTES) continue;
      const digest = createHash("sha256").update(await entry.bytes()).digest("hex");
      if (digest === m5[1]) blobs.add(`sha256:${digest}`);
    }
  } catch (e) {
    if (e instanceof AgentAttestError) throw e;
    throw layoutError(file, `is not a readable tar archive (${e.message})`);
  }
  return { ...index !== void 0 ? { index } : {}, blobs };
}
export {
  readImageLayout
};
