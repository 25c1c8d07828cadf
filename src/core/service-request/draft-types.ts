import type { DecodedReference } from '../reference/index.ts';
import type { SecretFinding } from '../privacy/index.ts';
import type { ContextProblem, ServiceRequestContext } from './context.ts';
import type { EvidenceField, IncidentEvidence } from './evidence.ts';
import type { SeverityLevel } from './severity.ts';

/** What a draft is made from, and what it gives back: the SR draft's public shapes. */

export interface DraftInput {
  readonly references: readonly DecodedReference[];
  /** What the user typed or accepted. A field holding '' was cleared on purpose. */
  readonly context?: ServiceRequestContext;
  /** Derived from the pasted text, files and HAR: fills what the user left untouched. */
  readonly evidence?: IncidentEvidence;
  /** Milliseconds since the epoch: ages and urgency are relative to it. */
  readonly now: number;
  readonly severityOverride?: SeverityLevel | null;
  /** Credentials found in the pasted text: named in the warnings, never copied anywhere. */
  readonly secretsFound?: readonly SecretFinding[];
}

export type DraftWarningKind =
  | 'no-references'
  | 'logs-may-be-gone'
  | 'logs-probably-gone'
  | 'future-timestamp'
  | 'vpn-public-path'
  | 'sr-may-not-be-needed'
  | 'secrets-in-paste'
  | 'secrets-removed'
  | 'invalid-context'
  | 'missing-routing'
  | 'trimmed'
  | 'moved-to-attachment'
  | 'sample-of-incident';

export interface DraftWarning {
  readonly kind: DraftWarningKind;
  readonly message: string;
}

export interface ServiceRequestDraft {
  /** The MOS problem summary, at most 100 characters, never cut inside a reference. */
  readonly summary: string;
  /** The MOS problem description, at most 1,500 characters. */
  readonly description: string;
  /** Everything, for a download or attachment: every reference and the full context. */
  readonly attachment: string;
  readonly attachmentFileName: string;
  /** What the description leaves to the attachment, in words for the screen. */
  readonly movedToAttachment: readonly string[];
  /** Form fields whose value came from the evidence rather than the user's typing. */
  readonly fromEvidence: readonly EvidenceField[];
  readonly severity: {
    readonly level: SeverityLevel;
    readonly label: string;
    readonly suggested: SeverityLevel;
    readonly reason: string;
    readonly overridden: boolean;
    readonly reminders: readonly string[];
  };
  readonly guidance: readonly string[];
  readonly warnings: readonly DraftWarning[];
  readonly contextProblems: readonly ContextProblem[];
  readonly figures: {
    readonly summaryLength: number;
    readonly summaryLimit: number;
    readonly descriptionLength: number;
    readonly descriptionLimit: number;
    readonly referencesTotal: number;
    readonly referencesInDescription: number;
  };
}
