import {
  type Connectivity,
  CONNECTIVITY,
  DESCRIPTION_LIMIT,
  ORACLE_SERVICES,
  type OracleServiceId,
  SUMMARY_LIMIT,
} from '../service-request/index.ts';
import type { CertificateReport } from './certificates.ts';
import type { DnsAnalysis } from './dns.ts';
import { checkPathLines, checkSourceLines, checkTargetLines, type LineVerdict } from './lines.ts';
import { parseOcid } from './ocid.ts';

export type AllowlistRequestKind = 'inbound' | 'outbound' | 'home-region';

interface CommonInput {
  /** Oracle Utilities environment name: PROD, TEST01 ... */
  readonly environment?: string;
  readonly service?: OracleServiceId;
  /** Why the change is needed: Oracle asks for it on every allowlist ticket. */
  readonly justification?: string;
}

export interface InboundRequestInput extends CommonInput {
  readonly kind: 'inbound';
  readonly action: 'add' | 'remove';
  /** One CIDR block, IP address or VCN OCID per line. */
  readonly sources: string;
  /** Optional: a name for the group these sources form. */
  readonly sourceGroup?: string;
  /** One path or path prefix per line: the path group the sources may reach. */
  readonly paths?: string;
  readonly pathGroup?: string;
  readonly connectivity?: Connectivity;
}

export interface OutboundRequestInput extends CommonInput {
  readonly kind: 'outbound';
  readonly action: 'add' | 'remove';
  /** One URL or DNS name per line. */
  readonly targets: string;
  /** The checked certificate chain of the targets, when the user pasted one. */
  readonly certificate?: CertificateReport | null;
}

export interface HomeRegionRequestInput extends CommonInput {
  readonly kind: 'home-region';
  /** Tenancy name, or its OCID (ocid1.tenancy...). */
  readonly tenancy?: string;
  /** OCI region identifier of the home region: us-ashburn-1, eu-frankfurt-1 ... */
  readonly region?: string;
  readonly connectivity?: Connectivity;
  /** The checked DNS answer for a service name, when the user pasted one. */
  readonly dns?: DnsAnalysis | null;
}

export type AllowlistRequestInput =
  InboundRequestInput | OutboundRequestInput | HomeRegionRequestInput;

export interface RequestProblem {
  /** The input field it is about. */
  readonly field: string;
  readonly message: string;
}

export interface AllowlistRequestDraft {
  readonly summary: string;
  readonly description: string;
  /** Everything, with no list cut short: for an attachment when the description is full. */
  readonly fullText: string;
  /** What to fix before filing; the draft leaves refused lines out. */
  readonly problems: readonly RequestProblem[];
  readonly figures: {
    readonly summaryLength: number;
    readonly summaryLimit: number;
    readonly descriptionLength: number;
    readonly descriptionLimit: number;
    readonly itemsListed: number;
    readonly itemsTotal: number;
  };
}

const REGION_PATTERN = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

const serviceName = (service: OracleServiceId | undefined): string | null =>
  service === undefined || service === 'other' ? null : ORACLE_SERVICES[service].name;

const environmentLabel = (environment: string | undefined): string =>
  environment?.trim() || '(environment not given)';

function commonProblems(input: AllowlistRequestInput): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (!input.environment?.trim()) {
    problems.push({
      field: 'environment',
      message:
        'Give the environment name (PROD, TEST01 ...): each environment has its own allowlist.',
    });
  }
  if (input.kind !== 'home-region' && !input.justification?.trim()) {
    problems.push({
      field: 'justification',
      message:
        'Say why the change is needed: Oracle asks for a justification for every allowlist change.',
    });
  }
  return problems;
}

function refusedProblem<T extends { readonly ok: boolean }>(
  field: string,
  noun: string,
  verdicts: readonly LineVerdict<T>[],
): RequestProblem[] {
  const refused = verdicts.filter((verdict) => !verdict.result.ok);
  if (refused.length === 0) return [];
  const lines = refused.map((verdict) => verdict.line).join(', ');
  return [
    {
      field,
      message: `${refused.length} ${noun}${refused.length === 1 ? '' : 's'} left out of the draft (line${refused.length === 1 ? '' : 's'} ${lines}): fix ${refused.length === 1 ? 'it' : 'them'} to include ${refused.length === 1 ? 'it' : 'them'}.`,
    },
  ];
}

/**
 * The text of an allowlist or home-region IP ticket: a summary (at most 100 characters) and a
 * description (at most 1,500), with only the lines that passed their checks.
 */
export function draftAllowlistRequest(input: AllowlistRequestInput): AllowlistRequestDraft {
  switch (input.kind) {
    case 'inbound':
      return draftInbound(input);
    case 'outbound':
      return draftOutbound(input);
    case 'home-region':
      return draftHomeRegion(input);
  }
}

function header(input: CommonInput): string[] {
  const service = serviceName(input.service);
  return [`Environment: ${environmentLabel(input.environment)}${service ? ` (${service})` : ''}`];
}

