import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  CLI_NAMES,
  assertIdentityPolicy,
  checkIdentity
} from "./chunk-7BB63ELM.js";
import {
  DAY_MS,
  GITHUB,
  PUBLIC_GOOD,
  customInstance,
  fallbackRoot,
  githubInstance,
  publicGoodInstance,
  recentRoot,
  tufCacheDir
} from "./chunk-KLRXLQC3.js";
import {
  readBundleFile
} from "./chunk-QHXSZ2A4.js";
import {
  readInputBytes,
  readInputChunks,
  readInputFile
} from "./chunk-MC3Q3AIY.js";
import {
  certificateFacts,
  require_dist as require_dist2,
  require_v2
} from "./chunk-V5Q6FRCK.js";
import {
  require_dist
} from "./chunk-AR6X34HB.js";
import {
  INTOTO_PAYLOAD_TYPE,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE
} from "./chunk-JXWOESOK.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-66GH2WVD.js";

// node_modules/@sigstore/verify/dist/bundle/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist2();
    var DSSESignatureContent = class {
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      // For a DSSE envelope the signature is computed over the pre-authentication
      // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
      // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
      compareSignedDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.preAuthEncoding));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist2();
    var protobuf_specs_1 = require_dist();
    var HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    };
    var MessageSignatureContent = class {
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      // For a message signature the signature is computed over the artifact, so the
      // digest of the signed bytes is the artifact's message digest.
      compareSignedDigest(digest) {
        return this.compareDigest(digest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/index.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSignedEntity = toSignedEntity2;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist2();
    var dsse_1 = require_dsse();
    var message_1 = require_message();
    function toSignedEntity2(bundle, artifact) {
      const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
      const timestamps = [];
      for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== "0") {
          timestamps.push({
            $case: "transparency-log",
            tlogEntry: entry
          });
        }
      }
      for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      }
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps
      };
    }
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
      }
    };
    var VerificationError = class extends BaseError {
    };
    exports.VerificationError = VerificationError;
    var PolicyError = class extends BaseError {
    };
    exports.PolicyError = PolicyError;
  }
});

// node_modules/@sigstore/verify/dist/trust/filter.js
var require_filter = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
      });
    }
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => {
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
          return false;
        }
        return tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/trust/index.js
var require_trust = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial2;
    var core_1 = require_dist2();
    var protobuf_specs_1 = require_dist();
    var error_1 = require_error();
    var BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0);
    var END_OF_TIME = /* @__PURE__ */ new Date(864e13);
    var filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: function() {
      return filter_1.filterCertAuthorities;
    } });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: function() {
      return filter_1.filterTLogAuthorities;
    } });
    function toTrustMaterial2(root, keys) {
      const keyFinder = typeof keys === "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    function createTLogAuthority(tlogInstance) {
      const keyDetails = tlogInstance.publicKey.keyDetails;
      const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => {
          return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    function keyLocator(keys) {
      return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        }
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: (date) => {
            return (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date;
          }
        };
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/key/certificate.js
var require_certificate = __commonJS({
  "node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error();
    var trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
      let error;
      for (const ca of cas) {
        try {
          const verifier = new CertificateChainVerifier({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          });
          return verifier.verify();
        } catch (err) {
          error = err;
        }
      }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    var CertificateChainVerifier = class {
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]);
        this.timestamp = opts.timestamp;
      }
      verify() {
        const certificatePath = this.sort();
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        }
        return certificatePath;
      }
      sort() {
        const leafCert = this.untrustedCert;
        let paths = this.buildPaths(leafCert);
        paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        }
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        }
        for (let i = 0; i < issuers.length; i++) {
          const issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          const subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++) {
            paths.push([issuer, ...subPaths[j]]);
          }
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        if (certificate.subject.equals(certificate.issuer)) {
          if (certificate.verify()) {
            return [certificate];
          }
        }
        if (certificate.extAuthorityKeyID) {
          keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
        }
        this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier) {
            if (possibleIssuer.extSubjectKeyID) {
              if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                issuers.push(possibleIssuer);
              }
              return;
            }
          }
          if (possibleIssuer.subject.equals(certificate.issuer)) {
            issuers.push(possibleIssuer);
          }
        });
        issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch (ex) {
            return false;
          }
        });
        return issuers;
      }
      checkPath(path) {
        if (path.length < 1) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        }
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        }
        for (let i = path.length - 2; i >= 0; i--) {
          if (!path[i].issuer.equals(path[i + 1].subject)) {
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
          }
        }
        for (let i = 0; i < path.length; i++) {
          const cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            const pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
            }
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
          if (certs[i].equals(certs[j])) {
            certs.splice(j, 1);
            j--;
          }
        }
      }
      return certs;
    }
  }
});

// node_modules/@sigstore/verify/dist/key/sct.js
var require_sct = __commonJS({
  "node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySCTs = verifySCTs;
    var core_1 = require_dist2();
    var error_1 = require_error();
    var trust_1 = require_trust();
    function verifySCTs(cert, issuer, ctlogs) {
      let extSCT;
      const clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext);
          clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT) {
        return [];
      }
      if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
      }
      const preCert = new core_1.ByteStream();
      const issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      const tbs = clone.tbsCertificate.toDER();
      preCert.appendUint24(tbs.length);
      preCert.appendView(tbs);
      return extSCT.signedCertificateTimestamps.map((sct) => {
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        });
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        }
        return sct.logID;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/key/index.js
var require_key = __commonJS({
  "node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyPublicKey = verifyPublicKey;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist2();
    var error_1 = require_error();
    var certificate_1 = require_certificate();
    var sct_1 = require_sct();
    var OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";
    var OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey(hint, timestamps, trustMaterial) {
      const key = trustMaterial.publicKey(hint);
      timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
        }
      });
      return { key: key.publicKey };
    }
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path = [];
      timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      });
      return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    function getSigner(cert) {
      let issuer;
      const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
      if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii");
      } else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii");
      }
      const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
          oid: { id: oid.split(".").map(Number) },
          value: ext.subs[ext.subs.length - 1].value
        };
      });
      const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/policy.js
