/**
 * Certificates made in the tests, with WebCrypto and PKI.js: a root, an intermediate, server
 * certificates (good, self-signed, expired, wrong host, weak). Nothing is read from disk.
 */
import * as asn1js from 'asn1js';
import {
  AltName,
  AttributeTypeAndValue,
  BasicConstraints,
  Certificate,
  Extension,
  GeneralName,
} from 'pkijs';

export interface Issued {
  readonly certificate: Certificate;
  readonly keys: CryptoKeyPair;
  readonly pem: string;
}

export type KeySpec =
  | { readonly kind: 'ec'; readonly curve: 'P-256' | 'P-384' }
  | { readonly kind: 'rsa'; readonly bits: number; readonly hash?: 'SHA-1' | 'SHA-256' };

export interface CertificateSpec {
  readonly commonName: string;
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly number[][];
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly isCa?: boolean;
  readonly key?: KeySpec;
  /** Signed by this issuer; self-signed when absent. */
  readonly issuer?: Issued;
  readonly serial?: number;
  /** The digest of the issuer's signature; SHA-256 unless a legacy one is wanted. */
  readonly signatureHash?: 'SHA-1' | 'SHA-256';
}

const EC_P256: KeySpec = { kind: 'ec', curve: 'P-256' };

async function generateKeys(spec: KeySpec): Promise<CryptoKeyPair> {
  if (spec.kind === 'ec') {
    return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: spec.curve }, true, [
      'sign',
      'verify',
    ]);
  }
  return crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: spec.bits,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: spec.hash ?? 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
}

function name(commonName: string): AttributeTypeAndValue[] {
  return [
    new AttributeTypeAndValue({
      type: '2.5.4.6',
      value: new asn1js.PrintableString({ value: 'US' }),
    }),
    new AttributeTypeAndValue({
      type: '2.5.4.10',
      value: new asn1js.Utf8String({ value: 'Test Org' }),
    }),
    new AttributeTypeAndValue({
      type: '2.5.4.3',
      value: new asn1js.Utf8String({ value: commonName }),
    }),
  ];
}

export function toPem(der: ArrayBuffer): string {
  const base64 = Buffer.from(der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

let serial = 1;

export async function issue(spec: CertificateSpec): Promise<Issued> {
  const keySpec = spec.key ?? EC_P256;
  const keys = await generateKeys(keySpec);
  const certificate = new Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: spec.serial ?? (serial += 1) });
  certificate.subject.typesAndValues.push(...name(spec.commonName));
  const issuerName = spec.issuer
    ? spec.issuer.certificate.subject.typesAndValues
    : name(spec.commonName);
  certificate.issuer.typesAndValues.push(...issuerName);
  certificate.notBefore.value = spec.notBefore;
  certificate.notAfter.value = spec.notAfter;
  const extensions: Extension[] = [];
  if (spec.isCa) {
    extensions.push(
      new Extension({
        extnID: '2.5.29.19',
        critical: true,
        extnValue: new BasicConstraints({ cA: true }).toSchema().toBER(false),
        parsedValue: new BasicConstraints({ cA: true }),
      }),
    );
  }
  const altNames = [
    ...(spec.dnsNames ?? []).map((value) => new GeneralName({ type: 2, value })),
    ...(spec.ipAddresses ?? []).map(
      (bytes) =>
        new GeneralName({
          type: 7,
          value: new asn1js.OctetString({ valueHex: new Uint8Array(bytes).buffer }),
        }),
    ),
  ];
  if (altNames.length > 0) {
    const altName = new AltName({ altNames });
    extensions.push(
      new Extension({
        extnID: '2.5.29.17',
        critical: false,
        extnValue: altName.toSchema().toBER(false),
      }),
    );
  }
  if (extensions.length > 0) certificate.extensions = extensions;
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  const signer = spec.issuer?.keys.privateKey ?? keys.privateKey;
  const signerSpec = spec.issuer ? undefined : keySpec;
  const hash =
    spec.signatureHash ?? (signerSpec?.kind === 'rsa' ? (signerSpec.hash ?? 'SHA-256') : 'SHA-256');
  await certificate.sign(signer, hash);
  const der = certificate.toSchema(true).toBER(false);
  return { certificate, keys, pem: toPem(der) };
}