function draftInbound(input: InboundRequestInput): AllowlistRequestDraft {
  const sourceVerdicts = checkSourceLines(
    input.sources,
    input.connectivity ? { connectivity: input.connectivity } : {},
  );
  const pathVerdicts = checkPathLines(input.paths ?? '');
  const sources = sourceVerdicts.flatMap((verdict) =>
    verdict.result.ok ? [verdict.result.source.value] : [],
  );
  const paths = pathVerdicts.flatMap((verdict) => (verdict.result.ok ? [verdict.result.path] : []));
  const problems = [
    ...commonProblems(input),
    ...refusedProblem('sources', 'source line', sourceVerdicts),
    ...refusedProblem('paths', 'path line', pathVerdicts),
  ];
  if (sources.length === 0) {
    problems.push({
      field: 'sources',
      message: 'No valid source yet: give at least one CIDR block, IP address or VCN OCID.',
    });
  }
  const verb = input.action === 'add' ? 'add' : 'remove';
  const group = input.sourceGroup?.trim();
  const pathGroup = input.pathGroup?.trim();
  const count = `${sources.length} source${sources.length === 1 ? '' : 's'}`;
  const summary = fitSummary(
    `Inbound allowlist, ${environmentLabel(input.environment)}: ${verb} ${sources.length === 1 ? sources[0] : count}${paths.length > 0 ? ` for ${paths.length === 1 ? paths[0] : `${paths.length} paths`}` : ''}`,
  );
  const intro = [
    `Please ${verb} the following source${sources.length === 1 ? '' : 's'} ${input.action === 'add' ? 'to' : 'from'} the inbound allowlist of this environment.`,
    ...header(input),
    ...(input.connectivity ? [`Connectivity: ${CONNECTIVITY[input.connectivity]}`] : []),
    ...(group
      ? [
          `Named source group: ${group}${input.action === 'add' ? ' (create it, or add to it if it exists)' : ''}`,
        ]
      : []),
  ];
  const rule =
    input.action === 'add'
      ? paths.length > 0
        ? [
            `Allow rule: these sources may reach the path group${pathGroup ? ` "${pathGroup}"` : ''}:`,
            ...paths.map((path) => `- ${path}`),
          ]
        : [
            'Allow rule: no path group given; these sources may reach every path of the environment.',
          ]
      : [];
  const closing = [
    ...(input.justification?.trim() ? [`Justification: ${input.justification.trim()}`] : []),
    'Please confirm when the change is in place.',
  ];
  return assemble(summary, intro, 'Sources:', sources, rule, closing, problems);
}

function draftOutbound(input: OutboundRequestInput): AllowlistRequestDraft {
  const verdicts = checkTargetLines(input.targets);
  const targets = verdicts.flatMap((verdict) =>
    verdict.result.ok ? [verdict.result.target.url] : [],
  );
  const problems = [
    ...commonProblems(input),
    ...refusedProblem('targets', 'target line', verdicts),
  ];
  if (targets.length === 0) {
    problems.push({
      field: 'targets',
      message: 'No valid target yet: give at least one https URL or DNS name on port 443.',
    });
  }
  const certificate = input.certificate;
  const certificateLines: string[] = [];
  if (certificate?.ok) {
    const server =
      certificate.certificates.find((item) => !item.isCa) ?? certificate.certificates[0];
    const blocking = certificate.findings.filter((finding) => finding.severity === 'problem');
    if (server) {
      certificateLines.push(
        `TLS certificate (checked offline): ${server.subject}, issued by ${server.issuer}, valid until ${server.notAfter.slice(0, 10)}, ${server.key.label}, ${server.signatureAlgorithm}; ${certificate.certificates.length} certificate${certificate.certificates.length === 1 ? '' : 's'} in the chain.`,
        `SHA-256 fingerprint: ${server.sha256Fingerprint}`,
      );
    }
    if (blocking.length > 0) {
      problems.push({
        field: 'certificate',
        message: `The certificate check found ${blocking.length} problem${blocking.length === 1 ? '' : 's'} that would fail Oracle's TLS handshake: fix ${blocking.length === 1 ? 'it' : 'them'} before filing.`,
      });
      certificateLines.push(...blocking.map((finding) => `Open issue: ${finding.message}`));
    }
  } else if (input.action === 'add') {
    problems.push({
      field: 'certificate',
      message:
        'Check the certificate chain the target serves: a self-signed or expired certificate is the first reason such tickets bounce.',
    });
  }
  const verb = input.action === 'add' ? 'add' : 'remove';
  const hosts = [...new Set(targets.map((target) => new URL(target).hostname))];
  const summary = fitSummary(
    `Outbound allowlist, ${environmentLabel(input.environment)}: ${verb} ${hosts.length === 1 ? hosts[0] : `${hosts.length} targets`}`,
  );
  const intro = [
    `Please ${verb} the following target${targets.length === 1 ? '' : 's'} ${input.action === 'add' ? 'to' : 'from'} the outbound allowlist of this environment.`,
    ...header(input),
  ];
  const closing = [
    ...(input.action === 'add'
      ? [
          'Every target is https on port 443 (checked as written); that each is reachable from Oracle and serves a trusted certificate is for the handshake to show.',
          ...certificateLines,
        ]
      : []),
    ...(input.justification?.trim() ? [`Justification: ${input.justification.trim()}`] : []),
    'Please confirm when the change is in place.',
  ];
  return assemble(summary, intro, 'Targets:', targets, [], closing, problems);
}