var require_policy = __commonJS({
  "node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
      }
    }
    function verifyExtensions(policyExtensions, signerExtensions = {}) {
      let key;
      for (key in policyExtensions) {
        if (signerExtensions[key] !== policyExtensions[key]) {
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`
          });
        }
      }
    }
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (const policyOID of policyOIDs) {
        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value));
        if (!match) {
          const oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
      }
    }
    function oidEquals(a, b) {
      if (a === void 0 || b === void 0) {
        return false;
      }
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist2();
    var error_1 = require_error();
    var certificate_1 = require_certificate();
    var trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      const signingTime = timestamp.signingTime;
      timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
      timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      });
      const verified = timestampAuthorities.some((ca) => {
        try {
          verifyTimestampForCA(timestamp, data, ca);
          return true;
        } catch (e) {
          return false;
        }
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
      }
    }
    function verifyTimestampForCA(timestamp, data, ca) {
      const [leaf, ...cas] = ca.certChain;
      const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
      const signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch (e) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/index.js
var require_timestamp = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp;
    var tsa_1 = require_tsa();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
      return {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    function getTLogTimestamp(entry) {
      if (!entry.inclusionPromise) {
        return void 0;
      }
      return {
        type: "transparency-log",
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1e3)
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/dsse.js
var require_dsse2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
          return verifyDSSE001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported dsse version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "dsseV002":
          return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/hashedrekord.js
var require_hashedrekord = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
          return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "hashedRekordV002":
          return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      const tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareSignedDigest(Buffer.from(tlogDigest, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
    function verifyHashedrekord002TLogBody(spec, content) {
      const tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareSignedDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/intoto.js
var require_intoto = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error();
    function verifyIntotoTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case "0.0.2":
          return verifyIntoto002TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported intoto version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      }
      const tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function base64Decode(str) {
      return Buffer.from(str, "base64").toString("utf-8");
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var require_checkpoint = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist2();
    var error_1 = require_error();
    var CHECKPOINT_SEPARATOR = "\n\n";
    var SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      const inclusionProof = entry.inclusionProof;
      const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
      const checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      }
      return checkpoint;
    }
    function verifySignedNote(signedNote, tlogs) {
      const data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        const tlog = tlogs.find((tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && // Match the signature name to the base URL of the tlog. The name is
        // attacker-controlled, so it MUST be compared as a literal substring
        // and never coerced into a RegExp (as String.prototype.match would).
        tlog2.baseURL.includes(signature.name));
        if (!tlog) {
          return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
      });
    }
    var SignedNote = class _SignedNote {
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        }
        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split + 1);
        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
        const matches = data.matchAll(SIGNATURE_REGEX);
        const signatures = Array.from(matches, (match) => {
          const [, name, signature] = match;
          const sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5) {
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          }
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        }
        return new _SignedNote(header, signatures);
      }
    };
    var LogCheckpoint = class _LogCheckpoint {
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
      }
      static fromString(note) {
        const lines = note.trimEnd().split("\n");
        if (lines.length < 3) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        }
        const origin = lines[0];
        let logSize;
        try {
          logSize = BigInt(lines[1]);
        } catch {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "invalid checkpoint log size"
          });
        }
        const rootHash = Buffer.from(lines[2], "base64");
        const rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});

// node_modules/@sigstore/verify/dist/tlog/merkle.js
var require_merkle = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist2();
    var error_1 = require_error();
    var RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]);
    var RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      const inclusionProof = entry.inclusionProof;
      let logIndex;
      try {
        logIndex = BigInt(inclusionProof.logIndex);
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid inclusion proof log index"
        });
      }
      const treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      }
      const { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      }
      const innerHashes = inclusionProof.hashes.slice(0, inner);
      const borderHashes = inclusionProof.hashes.slice(inner);
      const leafHash = hashLeaf(entry.canonicalizedBody);
      const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
      }
    }
    function decompInclProof(index, size) {
      const inner = innerProofSize(index, size);
      const border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => {
        if (index >> BigInt(i) & BigInt(1)) {
          return hashChildren(h, acc);
        } else {
          return hashChildren(acc, h);
        }
      }, seed);
    }
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    function bitLength(n) {
      if (n === 0n) {
        return 0;
      }
      return n.toString(2).length;
    }
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/set.js
var require_set = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist2();
    var error_1 = require_error();
    var trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      });
      const verified = validTLogs.some((tlog) => {
        const payload = toVerificationPayload(entry);
        const data = Buffer.from(core_1.json.canonicalize(payload), "utf8");
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
      }
    }
    function toVerificationPayload(entry) {
      const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogBody = verifyTLogBody;
    exports.verifyTLogInclusion = verifyTLogInclusion;
    var v2_1 = require_v2();
    var error_1 = require_error();
    var dsse_1 = require_dsse2();
    var hashedrekord_1 = require_hashedrekord();
    var intoto_1 = require_intoto();
    var checkpoint_1 = require_checkpoint();
    var merkle_1 = require_merkle();
    var set_1 = require_set();
    function verifyTLogBody(entry, sigContent) {
      const { kind, version } = entry.kindVersion;
      let body;
      try {
        body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      } catch {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "invalid canonicalized body"
        });
      }
      if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      }
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1) {
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    function verifyTLogInclusion(entry, tlogAuthorities) {
      let inclusionVerified = false;
      if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
      }
      if (isTLogEntryWithInclusionProof(entry)) {
        const matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId));
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
      }
      if (!inclusionVerified) {
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
      }
      return;
    }
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
  }
});

// node_modules/@sigstore/verify/dist/verifier.js
var require_verifier = __commonJS({
  "node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = void 0;
    var util_1 = __require("util");
    var error_1 = require_error();
    var key_1 = require_key();
    var policy_1 = require_policy();
    var timestamp_1 = require_timestamp();
    var tlog_1 = require_tlog();
    var Verifier2 = class {
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
          this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              if (result) {
                timestamps.push(result);
              }
              break;
            }
          }
        }
        if (containsDupes(timestamps)) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        }
        if (timestamps.length < this.options.timestampThreshold) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`
          });
        }
        return timestamps.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
          case "public-key": {
            return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
          }
          case "certificate": {
            const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
            if (containsDupes(result.scts)) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            }
            if (result.scts.length < this.options.ctlogThreshold) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            }
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries }) {
        const entryIDs = [];
        tlogEntries.forEach((entry) => {
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
          (0, tlog_1.verifyTLogBody)(entry, content);
          entryIDs.push({
            logID: entry.logId.keyId,
            body: entry.canonicalizedBody
          });
        });
        if (containsDupes(entryIDs)) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: "duplicate tlog entry"
          });
        }
        if (entryIDs.length < this.options.tlogThreshold) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`
          });
        }
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
        }
      }
      verifyPolicy(policy, identity) {
        if (policy.subjectAlternativeName) {
          (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        if (policy.extensions) {
          (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        if (policy.oids) {
          (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
      }
    };
    exports.Verifier = Verifier2;
    function containsDupes(arr) {
      for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
            return true;
          }
        }
      }
      return false;
    }
  }
});

// node_modules/@sigstore/verify/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: function() {
      return bundle_1.toSignedEntity;
    } });
    var error_1 = require_error();
    Object.defineProperty(exports, "PolicyError", { enumerable: true, get: function() {
      return error_1.PolicyError;
    } });
    Object.defineProperty(exports, "VerificationError", { enumerable: true, get: function() {
      return error_1.VerificationError;
    } });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: function() {
      return trust_1.toTrustMaterial;
    } });
    var verifier_1 = require_verifier();
    Object.defineProperty(exports, "Verifier", { enumerable: true, get: function() {
      return verifier_1.Verifier;
    } });
  }
});

// src/core/trust/options.ts
function trustSources(o, deps, name) {
  const usage = (message) => new AgentAttestError("USAGE", message);
  if (o.tufUrl === void 0 !== (o.tufRoot === void 0))
    throw usage(
      `${name("tufUrl")} and ${name("tufRoot")} go together: give the repository URL and the root.json to start from.`
    );
  if (o.tufUrl !== void 0 && o.trustedRoot !== void 0)
    throw usage(`${name("trustedRoot")} and ${name("tufUrl")} name two sources of trust; give one.`);
  if (o.offline && o.requireFreshRoot)
    throw usage(
      `${name("offline")} and ${name("requireFreshRoot")} exclude each other (a fresh root needs the network); give one.`
    );
  const file = o.trustedRoot !== void 0 && o.trustedRoot !== PUBLIC_GOOD && o.trustedRoot !== GITHUB;
  if (file && o.requireFreshRoot)
    throw usage(
      `${name("requireFreshRoot")} applies to roots kept current over TUF; ${name("trustedRoot")} ${o.trustedRoot} is a file used as given. Give one.`
    );
  return {
    tuf: {
      cacheDir: tufCacheDir(deps.env),
      // AGENT_ATTEST_OFFLINE sets the default; asking for a fresh root overrides it.
      offline: o.offline || (o.requireFreshRoot ? false : deps.env.offline ?? false),
      requireFresh: o.requireFreshRoot,
      logger: deps.logger
    },
    ...o.tufUrl !== void 0 ? { repository: { url: o.tufUrl, rootPath: o.tufRoot } } : {}
  };
}

// builtin:node:crypto?src/core/trust/index.ts
var m = __require("node:crypto");
var createPublicKey = m.createPublicKey;

// builtin:node:path?src/core/trust/index.ts
var m2 = __require("node:path");
var trust_default = m2;

// src/core/trust/index.ts
var import_core = __toESM(require_dist2(), 1);
var import_protobuf_specs = __toESM(require_dist(), 1);
var import_verify = __toESM(require_dist3(), 1);
var TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+\+json|\+json;version=0\.\d+)$/;
function thresholdsFor(root) {
  return {
    tlog: root.tlogs.length > 0 ? 1 : 0,
    ctlog: root.ctlogs.length > 0 ? 1 : 0,
    timestamp: 1
  };
}
async function loadTrustMaterial(spec, options = {}) {
  const trust = await TrustSet.open(spec, options);
  const certificates = options.certificates ?? [];
  if (certificates.length === 0) await trust.ensureFor(void 0);
  for (const c of certificates) await trust.ensureFor(c);
  return trust.roots;
}
var TrustSet = class _TrustSet {
  constructor(options, keyFinder, byIssuer) {
    this.options = options;
    this.keyFinder = keyFinder;
    this.byIssuer = byIssuer;
  }
  options;
  keyFinder;
  byIssuer;
  roots = [];
  loading = /* @__PURE__ */ new Map();
  static async open(spec, options = {}) {
    const keyFinder = options.publicKeyPem ? publicKeyFinder(options.publicKeyPem) : void 0;
    if (options.repository && spec !== void 0) {
      throw new AgentAttestError(
        "USAGE",
        `--trusted-root ${spec} and --tuf-url name two sources of trust; pass one of them.`
      );
    }
    const publicGood = options.instances?.publicGood ?? publicGoodInstance;
    const github = options.instances?.github ?? githubInstance;
    if (spec === void 0 && !options.repository)
      return new _TrustSet(options, keyFinder, { publicGood, github });
    const trust = new _TrustSet(options, keyFinder);
    if (spec !== void 0 && spec !== PUBLIC_GOOD && spec !== GITHUB) {
      const source = { kind: "file", path: spec };
      for (const { name, root } of await rootsFromFile(spec))
        trust.roots.push(toTrustRoot(name, root, source, keyFinder));
      return trust;
    }
    const instance = options.repository ? await customInstance(options.repository.url, options.repository.rootPath) : spec === PUBLIC_GOOD ? publicGood : github;
    await trust.load(instance);
    return trust;
  }
  /**
   * With the default selection, loads the root a bundle with this leaf certificate needs: GitHub's for a leaf
   * its Fulcio issued, public-good's for any other (and for bundles without a certificate). Else a no-op.
   */
  async ensureFor(leaf) {
    if (!this.byIssuer) return;
    const { publicGood, github } = this.byIssuer;
    await this.load(leaf && issuedByGitHub(leaf) ? github : publicGood);
  }
  load(instance) {
    let loading = this.loading.get(instance);
    if (!loading) {
      loading = instanceRoot(instance, this.options.tuf).then(({ text, source }) => {
        for (const { name, root } of parseRootText(text, instance.name))
          this.roots.push(toTrustRoot(name, root, source, this.keyFinder));
        const order = (r) => r.name === GITHUB ? 1 : 0;
        this.roots.sort((a, b) => order(a) - order(b));
      });
      this.loading.set(instance, loading);
    }
    return loading;
  }
};
function leafCertificate(bundle) {
  return leafCertificates([bundle])[0];
}
function leafCertificates(bundles) {
  return bundles.flatMap((b) => {
    const content = b.verificationMaterial.content;
    const raw = content.$case === "certificate" ? content.certificate.rawBytes : content.$case === "x509CertificateChain" ? content.x509CertificateChain.certificates[0]?.rawBytes : void 0;
    if (!raw) return [];
    try {
      return [import_core.X509Certificate.parse(Buffer.from(raw))];
    } catch {
      return [];
    }
  });
}
function issuedByGitHub(certificate) {
  return certificate.issuer.includes("GitHub, Inc.");
}
async function instanceRoot(instance, tuf) {
  if (!tuf) return fallbackRoot(instance, void 0, { reason: "offline" });
  const dir = trust_default.join(tuf.cacheDir, instance.cacheKey);
  if (tuf.offline) return fallbackRoot(instance, dir, { reason: "offline" });
  const now = tuf.now?.() ?? /* @__PURE__ */ new Date();
  const recent = await recentRoot(instance, dir, now, tuf.checkIntervalMs ?? DAY_MS);
  return recent ?? (await import("./tuf-VYEBRKFW.js")).tufTrustedRoot(instance, tuf);
}
function rootInfo(root) {
  return { name: root.name, instance: root.instance, ...root.source };
}
function toTrustRoot(name, root, source, keyFinder) {
  try {
    const material = (0, import_verify.toTrustMaterial)(root, keyFinder);
    const caSubjects = material.certificateAuthorities.flatMap((ca) => ca.certChain.map((c) => c.subject));
    return {
      name,
      instance: instanceOf(root),
      source,
      material,
      thresholds: thresholdsFor(root),
      caSubjects
    };
  } catch (e) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `trusted root ${name} holds a key or certificate that does not parse (${messageOf(e)}); pass a trusted_root.json from the instance's TUF repository.`,
      { cause: e }
    );
  }
}
function rootsForCertificate(roots, leaf) {
  return roots.filter((r) => r.caSubjects.some((s) => s.equals(leaf.issuer)));
}
function instanceOf(root) {
  const uri = root.certificateAuthorities[0]?.uri || root.tlogs[0]?.baseUrl || "";
  const host = uri.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "");
  if (host === "fulcio.sigstore.dev") return PUBLIC_GOOD;
  if (host === "fulcio.githubapp.com") return GITHUB;
  return host || "unknown";
}
async function rootsFromFile(file) {
  const text = await readInputFile(
    file,
    "trusted root",
    "pass the path of a trusted_root.json, or public-good or github.",
    "TRUSTED_ROOT_INVALID"
  );
  return parseRootText(text, file);
}
function parseRootText(text, name) {
  let docs;
  try {
    docs = [{ name, json: JSON.parse(text) }];
  } catch {
    const lines = text.split("\n").map((l, i) => ({ line: l.trim(), n: i + 1 }));
    docs = [];
    for (const { line, n } of lines.filter((l) => l.line !== "")) {
      try {
        docs.push({ name: `${name}#${n}`, json: JSON.parse(line) });
      } catch (e) {
        throw new AgentAttestError(
          "TRUSTED_ROOT_INVALID",
          `trusted root ${name} is neither JSON nor JSONL (line ${n}: ${messageOf(e)}); pass a trusted_root.json.`
        );
      }
    }
  }
  if (docs.length === 0) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `trusted root ${name} is empty; pass a trusted_root.json.`
    );
  }
  return docs.map((d) => ({ name: d.name, root: parseRoot(d.json, d.name) }));
}
function parseRoot(json, name) {
  const mediaType = json?.mediaType;
  if (typeof mediaType !== "string" || !TRUSTED_ROOT_MEDIA_TYPE.test(mediaType)) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `trusted root ${name} has mediaType ${JSON.stringify(mediaType)}, not a Sigstore trusted root; pass a trusted_root.json.`
    );
  }
  let root;
  try {
    root = import_protobuf_specs.TrustedRoot.fromJSON(json);
  } catch (e) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `trusted root ${name} is malformed (${messageOf(e)}); pass a trusted_root.json.`,
      {
        cause: e
      }
    );
  }
  const unbounded = [
    ...root.tlogs.map((t) => ["tlogs", t.publicKey?.validFor?.start]),
    ...root.ctlogs.map((t) => ["ctlogs", t.publicKey?.validFor?.start]),
    ...root.certificateAuthorities.map((c) => ["certificateAuthorities", c.validFor?.start]),
    ...root.timestampAuthorities.map((c) => ["timestampAuthorities", c.validFor?.start])
  ].find(([, start]) => start === void 0);
  if (unbounded) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `trusted root ${name} has an entry in ${unbounded[0]} without validFor.start; pass a trusted_root.json from the instance's TUF repository.`
    );
  }
  return root;
}
function publicKeyFinder(pem) {
  let publicKey;
  try {
    publicKey = createPublicKey(pem);
  } catch (e) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `--key is not a PEM public key (${messageOf(e)}); pass a PEM file.`,
      { cause: e }
    );
  }
  return () => ({ publicKey, validFor: () => true });
}

