import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  LIST_PERMISSION,
  UPLOAD_PERMISSION,
  findAttestations,
  uploadAttestation
} from "./chunk-WNBNNNBX.js";
import "./chunk-6XR4UJHP.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";
export {
  LIST_PERMISSION,
  UPLOAD_PERMISSION,
  findAttestations,
  uploadAttestation
};
