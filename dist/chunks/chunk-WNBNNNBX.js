import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  classifyGitHubError
} from "./chunk-6XR4UJHP.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-66GH2WVD.js";

// node_modules/snappyjs/snappy_decompressor.js
var require_snappy_decompressor = __commonJS({
  "node_modules/snappyjs/snappy_decompressor.js"(exports) {
    "use strict";
    var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
    function copyBytes(fromArray, fromPos, toArray, toPos, length) {
      var i;
      for (i = 0; i < length; i++) {
        toArray[toPos + i] = fromArray[fromPos + i];
      }
    }
    function selfCopyBytes(array, pos, offset, length) {
      var i;
      for (i = 0; i < length; i++) {
        array[pos + i] = array[pos - offset + i];
      }
    }
    function SnappyDecompressor(compressed) {
      this.array = compressed;
      this.pos = 0;
    }
    SnappyDecompressor.prototype.readUncompressedLength = function() {
      var result = 0;
      var shift = 0;
      var c, val;
      while (shift < 32 && this.pos < this.array.length) {
        c = this.array[this.pos];
        this.pos += 1;
        val = c & 127;
        if (val << shift >>> shift !== val) {
          return -1;
        }
        result |= val << shift;
        if (c < 128) {
          return result;
        }
        shift += 7;
      }
      return -1;
    };
    SnappyDecompressor.prototype.uncompressToBuffer = function(outBuffer) {
      var array = this.array;
      var arrayLength = array.length;
      var pos = this.pos;
      var outPos = 0;
      var c, len, smallLen;
      var offset;
      while (pos < array.length) {
        c = array[pos];
        pos += 1;
        if ((c & 3) === 0) {
          len = (c >>> 2) + 1;
          if (len > 60) {
            if (pos + 3 >= arrayLength) {
              return false;
            }
            smallLen = len - 60;
            len = array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24);
            len = (len & WORD_MASK[smallLen]) + 1;
            pos += smallLen;
          }
          if (pos + len > arrayLength) {
            return false;
          }
          copyBytes(array, pos, outBuffer, outPos, len);
          pos += len;
          outPos += len;
        } else {
          switch (c & 3) {
            case 1:
              len = (c >>> 2 & 7) + 4;
              offset = array[pos] + (c >>> 5 << 8);
              pos += 1;
              break;
            case 2:
              if (pos + 1 >= arrayLength) {
                return false;
              }
              len = (c >>> 2) + 1;
              offset = array[pos] + (array[pos + 1] << 8);
              pos += 2;
              break;
            case 3:
              if (pos + 3 >= arrayLength) {
                return false;
              }
              len = (c >>> 2) + 1;
              offset = array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24);
              pos += 4;
              break;
            default:
              break;
          }
          if (offset === 0 || offset > outPos) {
            return false;
          }
          selfCopyBytes(outBuffer, outPos, offset, len);
          outPos += len;
        }
      }
      return true;
    };
    exports.SnappyDecompressor = SnappyDecompressor;
  }
});