// builtin:node:crypto?src/core/verify/artifacts.ts
var m3 = __require("node:crypto");
var createHash = m3.createHash;

// builtin:node:path?src/core/verify/artifacts.ts
var m4 = __require("node:path");
var artifacts_default = m4;

// src/core/verify/artifacts.ts
var DIGEST_ALGORITHMS = /* @__PURE__ */ new Map([
  ["sha256", 64],
  ["sha384", 96],
  ["sha512", 128]
]);
var DIGEST_ARG = /^(sha256|sha384|sha512):([0-9a-f]+)$/i;
var ARTIFACT_FILE = {
  what: "artifact",
  fix: "pass the artifact file (or its digest as sha256:HEX).",
  code: "SUBJECT_INVALID",
  directoryFix: (dir) => `pass the files in it (e.g. ${artifacts_default.join(dir, "*")}, expanded by the shell) or sha256:HEX.`
};
function parseArtifactArgument(arg) {
  if (arg.startsWith("oci://")) return { kind: "image", reference: arg };
  return DIGEST_ARG.test(arg) ? parseDigestArgument(arg) : { kind: "file", path: arg };
}
function parseDigestArgument(arg, input = "artifact") {
  const m7 = DIGEST_ARG.exec(arg.trim());
  const alg = m7?.[1].toLowerCase();
  const length = alg === void 0 ? void 0 : DIGEST_ALGORITHMS.get(alg);
  if (!m7 || m7[2].length !== length) {
    throw new AgentAttestError(
      "SUBJECT_INVALID",
      length === void 0 ? `${input} ${JSON.stringify(arg)} is not a digest; write sha256:HEX (or sha384:, sha512:).` : `${input} ${arg}: a ${alg} digest has ${length} hex digits; pass ${alg}:HEX or a file path.`
    );
  }
  return { kind: "digest", name: arg.trim(), algorithm: alg, hex: m7[2].toLowerCase() };
}
function emptyDigests() {
  return /* @__PURE__ */ Object.create(null);
}
async function resolveArtifact(spec, algorithms = []) {
  const s = typeof spec === "string" ? parseArtifactArgument(spec) : spec;
  if (s.kind === "image")
    throw new AgentAttestError("USAGE", `artifact ${s.reference}: images are resolved by the gate (runGate)`);
  if (s.kind === "resolved") {
    const digests = emptyDigests();
    for (const [alg, hex] of Object.entries(s.artifact.digests)) digests[alg] = hex;
    return { ...s.artifact, digests };
  }
  if (s.kind === "digest") {
    const digests = emptyDigests();
    digests[s.algorithm] = s.hex;
    return { name: s.name, digests };
  }
  const wanted = /* @__PURE__ */ new Set(["sha256", ...[...algorithms].filter((a) => DIGEST_ALGORITHMS.has(a))]);
  return { name: s.path, path: s.path, digests: await digestFile(s.path, wanted) };
}
async function digestFile(path, algorithms) {
  const hashes = [...algorithms].map((alg) => [alg, createHash(alg)]);
  for await (const chunk of readInputChunks(path, ARTIFACT_FILE)) {
    for (const [, h] of hashes) h.update(chunk);
  }
  const digests = emptyDigests();
  for (const [alg, h] of hashes) digests[alg] = h.digest("hex");
  return digests;
}
function artifactBytes(artifact) {
  return readInputBytes(artifact.path, ARTIFACT_FILE, Number.POSITIVE_INFINITY);
}
var ArtifactSet = class _ArtifactSet {
  constructor(artifacts) {
    this.artifacts = artifacts;
    artifacts.forEach((a, i) => this.addToIndex(a, i));
  }
  artifacts;
  index = /* @__PURE__ */ new Map();
  computed = /* @__PURE__ */ new Set(["sha256"]);
  static async resolve(specs) {
    const artifacts = new Array(specs.length);
    let next = 0;
    const worker = async () => {
      while (next < specs.length) {
        const i = next++;
        artifacts[i] = await resolveArtifact(specs[i], ["sha256"]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, specs.length) }, worker));
    return new _ArtifactSet(artifacts);
  }
  /** Computes `algorithm` for every file artifact, once. Unknown algorithms are ignored (they never match). */
  async ensure(algorithm) {
    if (this.computed.has(algorithm) || !DIGEST_ALGORITHMS.has(algorithm)) return;
    this.computed.add(algorithm);
    for (const [i, a] of this.artifacts.entries()) {
      if (a.path === void 0) continue;
      const digests = await digestFile(a.path, [algorithm]);
      a.digests[algorithm] = digests[algorithm];
      this.add(`${algorithm}:${a.digests[algorithm]}`, i);
    }
  }
  /** Indexes of the artifacts whose `algorithm` digest is `hex` (lower case). */
  lookup(algorithm, hex) {
    return this.index.get(`${algorithm}:${hex}`) ?? [];
  }
  addToIndex(a, i) {
    for (const alg of Object.keys(a.digests)) this.add(`${alg}:${a.digests[alg]}`, i);
  }
  add(key, i) {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  }
};

