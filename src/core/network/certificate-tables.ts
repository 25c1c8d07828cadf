/** Object identifiers the inspector names. Anything else is shown by its number. */

export const NAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC',
};

export interface SignatureAlgorithm {
  readonly name: string;
  /** The digest, where the name says it: SHA-1 and MD5 are refused by TLS clients. */
  readonly hash: 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | null;
}

export const SIGNATURE_ALGORITHMS: Readonly<Record<string, SignatureAlgorithm>> = {
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'SHA-1' },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS', hash: null },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'SHA-512' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519', hash: null },
  '1.3.101.113': { name: 'Ed448', hash: null },
};

export const KEY_ALGORITHMS = {
  rsa: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ec: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
} as const;

export const NAMED_CURVES: Readonly<
  Record<string, { readonly name: string; readonly bits: number }>
> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
  '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
};

/** Below these, a public CA will not issue and TLS clients refuse (CA/Browser Forum baseline). */
export const MIN_KEY_BITS = { RSA: 2048, EC: 256 } as const;

export const EXTENSIONS = {
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
} as const;

/** GeneralName choices (RFC 5280 4.2.1.6) the inspector reads. */
export const GENERAL_NAME = { dnsName: 2, ipAddress: 7 } as const;
