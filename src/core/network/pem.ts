/** A pasted text, or the bytes of a dropped .pem/.crt/.cer file (PEM or DER). */
export type PemInput = string | Uint8Array;

export type PemResult =
  | {
      readonly ok: true;
      readonly certificates: readonly Uint8Array<ArrayBuffer>[];
      /** Private key blocks found and left out. */
      readonly privateKeys: number;
    }
  | { readonly ok: false; readonly reason: string };

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
/** Certificates in a chain file are rarely more than a handful; more is not a chain. */
export const MAX_CERTIFICATES = 10;
const DER_SEQUENCE = 0x30;

const fail = (reason: string) => ({ ok: false, reason }) as const;

/** Splits PEM text into DER certificates; private keys are counted and never returned. */
export function readPem(input: PemInput): PemResult {
  if (input instanceof Uint8Array) {
    if (input[0] === DER_SEQUENCE)
      return { ok: true, certificates: [input.slice()], privateKeys: 0 };
    return readPem(new TextDecoder('utf-8', { fatal: false }).decode(input));
  }
  const text = input.trim();
  if (text === '')
    return fail(
      'Nothing to check yet: paste a certificate chain or drop a .pem, .crt or .cer file.',
    );
  const certificates: Uint8Array<ArrayBuffer>[] = [];
  let privateKeys = 0;
  const otherLabels: string[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const label = match[1] ?? '';
    if (label.includes('PRIVATE KEY')) {
      privateKeys += 1;
      continue;
    }
    if (!CERTIFICATE_LABELS.has(label)) {
      otherLabels.push(label);
      continue;
    }
    const der = decodeBase64(match[2] ?? '');
    if (der === null) {
      return fail(
        `The text of certificate ${certificates.length + 1} is not valid base64: it was changed or cut while being copied.`,
      );
    }
    certificates.push(der);
  }
  if (certificates.length > MAX_CERTIFICATES) {
    return fail(
      `${certificates.length} certificates: paste only the chain the server sends (at most ${MAX_CERTIFICATES}).`,
    );
  }
  if (certificates.length > 0) return { ok: true, certificates, privateKeys };
  if (privateKeys > 0) {
    return fail(
      'This is a private key, not a certificate. Never share a private key; paste the certificate (-----BEGIN CERTIFICATE-----) instead.',
    );
  }
  if (otherLabels.some((label) => label.includes('CERTIFICATE REQUEST'))) {
    return fail(
      'This is a certificate signing request (CSR), not a certificate: paste the certificate your CA issued.',
    );
  }
  if (otherLabels.includes('PKCS7')) {
    return fail(
      'This is a PKCS #7 bundle: convert it to PEM certificates first (openssl pkcs7 -print_certs -in file.p7b).',
    );
  }
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    return fail(
      'The certificate has no "-----END CERTIFICATE-----" line: it was cut short while copying.',
    );
  }
  const bare = decodeBase64(text);
  if (bare !== null && bare[0] === DER_SEQUENCE)
    return { ok: true, certificates: [bare], privateKeys: 0 };
  return fail(
    'No certificate found: paste the PEM text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----, or drop the .pem, .crt or .cer file.',
  );
}

function decodeBase64(body: string): Uint8Array<ArrayBuffer> | null {
  // PEM headers (Proc-Type: ...) sit before the base64 lines.
  const base64 = body
    .split(/\r?\n/)
    .filter((line) => !line.includes(':'))
    .join('')
    .replace(/\s+/g, '');
  if (base64 === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0)
    return null;
  const binary = atob(base64);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export type CertificateFileText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** At most a few kilobytes per certificate; a large file is not a certificate chain. */
export const MAX_CERTIFICATE_FILE_BYTES = 256 * 1024;

/**
 * A dropped .pem/.crt/.cer file as the PEM text the box shows: PEM files as they are, a binary
 * (DER) certificate wrapped as PEM.
 */
export function certificateFileText(bytes: Uint8Array): CertificateFileText {
  if (bytes.length > MAX_CERTIFICATE_FILE_BYTES) {
    return fail(
      `The file is ${Math.round(bytes.length / 1024)} KB: a certificate chain is a few KB. Choose the .pem, .crt or .cer file of the certificate.`,
    );
  }
  if (bytes[0] === DER_SEQUENCE) {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    const lines = btoa(binary).match(/.{1,64}/g) ?? [];
    return {
      ok: true,
      text: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
    };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!text.includes('-----BEGIN')) {
    return fail('The file holds neither PEM text nor a binary (DER) certificate.');
  }
  return { ok: true, text };
}

/** The text with every private key block taken out: nothing may keep or show a key. */
export function withoutPrivateKeys(text: string): string {
  return text.replace(
    /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----[\s\S]*?(?:-----END \1-----|$)\s*/g,
    '',
  );
}