// builtin:node:fs/promises?src/core/verify/index.ts
var m5 = __require("node:fs/promises");
var stat = m5.stat;

// src/core/verify/index.ts
var import_protobuf_specs2 = __toESM(require_dist(), 1);

// src/core/verify/prehashed.ts
var import_core2 = __toESM(require_dist2(), 1);
var CURVES = {
  prime256v1: "p256",
  secp384r1: "p384",
  secp521r1: "p521"
};
async function loadCurves() {
  return import("./nist-EDFYSK73.js");
}
function prehashedMessageSignature(bundle, curves) {
  if (bundle.content.$case !== "messageSignature") throw new Error("not a message-signature bundle");
  const { signature, messageDigest } = bundle.content.messageSignature;
  const digest = messageDigest.digest;
  return {
    signature,
    compareSignature: (s) => import_core2.crypto.bufferEqual(s, signature),
    compareDigest: (d) => import_core2.crypto.bufferEqual(d, digest),
    compareSignedDigest: (d) => import_core2.crypto.bufferEqual(d, digest),
    verifySignature(key) {
      const curve = key.asymmetricKeyType === "ec" ? CURVES[key.asymmetricKeyDetails?.namedCurve ?? ""] : void 0;
      if (!curve) {
        throw new Error(
          `a ${key.asymmetricKeyType ?? "unknown"} signature cannot be checked from a digest; pass the artifact file`
        );
      }
      const jwk = key.export({ format: "jwk" });
      const point = Buffer.concat([
        Buffer.from([4]),
        Buffer.from(jwk.x, "base64url"),
        Buffer.from(jwk.y, "base64url")
      ]);
      try {
        return curves[curve].verify(signature, digest, point, { prehash: false, lowS: false, format: "der" });
      } catch {
        return false;
      }
    }
  };
}

