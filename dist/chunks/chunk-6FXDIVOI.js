import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  require_dist,
  require_dist2,
  require_dist3,
  require_v2
} from "./chunk-ZT4YJNZB.js";
import {
  INTOTO_PAYLOAD_TYPE,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE
} from "./chunk-JXWOESOK.js";
import {
  AgentAttestError,
  messageOf
} from "./chunk-VVUQLUI5.js";
import {
  silentLogger
} from "./chunk-XXXKT4SX.js";
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
    var core_1 = require_dist3();
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
var require_dist4 = __commonJS({
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

// src/core/verify/index.ts
var import_protobuf_specs2 = __toESM(require_dist(), 1);
import { readFile as readFile3 } from "node:fs/promises";

// src/core/trust/index.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
var import_verify = __toESM(require_dist4(), 1);
import { createPublicKey } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";

// src/core/files.ts
import { readFile } from "node:fs/promises";
async function readInputFile(path, what, fix, code) {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const missing = e.code === "ENOENT";
    throw new AgentAttestError(
      missing ? "FILE_NOT_FOUND" : code,
      `${what} ${path}: ${missing ? "no such file" : messageOf(e)}; ${fix}`,
      { cause: e }
    );
  }
}

// src/core/trust/index.ts
var PUBLIC_GOOD = "public-good";
var GITHUB = "github";
var PUBLIC_GOOD_TUF_MIRROR = "https://tuf-repo-cdn.sigstore.dev";
var TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+\+json|\+json;version=0\.\d+)$/;
var GITHUB_ROOT_URL = new URL("./roots/github.json", import.meta.url);
function thresholdsFor(root) {
  return {
    tlog: root.tlogs.length > 0 ? 1 : 0,
    ctlog: root.ctlogs.length > 0 ? 1 : 0,
    timestamp: 1
  };
}
async function loadTrustMaterial(spec, options = {}) {
  const keyFinder = options.publicKeyPem ? publicKeyFinder(options.publicKeyPem) : void 0;
  const build = (name, root) => toTrustRoot(name, root, keyFinder);
  if (spec === void 0) {
    const roots = [build(PUBLIC_GOOD, await publicGoodRoot())];
    const github = await githubRoot(false);
    if (github) roots.push(build(GITHUB, github));
    return roots;
  }
  if (spec === PUBLIC_GOOD) return [build(PUBLIC_GOOD, await publicGoodRoot())];
  if (spec === GITHUB) return [build(GITHUB, await githubRoot(true))];
  return (await rootsFromFile(spec)).map(({ name, root }) => build(name, root));
}
function toTrustRoot(name, root, keyFinder) {
  try {
    const material = (0, import_verify.toTrustMaterial)(root, keyFinder);
    const caSubjects = material.certificateAuthorities.flatMap((ca) => ca.certChain.map((c) => c.subject));
    return { name, material, thresholds: thresholdsFor(root), caSubjects };
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
async function publicGoodRoot() {
  const { default: seeds } = await import("./seeds-GUV4DOVW.js");
  const encoded = seeds[PUBLIC_GOOD_TUF_MIRROR]?.targets?.["trusted_root.json"];
  if (!encoded) {
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `the installed @sigstore/tuf seed has no public-good trusted_root.json; pass --trusted-root FILE.`
    );
  }
  return parseRoot(JSON.parse(Buffer.from(encoded, "base64").toString("utf8")), PUBLIC_GOOD);
}
async function githubRoot(required) {
  let text;
  try {
    text = await readFile2(GITHUB_ROOT_URL, "utf8");
  } catch {
    if (!required) return void 0;
    throw new AgentAttestError(
      "TRUSTED_ROOT_INVALID",
      `GitHub's instance trusted root is not shipped with this build; pass --trusted-root FILE (e.g. the output of \`gh attestation trusted-root\`).`
    );
  }
  return (await parseRootText(text, GITHUB))[0].root;
}
async function rootsFromFile(path) {
  const text = await readInputFile(
    path,
    "trusted root",
    "pass the path of a trusted_root.json, or public-good or github.",
    "TRUSTED_ROOT_INVALID"
  );
  return parseRootText(text, path);
}
async function parseRootText(text, name) {
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

// src/core/verify/artifacts.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
var DIGEST_ALGORITHMS = { sha256: 64, sha384: 96, sha512: 128 };
var DIGEST_ARG = /^(sha256|sha384|sha512):([0-9a-f]+)$/i;
async function resolveArtifact(arg, algorithms) {
  const m = DIGEST_ARG.exec(arg);
  if (m) {
    const alg = m[1].toLowerCase();
    const hex = m[2].toLowerCase();
    if (hex.length !== DIGEST_ALGORITHMS[alg]) {
      throw new AgentAttestError(
        "SUBJECT_INVALID",
        `artifact ${arg}: a ${alg} digest has ${DIGEST_ALGORITHMS[alg]} hex digits; pass ${alg}:HEX or a file path.`
      );
    }
    return { name: arg, digests: { [alg]: hex } };
  }
  try {
    if (!(await stat(arg)).isFile()) throw new Error("not a file");
  } catch {
    throw new AgentAttestError(
      "FILE_NOT_FOUND",
      `artifact ${arg}: no such file; pass a file path or sha256:HEX.`
    );
  }
  const algs = /* @__PURE__ */ new Set(["sha256", ...[...algorithms].filter((a) => a in DIGEST_ALGORITHMS)]);
  return { name: arg, path: arg, digests: await digestFile(arg, algs) };
}
async function digestFile(path, algorithms) {
  const hashes = [...algorithms].map((alg) => [alg, createHash(alg)]);
  for await (const chunk of createReadStream(path)) {
    for (const [, h] of hashes) h.update(chunk);
  }
  return Object.fromEntries(hashes.map(([alg, h]) => [alg, h.digest("hex")]));
}

// src/core/verify/bundles.ts
var import_bundle = __toESM(require_dist2(), 1);
var VERSION_CHECKS = {
  [import_bundle.BUNDLE_V01_MEDIA_TYPE]: import_bundle.assertBundleV01,
  [import_bundle.BUNDLE_V02_MEDIA_TYPE]: import_bundle.assertBundleV02,
  [import_bundle.BUNDLE_V03_LEGACY_MEDIA_TYPE]: import_bundle.assertBundleLatest,
  [import_bundle.BUNDLE_V03_MEDIA_TYPE]: import_bundle.assertBundleLatest
};
async function loadBundles(path) {
  const text = await readInputFile(
    path,
    "bundle",
    "pass the path of a Sigstore bundle (.json or .jsonl).",
    "BUNDLE_INVALID"
  );
  return bundlesFromDocuments(parseJSONDocuments(text, path), path);
}
function bundlesFromDocuments(documents, source) {
  return documents.map((json, index) => ({ source: { path: source, index }, ...toBundle(json) }));
}
function parseJSONDocuments(text, path) {
  try {
    const doc = JSON.parse(text);
    return Array.isArray(doc) ? doc : [doc];
  } catch {
  }
  const docs = [];
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    try {
      docs.push(JSON.parse(line));
    } catch (e) {
      throw new AgentAttestError(
        "BUNDLE_INVALID",
        `bundle ${path} line ${i + 1} is not JSON (${messageOf(e)}); pass a Sigstore bundle as JSON or JSON Lines.`
      );
    }
  }
  if (docs.length === 0) {
    throw new AgentAttestError(
      "BUNDLE_INVALID",
      `bundle ${path} is empty; pass a Sigstore bundle as JSON or JSON Lines.`
    );
  }
  return docs;
}
function toBundle(json) {
  const doc = isObject(json) && isObject(json.bundle) && !("mediaType" in json) ? json.bundle : json;
  if (!isObject(doc)) return { problem: "not a JSON object" };
  const check = typeof doc.mediaType === "string" ? VERSION_CHECKS[doc.mediaType] : void 0;
  if (!check)
    return {
      problem: `unsupported bundle media type ${JSON.stringify(doc.mediaType)} (v0.1\u2013v0.3 are supported)`
    };
  try {
    const bundle = (0, import_bundle.bundleFromJSON)(doc);
    check(bundle);
    return { bundle };
  } catch (e) {
    const fields = e.fields;
    return {
      problem: `invalid bundle: ${fields?.length ? `missing or invalid ${fields.join(", ")}` : messageOf(e)}`
    };
  }
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/verify/identity.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var DEFAULT_HOST = "github.com";
var PINNING_KEYS = [
  "certificateIdentity",
  "certificateIdentityRegExp",
  "signerWorkflow",
  "signerRepo",
  "repository",
  "repositoryId",
  "owner",
  "ownerId"
];
function assertIdentityPolicy(policy) {
  if (!policy.allowAnyIdentity && !PINNING_KEYS.some((k) => policy[k] !== void 0)) {
    throw new AgentAttestError(
      "USAGE",
      "no signer identity given; pass --signer-workflow, --signer-repo, --repository, --owner, --certificate-identity or --certificate-identity-regexp (or --allow-any-identity to accept any signer)."
    );
  }
  if (policy.certificateIdentityRegExp !== void 0) anchored(policy.certificateIdentityRegExp);
  if (policy.signerWorkflow !== void 0) parseWorkflow(policy.signerWorkflow);
  for (const [flag, value, segments] of [
    ["--signer-repo", policy.signerRepo, 2],
    ["--repository", policy.repository, 2],
    ["--owner", policy.owner, 1]
  ]) {
    if (value !== void 0) parseGitHubPath(flag, value, segments);
  }
  for (const [flag, value] of [
    ["--repository-id", policy.repositoryId],
    ["--owner-id", policy.ownerId]
  ]) {
    if (value !== void 0 && !/^\d+$/.test(value)) {
      throw new AgentAttestError(
        "USAGE",
        `${flag} ${JSON.stringify(value)} is not a number; pass the numeric id GitHub's API returns.`
      );
    }
  }
}
function checkIdentity(facts, policy) {
  const reasons = [];
  const san = facts.subjectAlternativeName;
  const show = (v) => v === void 0 ? "absent" : JSON.stringify(v);
  const issuer = policy.oidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (facts.issuer !== issuer) {
    const enterprise = policy.oidcIssuer === void 0 && facts.issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
    reasons.push(
      enterprise ? `certificate issuer is ${show(facts.issuer)}: this is an enterprise issuer; pass --certificate-oidc-issuer ${facts.issuer}` : `certificate issuer is ${show(facts.issuer)}, expected ${JSON.stringify(issuer)}`
    );
  }
  if (policy.certificateIdentity !== void 0 && san !== policy.certificateIdentity) {
    reasons.push(
      `certificate identity is ${show(san)}, expected exactly ${JSON.stringify(policy.certificateIdentity)}`
    );
  }
  if (policy.certificateIdentityRegExp !== void 0 && (san === void 0 || !anchored(policy.certificateIdentityRegExp).test(san))) {
    reasons.push(
      `certificate identity ${show(san)} does not match ^(?:${policy.certificateIdentityRegExp})$`
    );
  }
  if (policy.signerWorkflow !== void 0) {
    const want = parseWorkflow(policy.signerWorkflow);
    const got = san === void 0 ? void 0 : splitRef(san);
    const pathOk = got !== void 0 && sameText(got.path, want.uri);
    const refOk = got?.ref !== void 0 && (want.ref === void 0 || got.ref === want.ref);
    if (!pathOk || !refOk) {
      reasons.push(`signer workflow is ${show(san)}, expected ${want.uri}@${want.ref ?? "<any ref>"}`);
    }
  }
  if (policy.signerRepo !== void 0) {
    const prefix = `${parseGitHubPath("--signer-repo", policy.signerRepo, 2)}/`;
    if (san === void 0 || !san.toLowerCase().startsWith(prefix.toLowerCase())) {
      reasons.push(`signer workflow ${show(san)} is not in repository ${prefix.slice(0, -1)}`);
    }
  }
  if (policy.repository !== void 0) {
    const want = parseGitHubPath("--repository", policy.repository, 2);
    if (!sameText(facts.sourceRepositoryURI, want)) {
      reasons.push(`source repository is ${show(facts.sourceRepositoryURI)}, expected ${want}`);
    }
  }
  if (policy.repositoryId !== void 0 && facts.sourceRepositoryIdentifier !== policy.repositoryId) {
    reasons.push(
      `source repository id is ${show(facts.sourceRepositoryIdentifier)}, expected ${policy.repositoryId}`
    );
  }
  if (policy.owner !== void 0) {
    const want = parseGitHubPath("--owner", policy.owner, 1);
    if (!sameText(facts.sourceRepositoryOwnerURI, want)) {
      reasons.push(`source repository owner is ${show(facts.sourceRepositoryOwnerURI)}, expected ${want}`);
    }
  }
  if (policy.ownerId !== void 0 && facts.sourceRepositoryOwnerIdentifier !== policy.ownerId) {
    reasons.push(
      `source repository owner id is ${show(facts.sourceRepositoryOwnerIdentifier)}, expected ${policy.ownerId}`
    );
  }
  const ref = facts.sourceRepositoryRef ?? facts.githubWorkflowRef;
  if (policy.sourceRef !== void 0 && ref !== policy.sourceRef) {
    reasons.push(`source ref is ${show(ref)}, expected ${JSON.stringify(policy.sourceRef)}`);
  }
  const digest = facts.sourceRepositoryDigest ?? facts.githubWorkflowSHA;
  if (policy.sourceDigest !== void 0 && !sameText(digest, policy.sourceDigest)) {
    reasons.push(`source commit is ${show(digest)}, expected ${policy.sourceDigest}`);
  }
  if (policy.signerDigest !== void 0 && !sameText(facts.buildSignerDigest, policy.signerDigest)) {
    reasons.push(
      `signer workflow commit is ${show(facts.buildSignerDigest)}, expected ${policy.signerDigest}`
    );
  }
  if (policy.denySelfHostedRunners && facts.runnerEnvironment !== "github-hosted") {
    reasons.push(`runner environment is ${show(facts.runnerEnvironment)}; self-hosted runners are denied`);
  }
  return { ok: reasons.length === 0, reasons };
}
function sameText(a, b) {
  return a !== void 0 && a.toLowerCase() === b.toLowerCase();
}
function anchored(source) {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (e) {
    throw new AgentAttestError(
      "USAGE",
      `--certificate-identity-regexp is not a valid RegExp (${e.message}); fix the pattern.`
    );
  }
}
function splitRef(uri) {
  const at = uri.indexOf("@");
  return at < 0 ? { path: uri } : { path: uri.slice(0, at), ref: uri.slice(at + 1) };
}
function parseGitHubPath(flag, value, segments) {
  const parts = value.replace(/^https:\/\//, "").replace(/\/+$/, "").split("/");
  const host = parts.length > segments && parts[0].includes(".") ? parts.shift() : DEFAULT_HOST;
  if (parts.length !== segments || parts.some((p) => !/^[\w.-]+$/.test(p))) {
    const shape = segments === 1 ? "OWNER" : "OWNER/REPO";
    throw new AgentAttestError(
      "USAGE",
      `${flag} ${JSON.stringify(value)} is not [HOST/]${shape}; pass e.g. ${segments === 1 ? "octo-org" : "octo-org/app"}.`
    );
  }
  return `https://${host}/${parts.join("/")}`;
}
function parseWorkflow(value) {
  const { path, ref } = splitRef(value.replace(/^https:\/\//, ""));
  const m = /^(?:([^/]+\.[^/]+)\/)?([\w.-]+\/[\w.-]+)\/(\.github\/workflows\/[^@]+\.ya?ml)$/.exec(path);
  if (!m || ref === "") {
    throw new AgentAttestError(
      "USAGE",
      `--signer-workflow ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]; pass e.g. octo-org/app/.github/workflows/release.yml@refs/heads/main.`
    );
  }
  return { uri: `https://${m[1] ?? DEFAULT_HOST}/${m[2]}/${m[3]}`, ref };
}

// src/core/verify/statement.ts
var STATEMENT_TYPES = /* @__PURE__ */ new Set([STATEMENT_TYPE, "https://in-toto.io/Statement/v0.1"]);
function parseStatement(bundle, predicateType) {
  if (bundle.content.$case !== "dsseEnvelope") {
    return {
      ok: false,
      code: "PAYLOAD_INVALID",
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
  let statement;
  try {
    statement = JSON.parse(envelope.payload.toString("utf8"));
  } catch {
    return { ok: false, code: "PAYLOAD_INVALID", reason: "payload is not JSON" };
  }
  if (typeof statement !== "object" || statement === null || !STATEMENT_TYPES.has(statement._type)) {
    return {
      ok: false,
      code: "PAYLOAD_INVALID",
      reason: `statement _type is ${JSON.stringify(statement?._type)}, expected ${STATEMENT_TYPE}`
    };
  }
  if (!Array.isArray(statement.subject) || statement.subject.length === 0) {
    return { ok: false, code: "PAYLOAD_INVALID", reason: "statement has no subject" };
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
function subjectAlgorithms(statement) {
  return statement.subject.flatMap((s) => Object.keys(s?.digest ?? {}).map((a) => a.toLowerCase()));
}
function matchSubject(statement, artifactDigests) {
  for (const subject of statement.subject) {
    const shared = Object.entries(subject?.digest ?? {}).filter(
      ([alg]) => artifactDigests[alg.toLowerCase()] !== void 0
    );
    if (shared.length > 0 && shared.every(
      ([alg, hex]) => typeof hex === "string" && hex.toLowerCase() === artifactDigests[alg.toLowerCase()]
    )) {
      return { ok: true, subject };
    }
  }
  const have = Object.keys(artifactDigests).join(", ");
  const used = [...new Set(subjectAlgorithms(statement))].join(", ") || "none";
  return {
    ok: false,
    code: "SUBJECT_MISMATCH",
    reason: `no subject of the statement (${statement.subject.length}, digests: ${used}) has the artifact's digest (${have})`
  };
}

// src/core/verify/prehashed.ts
var import_core = __toESM(require_dist3(), 1);
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
    compareSignature: (s) => import_core.crypto.bufferEqual(s, signature),
    compareDigest: (d) => import_core.crypto.bufferEqual(d, digest),
    compareSignedDigest: (d) => import_core.crypto.bufferEqual(d, digest),
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

// src/core/verify/verifier.ts
var import_verify2 = __toESM(require_dist4(), 1);

// src/core/verify/certificate.ts
var import_core2 = __toESM(require_dist3(), 1);
var FULCIO_OID = "1.3.6.1.4.1.57264.1.";
var UTF8_EXTENSIONS = {
  8: "issuer",
  9: "buildSignerURI",
  10: "buildSignerDigest",
  11: "runnerEnvironment",
  12: "sourceRepositoryURI",
  13: "sourceRepositoryDigest",
  14: "sourceRepositoryRef",
  15: "sourceRepositoryIdentifier",
  16: "sourceRepositoryOwnerURI",
  17: "sourceRepositoryOwnerIdentifier",
  18: "buildConfigURI",
  19: "buildConfigDigest",
  20: "buildTrigger",
  21: "runInvocationURI",
  22: "sourceRepositoryVisibilityAtSigning"
};
var RAW_EXTENSIONS = {
  1: "issuerV1",
  2: "githubWorkflowTrigger",
  3: "githubWorkflowSHA",
  4: "githubWorkflowName",
  5: "githubWorkflowRepository",
  6: "githubWorkflowRef"
};
function certificateFacts(cert) {
  const facts = {
    subjectAlternativeName: cert.subjectAltName,
    issuer: void 0,
    // filled below; listed here to come first in JSON
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString()
  };
  for (const ext of cert.extensions) {
    const oid = ext.subs[0]?.toOID();
    if (!oid?.startsWith(FULCIO_OID)) continue;
    const n = Number(oid.slice(FULCIO_OID.length));
    const raw = ext.subs[ext.subs.length - 1].value;
    if (n in UTF8_EXTENSIONS) {
      const value = decodeUTF8String(raw);
      if (value !== void 0) facts[UTF8_EXTENSIONS[n]] = value;
    } else if (n in RAW_EXTENSIONS) {
      facts[RAW_EXTENSIONS[n]] = raw.toString("utf8");
    }
  }
  facts.issuer ??= facts.issuerV1;
  delete facts.issuerV1;
  return facts;
}
var UTF8_STRING_TAG = 12;
function decodeUTF8String(der) {
  try {
    const obj = import_core2.ASN1Obj.parseBuffer(Buffer.from(der));
    return obj.tag.isUniversal() && obj.tag.number === UTF8_STRING_TAG ? obj.value.toString("utf8") : void 0;
  } catch {
    return void 0;
  }
}

// src/core/verify/verifier.ts
function createVerifier(trust, thresholds) {
  const verifiers = new Map(
    trust.map((root) => {
      const t = { ...root.thresholds, ...thresholds };
      return [
        root,
        new import_verify2.Verifier(root.material, {
          tlogThreshold: t.tlog,
          ctlogThreshold: t.ctlog,
          timestampThreshold: t.timestamp
        })
      ];
    })
  );
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
      const candidates = certificate ? rootsForCertificate(trust, certificate) : trust;
      if (candidates.length === 0) {
        return {
          ok: false,
          code: "CERTIFICATE_UNTRUSTED",
          reason: `the signing certificate was not issued by a CA of the trusted root${trust.length > 1 ? "s" : ""} ${trust.map((r) => r.name).join(", ")}${certificate && issuedByGitHub(certificate) ? GITHUB_ROOT_HINT : ""}`
        };
      }
      const errors = [];
      for (const root of candidates) {
        try {
          verifiers.get(root).verify(entity);
          return {
            ok: true,
            trustedRoot: root.name,
            signer: certificate ? certificateFacts(certificate) : void 0,
            timestamps: verifiedTimestamps(entity)
          };
        } catch (e) {
          const code = e.code;
          errors.push(
            `${candidates.length > 1 ? `${root.name}: ` : ""}${code ? `${code}: ` : ""}${messageOf(e)}`
          );
        }
      }
      return { ok: false, code: "CRYPTO_FAILED", reason: errors.join("; ") };
    }
  };
}
var GITHUB_ROOT_HINT = "; it was issued by GitHub's Sigstore instance (private repositories): give that instance's trusted root (`trusted-root: github` in the verify action; for the CLI, --trusted-root with the output of `gh attestation trusted-root`)";
function issuedByGitHub(certificate) {
  return certificate.issuer.includes("GitHub, Inc.");
}
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
async function verifyArtifacts(opts) {
  const log = opts.logger ?? silentLogger;
  const predicateType = opts.predicateType ?? SLSA_PROVENANCE_V1;
  const keyMode = opts.publicKeyPath !== void 0;
  if (!keyMode) assertIdentityPolicy(opts.identity);
  if (opts.artifacts.length === 0)
    throw new AgentAttestError("USAGE", "no artifact given; pass a file path or sha256:HEX.");
  if (opts.bundlePaths.length === 0 && (opts.bundles ?? []).length === 0)
    throw new AgentAttestError("USAGE", "no bundle given; pass --bundle FILE.");
  const publicKeyPem = keyMode ? await readKey(opts.publicKeyPath) : void 0;
  const trust = await loadTrustMaterial(opts.trustedRoot, { publicKeyPem });
  const verifier = createVerifier(trust);
  const bundles = [...opts.bundles ?? [], ...(await Promise.all(opts.bundlePaths.map(loadBundles))).flat()];
  log.debug(`${bundles.length} bundle(s); trusted roots: ${trust.map((r) => r.name).join(", ")}`);
  const checked = bundles.map((b) => ({
    loaded: b,
    result: checkBundle(b, verifier, opts.identity, predicateType, keyMode)
  }));
  const algorithms = /* @__PURE__ */ new Set();
  for (const { result } of checked) {
    if (result.kind === "statement") subjectAlgorithms(result.statement).forEach((a) => algorithms.add(a));
    if (result.kind === "message") algorithms.add(result.algorithm);
  }
  const artifacts = await Promise.all(opts.artifacts.map((a) => resolveArtifact(a, algorithms)));
  const reports = [];
  for (const artifact of artifacts) {
    const verified = [];
    const failures = [];
    const bytes = lazyBytes(artifact);
    for (const { loaded, result } of checked) {
      const outcome = result.kind === "failed" ? result : result.kind === "statement" ? forStatement(result, artifact.digests) : await forMessage(
        loaded.bundle,
        result.algorithm,
        artifact,
        bytes,
        verifier,
        opts.identity,
        keyMode
      );
      if ("code" in outcome)
        failures.push({ bundle: loaded.source, code: outcome.code, reason: outcome.reason });
      else verified.push({ bundle: loaded.source, ...outcome });
    }
    log.debug(`${artifact.name}: ${verified.length} bundle(s) verified, ${failures.length} did not`);
    reports.push({
      name: artifact.name,
      digests: artifact.digests,
      ok: verified.length > 0,
      verified,
      failures
    });
  }
  return {
    ok: reports.every((r) => r.ok),
    trustedRoots: trust.map((r) => r.name),
    predicateType,
    artifacts: reports
  };
}
function checkBundle(loaded, verifier, identity, predicateType, keyMode) {
  const bundle = loaded.bundle;
  if (!bundle) return { kind: "failed", code: "BUNDLE_INVALID", reason: loaded.problem ?? "invalid bundle" };
  const keyProblem = keyModeProblem(bundle, keyMode);
  if (keyProblem) return { kind: "failed", ...keyProblem };
  if (bundle.content.$case === "messageSignature") {
    return { kind: "message", algorithm: messageAlgorithm(bundle) };
  }
  try {
    const signature = verifier.verify(bundle);
    if (!signature.ok) return { kind: "failed", code: signature.code, reason: signature.reason };
    const who = signerProblem(signature, identity, keyMode);
    if (who) return { kind: "failed", ...who };
    const parsed = parseStatement(bundle, predicateType);
    if (!parsed.ok) return { kind: "failed", code: parsed.code, reason: parsed.reason };
    return {
      kind: "statement",
      statement: parsed.statement,
      trustedRoot: signature.trustedRoot,
      signer: signature.signer,
      timestamps: signature.timestamps
    };
  } catch (e) {
    return { kind: "failed", code: "CRYPTO_FAILED", reason: `unexpected error: ${messageOf(e)}` };
  }
}
function forStatement(check, digests) {
  const matched = matchSubject(check.statement, digests);
  if (!matched.ok) return { code: matched.code, reason: matched.reason };
  const { kind: _kind, ...facts } = check;
  return { ...facts, subject: matched.subject };
}
async function forMessage(bundle, algorithm, artifact, bytes, verifier, identity, keyMode) {
  if (bundle.content.$case !== "messageSignature") throw new Error("unreachable");
  const expected = artifact.digests[algorithm];
  if (expected === void 0) {
    return {
      code: "SUBJECT_MISMATCH",
      reason: `the bundle signs a ${algorithm} digest; the artifact was given as ${Object.keys(artifact.digests).join(", ")}`
    };
  }
  if (bundle.content.messageSignature.messageDigest.digest.toString("hex") !== expected) {
    return {
      code: "SUBJECT_MISMATCH",
      reason: `the bundle's ${algorithm} message digest is not the artifact's`
    };
  }
  try {
    const signature = artifact.path === void 0 ? verifier.verify(bundle, void 0, prehashedMessageSignature(bundle, await loadCurves())) : verifier.verify(bundle, await bytes());
    if (!signature.ok) return { code: signature.code, reason: signature.reason };
    const who = signerProblem(signature, identity, keyMode);
    if (who) return who;
    return { trustedRoot: signature.trustedRoot, signer: signature.signer, timestamps: signature.timestamps };
  } catch (e) {
    return { code: "CRYPTO_FAILED", reason: `unexpected error: ${messageOf(e)}` };
  }
}
function signerProblem(signature, identity, keyMode) {
  if (keyMode) return void 0;
  if (!signature.signer)
    return { code: "IDENTITY_MISMATCH", reason: "the bundle has no certificate to identify its signer" };
  const result = checkIdentity(signature.signer, identity);
  return result.ok ? void 0 : { code: "IDENTITY_MISMATCH", reason: result.reasons.join("; ") };
}
function keyModeProblem(bundle, keyMode) {
  const keySigned = bundle.verificationMaterial.content.$case === "publicKey";
  if (keyMode && !keySigned)
    return {
      code: "UNSUPPORTED",
      reason: "the bundle is signed with a certificate, but --key verifies key-signed bundles only"
    };
  if (!keyMode && keySigned)
    return {
      code: "UNSUPPORTED",
      reason: "the bundle is signed with a public key; pass --key FILE to verify it"
    };
  return void 0;
}
var HASH_NAMES = {
  [import_protobuf_specs2.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
  [import_protobuf_specs2.HashAlgorithm.SHA2_256]: "sha256",
  [import_protobuf_specs2.HashAlgorithm.SHA2_384]: "sha384",
  [import_protobuf_specs2.HashAlgorithm.SHA2_512]: "sha512"
};
function messageAlgorithm(bundle) {
  if (bundle.content.$case !== "messageSignature") return "sha256";
  return HASH_NAMES[bundle.content.messageSignature.messageDigest.algorithm] ?? "unsupported";
}
function lazyBytes(artifact) {
  let cached;
  return () => cached ??= readFile3(artifact.path);
}
async function readKey(path) {
  try {
    return await readFile3(path, "utf8");
  } catch {
    throw new AgentAttestError("FILE_NOT_FOUND", `--key ${path}: no such file; pass a PEM public key file.`);
  }
}

export {
  loadTrustMaterial,
  resolveArtifact,
  loadBundles,
  bundlesFromDocuments,
  assertIdentityPolicy,
  checkIdentity,
  parseStatement,
  createVerifier,
  verifyArtifacts
};
