import {
  type BusinessImpact,
  isProductionEnvironment,
  type ServiceRequestContext,
} from './context.ts';
import type { CodeFamily } from '../codes/index.ts';

export type SeverityLevel = 1 | 2 | 3 | 4;

export const SEVERITY_LABELS: Readonly<Record<SeverityLevel, string>> = {
  1: 'Severity 1: production stopped, an emergency',
  2: 'Severity 2: important function unavailable, no workaround',
  3: 'Severity 3: minor loss, a workaround exists',
  4: 'Severity 4: information or a scheduled change',
};

export interface SeveritySuggestion {
  readonly level: SeverityLevel;
  readonly reason: string;
}

const FROM_IMPACT: Readonly<Record<BusinessImpact, SeverityLevel>> = {
  'production-down': 1,
  'major-no-workaround': 2,
  'minor-workaround': 3,
  question: 4,
};

/** Follows Oracle's severity definitions (Cloud Hosting and Delivery Policies, 5.3). */
export function suggestSeverity(
  context: ServiceRequestContext,
  families: readonly CodeFamily[],
): SeveritySuggestion {
  if (families.length > 0 && families.every((family) => family === 'malformed-request')) {
    return {
      level: 4,
      reason: 'Every reference is code 7, a malformed request: the caller must be fixed first.',
    };
  }
  if (context.impact === undefined) {
    return {
      level: 3,
      reason:
        'No business impact given; choose one so the severity matches it. Oracle may reclassify.',
    };
  }
  const level = FROM_IMPACT[context.impact];
  if (level === 1 && !isProductionEnvironment(context.environment)) {
    return {
      level: 2,
      reason:
        'Severity 1 is for production: a non-production environment is rarely accepted at 1 (name the environment PROD if it is production).',
    };
  }
  const reasons: Readonly<Record<SeverityLevel, string>> = {
    1: 'Production is stopped with no workaround: an emergency under Oracle’s definitions.',
    2: 'An important function is unavailable with no acceptable workaround.',
    3: 'A minor loss of service with a workaround.',
    4: 'A question or scheduled change, with no loss of service.',
  };
  return { level, reason: reasons[level] };
}

export const SEVERITY_ONE_REMINDER =
  'Severity 1 needs a contact reachable 24x7 while Oracle works on it, and the SR must be written in English.';