// node_modules/snappyjs/snappy_compressor.js
var require_snappy_compressor = __commonJS({
  "node_modules/snappyjs/snappy_compressor.js"(exports) {
    "use strict";
    var BLOCK_LOG = 16;
    var BLOCK_SIZE = 1 << BLOCK_LOG;
    var MAX_HASH_TABLE_BITS = 14;
    var globalHashTables = new Array(MAX_HASH_TABLE_BITS + 1);
    function hashFunc(key, hashFuncShift) {
      return key * 506832829 >>> hashFuncShift;
    }
    function load32(array, pos) {
      return array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24);
    }
    function equals32(array, pos1, pos2) {
      return array[pos1] === array[pos2] && array[pos1 + 1] === array[pos2 + 1] && array[pos1 + 2] === array[pos2 + 2] && array[pos1 + 3] === array[pos2 + 3];
    }
    function copyBytes(fromArray, fromPos, toArray, toPos, length) {
      var i;
      for (i = 0; i < length; i++) {
        toArray[toPos + i] = fromArray[fromPos + i];
      }
    }
    function emitLiteral(input, ip, len, output, op) {
      if (len <= 60) {
        output[op] = len - 1 << 2;
        op += 1;
      } else if (len < 256) {
        output[op] = 60 << 2;
        output[op + 1] = len - 1;
        op += 2;
      } else {
        output[op] = 61 << 2;
        output[op + 1] = len - 1 & 255;
        output[op + 2] = len - 1 >>> 8;
        op += 3;
      }
      copyBytes(input, ip, output, op, len);
      return op + len;
    }
    function emitCopyLessThan64(output, op, offset, len) {
      if (len < 12 && offset < 2048) {
        output[op] = 1 + (len - 4 << 2) + (offset >>> 8 << 5);
        output[op + 1] = offset & 255;
        return op + 2;
      } else {
        output[op] = 2 + (len - 1 << 2);
        output[op + 1] = offset & 255;
        output[op + 2] = offset >>> 8;
        return op + 3;
      }
    }
    function emitCopy(output, op, offset, len) {
      while (len >= 68) {
        op = emitCopyLessThan64(output, op, offset, 64);
        len -= 64;
      }
      if (len > 64) {
        op = emitCopyLessThan64(output, op, offset, 60);
        len -= 60;
      }
      return emitCopyLessThan64(output, op, offset, len);
    }
    function compressFragment(input, ip, inputSize, output, op) {
      var hashTableBits = 1;
      while (1 << hashTableBits <= inputSize && hashTableBits <= MAX_HASH_TABLE_BITS) {
        hashTableBits += 1;
      }
      hashTableBits -= 1;
      var hashFuncShift = 32 - hashTableBits;
      if (typeof globalHashTables[hashTableBits] === "undefined") {
        globalHashTables[hashTableBits] = new Uint16Array(1 << hashTableBits);
      }
      var hashTable = globalHashTables[hashTableBits];
      var i;
      for (i = 0; i < hashTable.length; i++) {
        hashTable[i] = 0;
      }
      var ipEnd = ip + inputSize;
      var ipLimit;
      var baseIp = ip;
      var nextEmit = ip;
      var hash, nextHash;
      var nextIp, candidate, skip;
      var bytesBetweenHashLookups;
      var base, matched, offset;
      var prevHash, curHash;
      var flag = true;
      var INPUT_MARGIN = 15;
      if (inputSize >= INPUT_MARGIN) {
        ipLimit = ipEnd - INPUT_MARGIN;
        ip += 1;
        nextHash = hashFunc(load32(input, ip), hashFuncShift);
        while (flag) {
          skip = 32;
          nextIp = ip;
          do {
            ip = nextIp;
            hash = nextHash;
            bytesBetweenHashLookups = skip >>> 5;
            skip += 1;
            nextIp = ip + bytesBetweenHashLookups;
            if (ip > ipLimit) {
              flag = false;
              break;
            }
            nextHash = hashFunc(load32(input, nextIp), hashFuncShift);
            candidate = baseIp + hashTable[hash];
            hashTable[hash] = ip - baseIp;
          } while (!equals32(input, ip, candidate));
          if (!flag) {
            break;
          }
          op = emitLiteral(input, nextEmit, ip - nextEmit, output, op);
          do {
            base = ip;
            matched = 4;
            while (ip + matched < ipEnd && input[ip + matched] === input[candidate + matched]) {
              matched += 1;
            }
            ip += matched;
            offset = base - candidate;
            op = emitCopy(output, op, offset, matched);
            nextEmit = ip;
            if (ip >= ipLimit) {
              flag = false;
              break;
            }
            prevHash = hashFunc(load32(input, ip - 1), hashFuncShift);
            hashTable[prevHash] = ip - 1 - baseIp;
            curHash = hashFunc(load32(input, ip), hashFuncShift);
            candidate = baseIp + hashTable[curHash];
            hashTable[curHash] = ip - baseIp;
          } while (equals32(input, ip, candidate));
          if (!flag) {
            break;
          }
          ip += 1;
          nextHash = hashFunc(load32(input, ip), hashFuncShift);
        }
      }
      if (nextEmit < ipEnd) {
        op = emitLiteral(input, nextEmit, ipEnd - nextEmit, output, op);
      }
      return op;
    }
    function putVarint(value, output, op) {
      do {
        output[op] = value & 127;
        value = value >>> 7;
        if (value > 0) {
          output[op] += 128;
        }
        op += 1;
      } while (value > 0);
      return op;
    }
    function SnappyCompressor(uncompressed) {
      this.array = uncompressed;
    }
    SnappyCompressor.prototype.maxCompressedLength = function() {
      var sourceLen = this.array.length;
      return 32 + sourceLen + Math.floor(sourceLen / 6);
    };
    SnappyCompressor.prototype.compressToBuffer = function(outBuffer) {
      var array = this.array;
      var length = array.length;
      var pos = 0;
      var outPos = 0;
      var fragmentSize;
      outPos = putVarint(length, outBuffer, outPos);
      while (pos < length) {
        fragmentSize = Math.min(length - pos, BLOCK_SIZE);
        outPos = compressFragment(array, pos, fragmentSize, outBuffer, outPos);
        pos += fragmentSize;
      }
      return outPos;
    };
    exports.SnappyCompressor = SnappyCompressor;
  }
});