/** The dates every test uses: "now" is 2026-06-15, well inside the good certificates. */
export const NOW = Date.UTC(2026, 5, 15, 12);
export const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(NOW + offsetDays * DAY);

export interface TestPki {
  readonly root: Issued;
  readonly intermediate: Issued;
  readonly server: Issued;
  readonly selfSigned: Issued;
  readonly expired: Issued;
  readonly expiringSoon: Issued;
  readonly notYetValid: Issued;
  readonly wildcard: Issued;
  readonly weakRsa: Issued;
  readonly sha1: Issued;
  /** A server certificate signed with SHA-1 by the SHA-1 root. */
  readonly sha1Leaf: Issued;
  readonly noSan: Issued;
  readonly otherIntermediate: Issued;
}

/** One shared set: key generation is the slow part. */
export async function makeTestPki(): Promise<TestPki> {
  const root = await issue({
    commonName: 'Test Root CA',
    isCa: true,
    notBefore: at(-3650),
    notAfter: at(3650),
  });
  const intermediate = await issue({
    commonName: 'Test Issuing CA 1',
    isCa: true,
    issuer: root,
    notBefore: at(-365),
    notAfter: at(1825),
  });
  const otherIntermediate = await issue({
    commonName: 'Test Issuing CA 1',
    isCa: true,
    issuer: root,
    notBefore: at(-365),
    notAfter: at(1825),
  });
  const server = await issue({
    commonName: 'api.example.com',
    dnsNames: ['api.example.com', 'www.example.com'],
    issuer: intermediate,
    notBefore: at(-30),
    notAfter: at(335),
  });
  const sha1 = await issue({
    commonName: 'Legacy Root',
    isCa: true,
    key: { kind: 'rsa', bits: 2048, hash: 'SHA-1' },
    notBefore: at(-30),
    notAfter: at(300),
  });
  return {
    root,
    intermediate,
    otherIntermediate,
    server,
    selfSigned: await issue({
      commonName: 'api.example.com',
      dnsNames: ['api.example.com'],
      notBefore: at(-10),
      notAfter: at(355),
    }),
    expired: await issue({
      commonName: 'old.example.com',
      dnsNames: ['old.example.com'],
      issuer: intermediate,
      notBefore: at(-400),
      notAfter: at(-35),
    }),
    expiringSoon: await issue({
      commonName: 'soon.example.com',
      dnsNames: ['soon.example.com'],
      issuer: intermediate,
      notBefore: at(-300),
      notAfter: at(12),
    }),
    notYetValid: await issue({
      commonName: 'future.example.com',
      dnsNames: ['future.example.com'],
      issuer: intermediate,
      notBefore: at(5),
      notAfter: at(300),
    }),
    wildcard: await issue({
      commonName: '*.example.com',
      dnsNames: ['*.example.com'],
      ipAddresses: [[203, 0, 113, 10]],
      issuer: intermediate,
      notBefore: at(-30),
      notAfter: at(300),
    }),
    weakRsa: await issue({
      commonName: 'weak.example.com',
      dnsNames: ['weak.example.com'],
      key: { kind: 'rsa', bits: 1024 },
      notBefore: at(-30),
      notAfter: at(300),
    }),
    sha1,
    sha1Leaf: await issue({
      commonName: 'legacy.example.com',
      dnsNames: ['legacy.example.com'],
      issuer: sha1,
      signatureHash: 'SHA-1',
      notBefore: at(-30),
      notAfter: at(300),
    }),
    noSan: await issue({
      commonName: 'nosan.example.com',
      issuer: intermediate,
      notBefore: at(-30),
      notAfter: at(300),
    }),
  };
}