// src/core/verify/statement.ts
var STATEMENT_TYPES = /* @__PURE__ */ new Set([STATEMENT_TYPE, "https://in-toto.io/Statement/v0.1"]);
function readPayload(bundle) {
  if (bundle.content.$case !== "dsseEnvelope") return void 0;
  try {
    return JSON.parse(bundle.content.dsseEnvelope.payload.toString("utf8"));
  } catch {
    return void 0;
  }
}
function parseStatement(bundle, predicateType) {
  if (bundle.content.$case !== "dsseEnvelope") {
    return {
      ok: false,
      code: "STATEMENT_REQUIRED",
      reason: "bundle holds a message signature, not an in-toto statement"
    };
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
    return {
      ok: false,
      code: "PAYLOAD_INVALID",
      reason: `payload type is ${JSON.stringify(envelope.payloadType)}, expected ${INTOTO_PAYLOAD_TYPE}`
    };
  }
  const statement = readPayload(bundle);
  if (statement === void 0) return { ok: false, code: "PAYLOAD_INVALID", reason: "payload is not JSON" };
  return checkStatementShape(statement, predicateType);
}
function checkStatementShape(statement, predicateType) {
  if (!isObject(statement) || typeof statement._type !== "string" || !STATEMENT_TYPES.has(statement._type)) {
    return {
      ok: false,
      code: "PAYLOAD_INVALID",
      reason: `statement _type is ${JSON.stringify(isObject(statement) ? statement._type : void 0)}, expected ${STATEMENT_TYPE}`
    };
  }
  const subjects = statement.subject;
  if (!Array.isArray(subjects) || subjects.length === 0) {
    return { ok: false, code: "PAYLOAD_INVALID", reason: "statement has no subject" };
  }
  const bad = subjects.findIndex((s) => !isSubject(s));
  if (bad >= 0) {
    return {
      ok: false,
      code: "PAYLOAD_INVALID",
      reason: `statement subject ${bad} is not {name, digest: {ALG: HEX}}`
    };
  }
  if (statement.predicateType !== predicateType) {
    return {
      ok: false,
      code: "PREDICATE_TYPE_MISMATCH",
      reason: `predicate type is ${JSON.stringify(statement.predicateType)}, expected ${JSON.stringify(predicateType)}`
    };
  }
  return { ok: true, statement };
}
function isSubject(s) {
  return isObject(s) && (s.name === void 0 || typeof s.name === "string") && isObject(s.digest) && Object.values(s.digest).every((v) => typeof v === "string");
}
function claimedDigests(statement) {
  if (!isObject(statement) || !Array.isArray(statement.subject)) return [];
  return statement.subject.flatMap(
    (s) => isObject(s) && isObject(s.digest) ? Object.entries(s.digest).flatMap(
      ([alg, hex]) => typeof hex === "string" ? [[alg.toLowerCase(), hex.toLowerCase()]] : []
    ) : []
  );
}
function subjectAlgorithms(statement) {
  return [...new Set(claimedDigests(statement).map(([alg]) => alg))];
}
function matchSubject(statement, artifactDigests) {
  const artifact = (alg) => Object.hasOwn(artifactDigests, alg) ? artifactDigests[alg] : void 0;
  for (const subject of statement.subject) {
    const shared = Object.entries(subject.digest).filter(
      ([alg]) => artifact(alg.toLowerCase()) !== void 0
    );
    if (shared.length > 0 && shared.every(
      ([alg, hex]) => typeof hex === "string" && hex.toLowerCase() === artifact(alg.toLowerCase())
    )) {
      return { ok: true, subject };
    }
  }
  const have = Object.keys(artifactDigests).join(", ");
  const used = subjectAlgorithms(statement).join(", ") || "none";
  return {
    ok: false,
    code: "SUBJECT_MISMATCH",
    reason: `no subject of the statement (${statement.subject.length}, digests: ${used}) has the artifact's digest (${have})`
  };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// builtin:node:crypto?src/core/verify/verifier.ts
var m6 = __require("node:crypto");
var createPublicKey2 = m6.createPublicKey;

// src/core/verify/verifier.ts
var import_verify2 = __toESM(require_dist3(), 1);
function createVerifier(trust, thresholds) {
  const verifiers = /* @__PURE__ */ new Map();
  const verifierFor = (root) => {
    let verifier = verifiers.get(root);
    if (!verifier) {
      const t = { ...root.thresholds, ...thresholds };
      verifier = new import_verify2.Verifier(root.material, {
        tlogThreshold: t.tlog,
        ctlogThreshold: t.ctlog,
        timestampThreshold: t.timestamp
      });
      verifiers.set(root, verifier);
    }
    return verifier;
  };
  return {
    verify(bundle, artifact, prehashed) {
      let entity;
      try {
        entity = (0, import_verify2.toSignedEntity)(bundle, artifact);
        if (prehashed) entity = { ...entity, signature: prehashed };
      } catch (e) {
        return {
          ok: false,
          code: "BUNDLE_INVALID",
          reason: `certificate or timestamp does not parse: ${messageOf(e)}`
        };
      }
      const certificate = entity.key.$case === "certificate" ? entity.key.certificate : void 0;
      const candidates = certificate ? rootsForCertificate([...trust], certificate) : trust;
      const rootNames = `trusted root${trust.length > 1 ? "s" : ""} ${trust.map((r) => r.name).join(", ")}`;
      const untrusted = {
        code: "CERTIFICATE_UNTRUSTED",
        reason: `the signing certificate was not issued by a CA of the ${rootNames}${certificate && issuedByGitHub(certificate) ? GITHUB_ROOT_HINT : ""}`
      };
      if (candidates.length === 0) return { ok: false, ...untrusted };
      const errors = [];
      for (const root of candidates) {
        try {
          verifierFor(root).verify(entity);
          return {
            ok: true,
            trustedRoot: root.name,
            instance: root.instance,
            signer: certificate ? certificateFacts(certificate) : void 0,
            timestamps: verifiedTimestamps(entity)
          };
        } catch (e) {
          errors.push({ root, code: e.code, message: messageOf(e) });
        }
      }
      return { ok: false, ...diagnose(entity, certificate, errors, untrusted) };
    }
  };
}
function diagnose(entity, certificate, errors, untrusted) {
  if (certificate && !errors.some((e) => issuedBy(certificate, e.root))) return untrusted;
  const detail = errors.map((e) => `${errors.length > 1 ? `${e.root.name}: ` : ""}${e.code ? `${e.code}: ` : ""}${e.message}`).join("; ");
  const sigstoreCode = errors[0]?.code;
  if (certificate && !signatureCovers(entity, certificate)) {
    return {
      code: "SIGNATURE_INVALID",
      reason: `the signature does not verify over the bundle's content with its certificate's key: the content or the signature was changed after signing (${detail})`,
      ...sigstoreCode ? { sigstoreCode } : {}
    };
  }
  const mapped = sigstoreCode ? SIGSTORE_CODES[sigstoreCode] : void 0;
  return {
    code: mapped?.code ?? "CRYPTO_FAILED",
    reason: `${mapped?.cause ?? "the bundle did not verify"}: ${detail}`,
    ...sigstoreCode ? { sigstoreCode } : {}
  };
}
var SIGSTORE_CODES = {
  SIGNATURE_ERROR: { code: "SIGNATURE_INVALID", cause: "the signature does not verify over the content" },
  CERTIFICATE_ERROR: {
    code: "CERTIFICATE_INVALID",
    cause: "the certificate does not verify at the signing time (chain, validity window or SCT against the trusted root)"
  },
  PUBLIC_KEY_ERROR: {
    code: "KEY_UNTRUSTED",
    cause: "the signing key is not one the trusted root or --key vouches for"
  },
  TIMESTAMP_ERROR: {
    code: "TIMESTAMP_INVALID",
    cause: "no timestamp of the bundle verifies against a timestamp authority (or log) of the trusted root"
  },
  TLOG_ERROR: { code: "TLOG_INVALID", cause: "the transparency-log entries do not meet the trusted root" },
  TLOG_INCLUSION_PROOF_ERROR: {
    code: "TLOG_INVALID",
    cause: "the log entry's inclusion proof does not verify against a log of the trusted root"
  },
  TLOG_INCLUSION_PROMISE_ERROR: {
    code: "TLOG_INVALID",
    cause: "the log entry's inclusion promise (SET) does not verify against a log of the trusted root"
  },
  TLOG_MISSING_INCLUSION_ERROR: {
    code: "TLOG_INVALID",
    cause: "the log entry has neither an inclusion proof nor an inclusion promise"
  },
  TLOG_BODY_ERROR: {
    code: "TLOG_INVALID",
    cause: "the log entry does not record this signature and content"
  }
};
function issuedBy(leaf, root) {
  return root.material.certificateAuthorities.some(
    (ca) => ca.certChain.some((c) => {
      try {
        return c.subject.equals(leaf.issuer) && leaf.verify(c);
      } catch {
        return false;
      }
    })
  );
}
function signatureCovers(entity, leaf) {
  try {
    const key = createPublicKey2({ key: leaf.publicKey, format: "der", type: "spki" });
    return entity.signature.verifySignature(key);
  } catch {
    return false;
  }
}
var GITHUB_ROOT_HINT = "; it was issued by GitHub's Sigstore instance (private repositories): verify without --trusted-root (GitHub's root is then selected for it) or with --trusted-root github, or give a file with that instance's root (`gh attestation trusted-root`)";
function verifiedTimestamps(entity) {
  return entity.timestamps.flatMap((t) => {
    if (t.$case === "timestamp-authority")
      return [{ kind: "timestamp-authority", time: t.timestamp.signingTime.toISOString() }];
    if (!t.tlogEntry.inclusionPromise) return [];
    return [
      { kind: "transparency-log", time: new Date(Number(t.tlogEntry.integratedTime) * 1e3).toISOString() }
    ];
  });
}

// src/core/verify/index.ts
var MAX_UNRELATED_FAILURES = 20;
async function verifyArtifacts(opts) {
  const log = opts.logger ?? silentLogger;
  const names = opts.names ?? CLI_NAMES;
  const keyMode = opts.publicKeyPath !== void 0;
  if (!keyMode) assertIdentityPolicy(opts.identity, names);
  if (opts.artifacts.length === 0)
    throw new AgentAttestError("USAGE", `no artifact given; ${names.verb} ${names.artifact}.`);
  if (opts.bundlePaths.length === 0 && opts.bundles === void 0)
    throw new AgentAttestError("USAGE", `no bundle given; ${names.verb} ${names.with("bundle", "FILE")}.`);
  if (opts.allowMessageSignatures && opts.predicateType !== void 0)
    throw new AgentAttestError(
      "USAGE",
      `${names.of("allowMessageSignatures")} accepts plain signatures, which name no predicate type; give it or ${names.of("predicateType")}, not both.`
    );
  const predicateType = opts.predicateType ?? SLSA_PROVENANCE_V1;
  const publicKeyPem = keyMode ? await readKey(opts.publicKeyPath, names) : void 0;
  const trust = await TrustSet.open(opts.trustedRoot, { ...opts.trust, publicKeyPem });
  const verifier = createVerifier(trust.roots);
  const artifacts = await ArtifactSet.resolve(opts.artifacts);
  const judge = new Judge(artifacts, {
    trust,
    verifier,
    identity: opts.identity,
    predicateType,
    keyMode,
    allowMessageSignatures: opts.allowMessageSignatures ?? false,
    names
  });
  const progress = { bundles: 0, bytes: 0, totalBytes: 0 };
  for (const path of opts.bundlePaths)
    progress.totalBytes += await stat(path).then(
      (s) => s.size,
      () => 0
    );
  const onBytes = (n) => void (progress.bytes += n);
  for await (const loaded of allBundles(opts, onBytes)) {
    await judge.add(loaded);
    progress.bundles++;
    opts.onProgress?.(progress);
  }
  log.debug(
    `${progress.bundles} bundle(s) read; trusted roots: ${trust.roots.map((r) => r.name).join(", ")}`
  );
  return judge.report(trust.roots, predicateType);
}
async function* allBundles(opts, onBytes) {
  if (opts.bundles) yield* opts.bundles;
  for (const path of opts.bundlePaths)
    yield* readBundleFile(path, { allowLegacyBundles: opts.allowLegacyBundles }, onBytes);
}
var Judge = class {
  constructor(artifacts, ctx) {
    this.artifacts = artifacts;
    this.ctx = ctx;
    this.verdicts = artifacts.artifacts.map(() => ({ verified: [], failures: [] }));
  }
  artifacts;
  ctx;
  verdicts;
  /** Failures that name no artifact given: shown (up to the cap) for artifacts nothing verified. */
  unrelated = [];
  unrelatedCount = 0;
  /** The last artifact whose bytes a message signature needed (signatures usually come one per artifact). */
  bytesCache;
  async add(loaded) {
    if (loaded.bundle) await this.ctx.trust.ensureFor(leafCertificate(loaded.bundle));
    const check = checkBundle(loaded, this.ctx);
    if (check.kind === "failed") {
      const { kind: _kind, ...failure } = check;
      const claimed = await this.claimants(loaded.bundle ? claimsOf(loaded.bundle) : []);
      this.fail(loaded.source, failure, claimed);
    } else if (check.kind === "statement") {
      const claimed = await this.claimants(claimedDigests(check.statement));
      const { kind: _kind, statement, ...facts } = check;
      for (const i of claimed) {
        const matched = matchSubject(statement, this.artifacts.artifacts[i].digests);
        if (matched.ok)
          this.verdicts[i].verified.push({
            bundle: loaded.source,
            ...facts,
            statement,
            subject: matched.subject
          });
        else
          this.verdicts[i].failures.push({
            bundle: loaded.source,
            code: matched.code,
            reason: matched.reason
          });
      }
      if (claimed.length === 0)
        this.fail(loaded.source, {
          code: "SUBJECT_MISMATCH",
          reason: `no subject of the statement (${statement.subject.length}) has the digest of an artifact given`
        });
    } else {
      const claimed = await this.claimants([[check.algorithm, check.digest]]);
      for (const i of claimed) {
        const outcome = await this.forMessage(loaded.bundle, i);
        if ("code" in outcome) this.verdicts[i].failures.push({ bundle: loaded.source, ...outcome });
        else this.verdicts[i].verified.push({ bundle: loaded.source, ...outcome });
      }
      if (claimed.length === 0)
        this.fail(loaded.source, {
          code: "SUBJECT_MISMATCH",
          reason: `the bundle's ${check.algorithm} message digest is not the digest of an artifact given`
        });
    }
  }
  report(roots, predicateType) {
    const reports = this.artifacts.artifacts.map((a, i) => {
      const { verified, failures } = this.verdicts[i];
      const ok = verified.length > 0;
      const shown = ok ? [] : this.unrelated;
      const omitted = ok ? 0 : this.unrelatedCount - shown.length;
      return {
        name: a.name,
        digests: a.digests,
        ...a.image ? { image: a.image } : {},
        ok,
        verified,
        failures: [...failures, ...shown],
        ...omitted > 0 ? { failuresOmitted: omitted } : {}
      };
    });
    return {
      ok: reports.every((r) => r.ok),
      trustedRoots: roots.map((r) => r.name),
      roots: roots.map(rootInfo),
      predicateType,
      artifacts: reports
    };
  }
  fail(bundle, failure, claimed = []) {
    for (const i of claimed) this.verdicts[i].failures.push({ bundle, ...failure });
    if (claimed.length > 0) return;
    this.unrelatedCount++;
    if (this.unrelated.length < MAX_UNRELATED_FAILURES) this.unrelated.push({ bundle, ...failure });
  }
  /** The artifacts a bundle claims by digest (claims may be unverified: they only route failures). */
  async claimants(digests) {
    const found = /* @__PURE__ */ new Set();
    for (const [alg] of digests) await this.artifacts.ensure(alg);
    for (const [alg, hex] of digests) for (const i of this.artifacts.lookup(alg, hex)) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
  /** A message signature whose digest is artifact `i`'s: its signature must verify over the artifact. */
  async forMessage(bundle, i) {
    const artifact = this.artifacts.artifacts[i];
    const { verifier, identity, keyMode, names } = this.ctx;
    if (!this.ctx.allowMessageSignatures) {
      return {
        code: "STATEMENT_REQUIRED",
        reason: `the bundle is a plain signature of the artifact (a message signature), not an in-toto statement of predicate type ${this.ctx.predicateType}; ${names.verb} ${names.of("allowMessageSignatures")} to accept plain signatures (not with a predicate type, policy or rules)`
      };
    }
    try {
      const signature = artifact.path === void 0 ? verifier.verify(bundle, void 0, prehashedMessageSignature(bundle, await loadCurves())) : verifier.verify(bundle, await this.bytesOf(i, artifact));
      if (!signature.ok) {
        const { ok: _ok, ...failure } = signature;
        return failure;
      }
      const who = signerProblem(signature, identity, keyMode, names);
      if (who) return who;
      return {
        trustedRoot: signature.trustedRoot,
        instance: signature.instance,
        signer: signature.signer,
        timestamps: signature.timestamps
      };
    } catch (e) {
      return { code: "CRYPTO_FAILED", reason: `the signature could not be checked: ${messageOf(e)}` };
    }
  }
  bytesOf(i, artifact) {
    if (this.bytesCache?.index !== i) this.bytesCache = { index: i, bytes: artifactBytes(artifact) };
    return this.bytesCache.bytes;
  }
};
function checkBundle(loaded, ctx) {
  const bundle = loaded.bundle;
  if (!bundle) {
    if (loaded.legacy !== void 0)
      return {
        kind: "failed",
        code: "LEGACY_BUNDLE",
        reason: `${loaded.legacy} is vouched for by the transparency log's inclusion promise alone; legacy bundles are accepted only when asked for (${ctx.names.of("allowLegacyBundles")}), and then held to v0.1's rules`
      };
    return { kind: "failed", code: "BUNDLE_INVALID", reason: loaded.problem ?? "invalid bundle" };
  }
  const keyProblem = keyModeProblem(bundle, ctx);
  if (keyProblem) return { kind: "failed", ...keyProblem };
  if (bundle.content.$case === "messageSignature") {
    const { algorithm, digest } = bundle.content.messageSignature.messageDigest;
    const name = HASH_NAMES.get(algorithm);
    if (name === void 0)
      return {
        kind: "failed",
        code: "UNSUPPORTED",
        reason: "the message digest uses an unsupported algorithm"
      };
    return { kind: "message", algorithm: name, digest: digest.toString("hex") };
  }
  try {
    const signature = ctx.verifier.verify(bundle);
    if (!signature.ok) {
      const { ok: _ok, ...failure } = signature;
      return { kind: "failed", ...failure };
    }
    const who = signerProblem(signature, ctx.identity, ctx.keyMode, ctx.names);
    if (who) return { kind: "failed", ...who };
    const parsed = parseStatement(bundle, ctx.predicateType);
    if (!parsed.ok) return { kind: "failed", code: parsed.code, reason: parsed.reason };
    return {
      kind: "statement",
      statement: parsed.statement,
      trustedRoot: signature.trustedRoot,
      instance: signature.instance,
      signer: signature.signer,
      timestamps: signature.timestamps
    };
  } catch (e) {
    return {
      kind: "failed",
      code: "CRYPTO_FAILED",
      reason: `the bundle could not be checked: ${messageOf(e)}`
    };
  }
}
function claimsOf(bundle) {
  if (bundle.content.$case === "messageSignature") {
    const { algorithm, digest } = bundle.content.messageSignature.messageDigest;
    const name = HASH_NAMES.get(algorithm);
    return name === void 0 ? [] : [[name, digest.toString("hex")]];
  }
  return claimedDigests(readPayload(bundle));
}
function signerProblem(signature, identity, keyMode, names) {
  if (keyMode) return void 0;
  if (!signature.signer)
    return { code: "IDENTITY_MISMATCH", reason: "the bundle has no certificate to identify its signer" };
  const result = checkIdentity(signature.signer, identity, names);
  return result.ok ? void 0 : { code: "IDENTITY_MISMATCH", reason: result.reasons.join("; ") };
}
function keyModeProblem(bundle, { keyMode, names }) {
  const keySigned = bundle.verificationMaterial.content.$case === "publicKey";
  if (keyMode && !keySigned)
    return {
      code: "UNSUPPORTED",
      reason: `the bundle is signed with a certificate, but ${names.of("key")} verifies key-signed bundles only`
    };
  if (!keyMode && keySigned)
    return {
      code: "UNSUPPORTED",
      reason: `the bundle is signed with a public key; ${names.verb} ${names.with("key", "FILE")} to verify it`
    };
  return void 0;
}
var HASH_NAMES = /* @__PURE__ */ new Map([
  [import_protobuf_specs2.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED, "sha256"],
  [import_protobuf_specs2.HashAlgorithm.SHA2_256, "sha256"],
  [import_protobuf_specs2.HashAlgorithm.SHA2_384, "sha384"],
  [import_protobuf_specs2.HashAlgorithm.SHA2_512, "sha512"]
]);
function readKey(path, names) {
  return readInputFile(path, names.of("key"), "pass a PEM public key file.", "INPUT_INVALID", 64 * 1024);
}

export {
  trustSources,
  loadTrustMaterial,
  parseArtifactArgument,
  parseDigestArgument,
  resolveArtifact,
  parseStatement,
  createVerifier,
  verifyArtifacts
};