// node_modules/snappyjs/index.js
var require_snappyjs = __commonJS({
  "node_modules/snappyjs/index.js"(exports) {
    "use strict";
    function isNode() {
      if (typeof process === "object") {
        if (typeof process.versions === "object") {
          if (typeof process.versions.node !== "undefined") {
            return true;
          }
        }
      }
      return false;
    }
    function isUint8Array(object) {
      return object instanceof Uint8Array && (!isNode() || !Buffer.isBuffer(object));
    }
    function isArrayBuffer(object) {
      return object instanceof ArrayBuffer;
    }
    function isBuffer(object) {
      if (!isNode()) {
        return false;
      }
      return Buffer.isBuffer(object);
    }
    var SnappyDecompressor = require_snappy_decompressor().SnappyDecompressor;
    var SnappyCompressor = require_snappy_compressor().SnappyCompressor;
    var TYPE_ERROR_MSG = "Argument compressed must be type of ArrayBuffer, Buffer, or Uint8Array";
    function uncompress2(compressed, maxLength) {
      if (!isUint8Array(compressed) && !isArrayBuffer(compressed) && !isBuffer(compressed)) {
        throw new TypeError(TYPE_ERROR_MSG);
      }
      var uint8Mode = false;
      var arrayBufferMode = false;
      if (isUint8Array(compressed)) {
        uint8Mode = true;
      } else if (isArrayBuffer(compressed)) {
        arrayBufferMode = true;
        compressed = new Uint8Array(compressed);
      }
      var decompressor = new SnappyDecompressor(compressed);
      var length = decompressor.readUncompressedLength();
      if (length === -1) {
        throw new Error("Invalid Snappy bitstream");
      }
      if (length > maxLength) {
        throw new Error(`The uncompressed length of ${length} is too big, expect at most ${maxLength}`);
      }
      var uncompressed, uncompressedView;
      if (uint8Mode) {
        uncompressed = new Uint8Array(length);
        if (!decompressor.uncompressToBuffer(uncompressed)) {
          throw new Error("Invalid Snappy bitstream");
        }
      } else if (arrayBufferMode) {
        uncompressed = new ArrayBuffer(length);
        uncompressedView = new Uint8Array(uncompressed);
        if (!decompressor.uncompressToBuffer(uncompressedView)) {
          throw new Error("Invalid Snappy bitstream");
        }
      } else {
        uncompressed = Buffer.alloc(length);
        if (!decompressor.uncompressToBuffer(uncompressed)) {
          throw new Error("Invalid Snappy bitstream");
        }
      }
      return uncompressed;
    }
    function compress(uncompressed) {
      if (!isUint8Array(uncompressed) && !isArrayBuffer(uncompressed) && !isBuffer(uncompressed)) {
        throw new TypeError(TYPE_ERROR_MSG);
      }
      var uint8Mode = false;
      var arrayBufferMode = false;
      if (isUint8Array(uncompressed)) {
        uint8Mode = true;
      } else if (isArrayBuffer(uncompressed)) {
        arrayBufferMode = true;
        uncompressed = new Uint8Array(uncompressed);
      }
      var compressor = new SnappyCompressor(uncompressed);
      var maxLength = compressor.maxCompressedLength();
      var compressed, compressedView;
      var length;
      if (uint8Mode) {
        compressed = new Uint8Array(maxLength);
        length = compressor.compressToBuffer(compressed);
      } else if (arrayBufferMode) {
        compressed = new ArrayBuffer(maxLength);
        compressedView = new Uint8Array(compressed);
        length = compressor.compressToBuffer(compressedView);
      } else {
        compressed = Buffer.alloc(maxLength);
        length = compressor.compressToBuffer(compressed);
      }
      if (!compressed.slice) {
        var compressedArray = new Uint8Array(Array.prototype.slice.call(compressed, 0, length));
        if (uint8Mode) {
          return compressedArray;
        } else if (arrayBufferMode) {
          return compressedArray.buffer;
        } else {
          throw new Error("Not implemented");
        }
      }
      return compressed.slice(0, length);
    }
    exports.uncompress = uncompress2;
    exports.compress = compress;
  }
});