function draftHomeRegion(input: HomeRegionRequestInput): AllowlistRequestDraft {
  const problems = commonProblems(input);
  const tenancy = input.tenancy?.trim() ?? '';
  if (tenancy === '') {
    problems.push({
      field: 'tenancy',
      message: 'Give the tenancy name or OCID: the home region belongs to the tenancy.',
    });
  } else if (/^ocid1\./i.test(tenancy)) {
    const parsed = parseOcid(tenancy);
    if (!parsed.ok) problems.push({ field: 'tenancy', message: parsed.reason });
    else if (parsed.ocid.resourceType !== 'tenancy') {
      problems.push({
        field: 'tenancy',
        message: `This is a ${parsed.ocid.resourceType} OCID: give the tenancy OCID (ocid1.tenancy.…) or the tenancy name.`,
      });
    }
  }
  const region = input.region?.trim().toLowerCase() ?? '';
  if (region === '') {
    problems.push({
      field: 'region',
      message:
        'Give the home region (us-ashburn-1, eu-frankfurt-1 ...): OCI Console, Governance > Tenancy details.',
    });
  } else if (!REGION_PATTERN.test(region)) {
    problems.push({
      field: 'region',
      message: `"${input.region?.trim() ?? ''}" is not an OCI region identifier: write it like us-ashburn-1 or eu-frankfurt-1.`,
    });
  }
  const connectivity = input.connectivity;
  if (connectivity === undefined || connectivity === 'public-internet') {
    problems.push({
      field: 'connectivity',
      message:
        'Home-region IP addresses are for VPN Connect or FastConnect: over the public internet, calls go through Akamai and need no home-region addresses.',
    });
  }
  const link =
    connectivity === 'fastconnect' || connectivity === 'vpn-connect'
      ? CONNECTIVITY[connectivity]
      : 'VPN Connect or FastConnect';
  const summary = fitSummary(
    `Home-region IP addresses for ${link}, ${environmentLabel(input.environment)}${region ? `, ${region}` : ''}`,
  );
  const dns = input.dns?.ok ? input.dns : null;
  const intro = [
    `We reach Oracle Utilities Cloud Services through ${link} and our VCN's service gateway. Please send the home-region IP addresses of this environment, so that our DNS resolves the service names to them and not to Akamai.`,
    ...header(input),
    `Tenancy: ${tenancy || '(not given)'}`,
    `Home region: ${region || '(not given)'}`,
    `Connectivity: ${link}`,
  ];
  const closing = [
    ...(dns
      ? [
          `DNS today: ${dns.name ?? 'the service name'} ${dns.resolvesThrough === 'akamai' ? `resolves through Akamai (${dns.akamaiName ?? ''})` : 'resolves directly'} to ${dns.addresses.join(', ') || 'no address'}.`,
        ]
      : []),
    ...(input.justification?.trim() ? [`Why: ${input.justification.trim()}`] : []),
  ];
  return assemble(summary, intro, null, [], [], closing, problems);
}

function fitSummary(text: string): string {
  return text.length <= SUMMARY_LIMIT ? text : `${text.slice(0, SUMMARY_LIMIT - 1).trimEnd()}…`;
}

/**
 * The description within Oracle's limit: the list is cut, saying how many were left out, before
 * anything else is; the full text stays available as an attachment.
 */
function assemble(
  summary: string,
  intro: readonly string[],
  listHeading: string | null,
  items: readonly string[],
  rule: readonly string[],
  closing: readonly string[],
  problems: readonly RequestProblem[],
): AllowlistRequestDraft {
  const build = (listed: number) => {
    const list =
      listHeading === null
        ? []
        : [
            listHeading,
            ...(items.length === 0 ? ['- (none valid yet)'] : []),
            ...items.slice(0, listed).map((item) => `- ${item}`),
            ...(listed < items.length
              ? [`- … and ${items.length - listed} more, listed in the attached file`]
              : []),
          ];
    return [intro.join('\n'), list.join('\n'), rule.join('\n'), closing.join('\n')]
      .filter((part) => part !== '')
      .join('\n\n');
  };
  const fullText = `${summary}\n\n${build(items.length)}`;
  let listed = items.length;
  let description = build(listed);
  while (description.length > DESCRIPTION_LIMIT && listed > 0) {
    listed -= 1;
    description = build(listed);
  }
  if (description.length > DESCRIPTION_LIMIT)
    description = `${description.slice(0, DESCRIPTION_LIMIT - 1)}…`;
  return {
    summary,
    description,
    fullText,
    problems,
    figures: {
      summaryLength: summary.length,
      summaryLimit: SUMMARY_LIMIT,
      descriptionLength: description.length,
      descriptionLimit: DESCRIPTION_LIMIT,
      itemsListed: listed,
      itemsTotal: items.length,
    },
  };
}
