/**
 * An RFC 3161 timestamp authority (`POST /api/v1/timestamp`, JSON request as sigstore-js sends it), built on
 * the mock's TSA and request parser.
 */
import type { KeyObject } from 'node:crypto';
import { initializeTSA } from '@sigstore/mock/dist/timestamp/tsa.js';
import { tsaHandler } from '@sigstore/mock/dist/timestamp/handler.js';
import { HttpError, toPem } from './http.js';

type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };

export interface TsaService {
  /** Signing (intermediate) certificate first, then the root: the order a trusted root lists them in. */
  certChain: Buffer[];
  timestamp(body: Buffer): Promise<Buffer>;
  certChainPem(): string;
}

export async function createTsa(key: KeyPair): Promise<TsaService> {
  // The mock writes genTime with trimmed fractional seconds (`…00.5Z`), which @sigstore/core rejects in about
  // one signature in ten. It reads the Date it was given on every request, so hold it on a whole second.
  const clock = new Date();
  const tsa = await initializeTSA(key, clock);
  const handler = tsaHandler(tsa);
  const certChain = [tsa.intCertificate, tsa.rootCertificate].map((c) =>
    Buffer.from(c.buffer, c.byteOffset, c.byteLength),
  );

  return {
    certChain,
    certChainPem: () => certChain.map((c) => toPem(c)).join(''),
    async timestamp(body) {
      clock.setTime(Math.floor(Date.now() / 1000) * 1000);
      const { statusCode, response } = await handler.fn(body.toString('utf8'));
      if (statusCode >= 300) throw new HttpError(400, `timestamp request refused: ${String(response)}`);
      return Buffer.from(response as Uint8Array);
    },
  };
}