// src/core/github/attestations.ts
var import_snappyjs = __toESM(require_snappyjs(), 1);
var UPLOAD_PERMISSION = "attestations: write";
var LIST_PERMISSION = "attestations: read";
var MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
async function uploadAttestation(client, input) {
  const where = `${input.owner}/${input.repo}`;
  if (!client.authenticated) {
    throw new AgentAttestError(
      "GITHUB_API",
      `storing the attestation in ${where} needs github-token with \`permissions: ${UPLOAD_PERMISSION}\` (or set store: false)`
    );
  }
  let data;
  try {
    const response = await client.octokit.request("POST /repos/{owner}/{repo}/attestations", {
      owner: input.owner,
      repo: input.repo,
      bundle: input.bundle
    });
    data = typeof response.data === "string" ? JSON.parse(response.data) : response.data;
  } catch (e) {
    throw new AgentAttestError("GITHUB_API", uploadFailure(client, where, e), { cause: e });
  }
  const id = data?.id;
  if (typeof id !== "number" && typeof id !== "string") {
    throw new AgentAttestError(
      "GITHUB_API",
      `GitHub stored the attestation in ${where} but answered without an id`
    );
  }
  return { id: Number(id), url: `${client.serverUrl}/${input.owner}/${input.repo}/attestations/${id}` };
}
function uploadFailure(client, where, e) {
  const status = e.status;
  const message = client.redact(messageOf(e).split(/\r?\n/, 1)[0] ?? "");
  if (/feature not available/i.test(message)) {
    return `GitHub does not store attestations for ${where} (${message}): artifact attestations in private repositories need an organization on GitHub Enterprise Cloud; make the repository public or set store: false`;
  }
  const failure = classifyGitHubError(e, {
    action: `storing the attestation in ${where}`,
    permission: UPLOAD_PERMISSION,
    authenticated: client.authenticated,
    redact: client.redact
  });
  if (failure.reason === "rate-limited") return failure.detail;
  if (status === 403) {
    return `GitHub refused to store the attestation in ${where} (403): the workflow needs \`permissions: ${UPLOAD_PERMISSION}\``;
  }
  if (status === 404) {
    return `GitHub answered 404 storing the attestation in ${where}: check the repository name and \`permissions: ${UPLOAD_PERMISSION}\`; private repositories need GitHub Enterprise Cloud (or set store: false)`;
  }
  if (status === 422) {
    return `GitHub rejected the bundle for ${where} (422: ${message}): the bundle's signer must be this repository's workflow on this GitHub instance`;
  }
  return failure.detail;
}
async function findAttestations(client, input, digest) {
  if (!/^sha(256|512):[0-9a-f]+$/.test(digest)) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `artifact digest ${JSON.stringify(digest)} is not sha256:HEX or sha512:HEX`
    );
  }
  const where = input.repo ? `${input.owner}/${input.repo}` : input.owner;
  const query = {
    subject_digest: digest,
    per_page: 100,
    ...input.predicateType ? { predicate_type: input.predicateType } : {}
  };
  const items = (response) => {
    const data = response.data;
    return Array.isArray(data) ? data : data.attestations ?? [];
  };
  const { octokit } = client;
  const lookups = input.repo ? [
    () => octokit.paginate(
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
      { owner: input.owner, repo: input.repo, ...query },
      items
    )
  ] : [
    () => octokit.paginate(
      "GET /orgs/{org}/attestations/{subject_digest}",
      { org: input.owner, ...query },
      items
    ),
    () => octokit.paginate(
      "GET /users/{username}/attestations/{subject_digest}",
      { username: input.owner, ...query },
      items
    )
  ];
  let listed;
  for (const lookup of lookups) {
    try {
      listed = await lookup();
      break;
    } catch (e) {
      if (e.status === 404) {
        if (!client.authenticated) {
          client.logger.info(
            `GitHub answered 404 listing the attestations of ${where}: none, or a private owner (pass a token)`
          );
        }
        continue;
      }
      const failure = classifyGitHubError(e, {
        action: `listing the attestations of ${where}`,
        permission: LIST_PERMISSION,
        authenticated: client.authenticated,
        redact: client.redact
      });
      throw new AgentAttestError("GITHUB_API", failure.detail, { cause: e });
    }
  }
  const found = [];
  for (const item of listed ?? []) {
    const repositoryId = typeof item.repository_id === "number" ? { repositoryId: item.repository_id } : {};
    if (item.bundle !== void 0 && item.bundle !== null) {
      found.push({ bundle: item.bundle, source: "inline", ...repositoryId });
    } else if (typeof item.bundle_url === "string" && item.bundle_url !== "") {
      found.push({
        bundle: await downloadBundle(client, item.bundle_url),
        source: "bundle_url",
        ...repositoryId
      });
    }
  }
  return found;
}
async function downloadBundle(client, url) {
  const shown = url.split("?", 1)[0];
  let response;
  try {
    response = await client.fetchUnauthenticated(url);
  } catch (e) {
    throw new AgentAttestError(
      "NETWORK",
      `downloading the attestation bundle ${shown} failed: ${messageOf(e)}`,
      { cause: e }
    );
  }
  if (!response.ok) {
    throw new AgentAttestError(
      "GITHUB_API",
      `downloading the attestation bundle ${shown} failed with ${response.status}`
    );
  }
  const compressed = new Uint8Array(await response.arrayBuffer());
  try {
    const json = new TextDecoder("utf-8", { fatal: true }).decode((0, import_snappyjs.uncompress)(compressed, MAX_BUNDLE_BYTES));
    return JSON.parse(json);
  } catch (e) {
    throw new AgentAttestError(
      "BUNDLE_INVALID",
      `the attestation bundle at ${shown} is not snappy-compressed JSON: ${messageOf(e)}`,
      { cause: e }
    );
  }
}

export {
  require_snappyjs,
  UPLOAD_PERMISSION,
  LIST_PERMISSION,
  uploadAttestation,
  findAttestations
};
