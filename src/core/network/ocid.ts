/** An Oracle Cloud ID: ocid1.<resource type>.<realm>.[region][.future use].<unique id> */
export interface Ocid {
  /** Lower case, as the console shows it. */
  readonly value: string;
  readonly resourceType: string;
  readonly realm: string;
  /** Empty for resources that are not regional (tenancy, compartment, user). */
  readonly region: string;
  readonly uniqueId: string;
}

export type OcidResult =
  { readonly ok: true; readonly ocid: Ocid } | { readonly ok: false; readonly reason: string };

const OCID_PATTERN =
  /^ocid1\.([a-z0-9]+)\.([a-z0-9]+)\.([a-z0-9-]*)(?:\.[a-z0-9-]+)?\.([a-z0-9]+)$/;
/** Unique ids are base32 and long; a short one is a truncated copy. */
const MIN_UNIQUE_ID_LENGTH = 20;

export function parseOcid(text: string): OcidResult {
  const value = text.trim().toLowerCase();
  const match = OCID_PATTERN.exec(value);
  if (!match) {
    return {
      ok: false,
      reason: `"${text.trim()}" is not a well-formed OCID (ocid1.<type>.<realm>.<region>.<unique id>): check that it was copied whole.`,
    };
  }
  const [, resourceType = '', realm = '', region = '', uniqueId = ''] = match;
  if (uniqueId.length < MIN_UNIQUE_ID_LENGTH) {
    return {
      ok: false,
      reason: `The OCID's unique part "${uniqueId}" is only ${uniqueId.length} characters: it looks cut short. Copy it again from the OCI Console.`,
    };
  }
  return { ok: true, ocid: { value, resourceType, realm, region, uniqueId } };
}
