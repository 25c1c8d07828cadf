/** The choices of the SR form's select fields: what is stored, and what the user reads. */

/** The Oracle Utilities cloud services behind Akamai, with the short names their users write. */
export const ORACLE_SERVICES = {
  'customer-cloud-service': { name: 'Oracle Utilities Customer Cloud Service', short: 'CCS' },
  'meter-solution': { name: 'Oracle Utilities Meter Solution Cloud Service', short: 'MSCS' },
  'work-and-asset': { name: 'Oracle Utilities Work and Asset Cloud Service', short: 'WACS' },
  'customer-care-and-billing': {
    name: 'Oracle Utilities Customer Care and Billing Cloud Service',
    short: 'CC&B',
  },
  billing: { name: 'Oracle Utilities Billing Cloud Service', short: 'Billing' },
  rate: { name: 'Oracle Utilities Rate Cloud Service', short: 'Rate' },
  'market-settlements': {
    name: 'Oracle Utilities Market Settlements Cloud Service',
    short: 'Market Settlements',
  },
  'digital-asset': { name: 'Oracle Utilities Digital Asset Cloud Service', short: 'Digital Asset' },
  other: { name: 'Another service', short: '' },
} as const;
export type OracleServiceId = keyof typeof ORACLE_SERVICES;

export const CONNECTIVITY = {
  'public-internet': 'Public internet',
  'vpn-connect': 'VPN Connect',
  fastconnect: 'FastConnect',
} as const;
export type Connectivity = keyof typeof CONNECTIVITY;

/** Oracle's severity definitions, in the user's words. */
export const BUSINESS_IMPACT = {
  'production-down': 'Production stopped or unusable; no workaround',
  'major-no-workaround': 'Important function unavailable; no acceptable workaround',
  'minor-workaround': 'Inconvenient; a workaround exists',
  question: 'A question or a scheduled change; no loss of service',
} as const;
export type BusinessImpact = keyof typeof BUSINESS_IMPACT;

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
