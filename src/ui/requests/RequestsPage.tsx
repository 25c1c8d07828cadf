import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  CONNECTIVITY,
  ORACLE_SERVICES,
  type Connectivity,
  type OracleServiceId,
} from '../../core/service-request/index.ts';
import {
  analyseDnsAnswer,
  checkTargetLines,
  draftAllowlistRequest,
  type AllowlistRequestDraft,
  type AllowlistRequestKind,
} from '../../core/network/index.ts';
import { useNow } from '../hooks/useNow.ts';
import { memoryMessage } from '../memory.ts';
import { CertificateCheck } from './CertificateCheck.tsx';
import { DnsCheck } from './DnsCheck.tsx';
import { RequestDraftView } from './RequestDraftView.tsx';
import { RequestForm } from './RequestForm.tsx';
import { REQUEST_FIELDS, REQUEST_KINDS, SAVED_FIELDS } from './request-fields.ts';
import { requestsPath } from './request-paths.ts';
import { useCertificateReport } from './useCertificateReport.ts';
import { useSavedDraft, type DraftFields } from './useSavedDraft.ts';

const isKind = (value: string | null): value is AllowlistRequestKind =>
  REQUEST_KINDS.some((item) => item.kind === value);
const asConnectivity = (value: string | null | undefined): Connectivity | undefined =>
  value && value in CONNECTIVITY ? (value as Connectivity) : undefined;
const asAction = (value: string | undefined): 'add' | 'remove' =>
  value === 'remove' ? 'remove' : 'add';
/** Saved values are text from storage: only a known service is passed on. */
const asService = (value: string | undefined): OracleServiceId | undefined =>
  value && value in ORACLE_SERVICES ? (value as OracleServiceId) : undefined;

export function RequestsPage() {
  const [params] = useSearchParams();
  const requested = params.get('kind');
  const kind: AllowlistRequestKind = isKind(requested) ? requested : 'inbound';
  const purpose = REQUEST_KINDS.find((item) => item.kind === kind)?.purpose ?? '';
  const prefill: Record<string, string> = {};
  const path = params.get('path');
  const source = params.get('source');
  const connectivity = asConnectivity(params.get('connectivity'));
  if (kind === 'inbound' && path) prefill.paths = path;
  if (kind === 'inbound' && source) prefill.sources = source;
  if (connectivity) prefill.connectivity = connectivity;

  return (
    <>
      <h1>Allowlist and network requests</h1>
      <p>
        Oracle changes an environment’s allowlists, and gives out home-region IP addresses, only
        through a service request. Each form below checks what you type, line by line, against what
        bounces such requests, and drafts the SR text. Everything stays in this browser.
      </p>
      <nav aria-label="Request kind" className="request-kinds">
        <ul>
          {REQUEST_KINDS.map((item) => (
            <li key={item.kind}>
              <Link
                to={requestsPath({ kind: item.kind })}
                aria-current={item.kind === kind ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="request-purpose">{purpose}</p>
      {kind === 'inbound' && <InboundRequest key={params.toString()} prefill={prefill} />}
      {kind === 'outbound' && <OutboundRequest />}
      {kind === 'home-region' && (
        <HomeRegionRequest
          key={params.toString()}
          prefill={prefill}
          focusDns={params.get('focus') === 'dns'}
        />
      )}
    </>
  );
}

/** Each kind's form legend and download name. */
const SCREENS: Readonly<Record<AllowlistRequestKind, { legend: string; fileName: string }>> = {
  inbound: { legend: 'Inbound allowlist change', fileName: 'inbound-allowlist-request.txt' },
  outbound: { legend: 'Outbound allowlist target', fileName: 'outbound-allowlist-request.txt' },
  'home-region': { legend: 'Home-region IP addresses', fileName: 'home-region-request.txt' },
};

/** One kind's form beside its live draft, with what is remembered and a way to clear it. */
function RequestScreen({
  kind,
  saved,
  draft,
  children,
}: {
  readonly kind: AllowlistRequestKind;
  readonly saved: ReturnType<typeof useSavedDraft>;
  readonly draft: AllowlistRequestDraft;
  /** A check of the kind's own (certificate, DNS answer), shown inside the form. */
  readonly children?: ReactNode;
}) {
  const { legend, fileName } = SCREENS[kind];
  return (
    <>
      <p className="memory" role="status">
        {memoryMessage(
          saved.memory,
          'Saved on this device as you type, so a reload keeps it. Nothing is sent anywhere.',
        )}
      </p>
      <div className="service-request request-layout">
        <RequestForm
          legend={legend}
          fields={REQUEST_FIELDS[kind]}
          values={saved.draft}
          problems={draft.problems}
          onChange={saved.setField}
        >
          {children}
        </RequestForm>
        <RequestDraftView draft={draft} fileName={fileName} />
      </div>
      <p>
        <button type="button" className="secondary" onClick={saved.clear}>
          Clear this form
        </button>
      </p>
    </>
  );
}

function InboundRequest({ prefill }: { readonly prefill: DraftFields }) {
  const saved = useSavedDraft('inbound', SAVED_FIELDS.inbound, prefill);
  const values = saved.draft;
  const draft = draftAllowlistRequest({
    kind: 'inbound',
    action: asAction(values.action),
    environment: values.environment,
    service: asService(values.service),
    connectivity: asConnectivity(values.connectivity),
    sources: values.sources ?? '',
    sourceGroup: values.sourceGroup,
    paths: values.paths,
    pathGroup: values.pathGroup,
    justification: values.justification,
  });
  return <RequestScreen kind="inbound" saved={saved} draft={draft} />;
}

function OutboundRequest() {
  const now = useNow();
  const saved = useSavedDraft('outbound', SAVED_FIELDS.outbound);
  const { draft: values, setField } = saved;
  const targets = values.targets ?? '';
  const firstTarget = checkTargetLines(targets).find((verdict) => verdict.result.ok)?.result;
  const defaultHost = firstTarget?.ok ? firstTarget.target.host : '';
  const host = values.certificateHost?.trim() || defaultHost;
  const pem = values.certificatePem ?? '';
  const report = useCertificateReport(pem, host, now);
  const draft = draftAllowlistRequest({
    kind: 'outbound',
    action: asAction(values.action),
    environment: values.environment,
    service: asService(values.service),
    targets,
    justification: values.justification,
    certificate: report,
  });
  return (
    <RequestScreen kind="outbound" saved={saved} draft={draft}>
      <CertificateCheck
        pem={pem}
        host={values.certificateHost ?? ''}
        defaultHost={defaultHost}
        report={report}
        onPem={(text) => setField('certificatePem', text)}
        onHost={(text) => setField('certificateHost', text)}
      />
    </RequestScreen>
  );
}

function HomeRegionRequest({
  prefill,
  focusDns,
}: {
  readonly prefill: DraftFields;
  readonly focusDns: boolean;
}) {
  const saved = useSavedDraft('home-region', SAVED_FIELDS['home-region'], prefill);
  const { draft: values, setField } = saved;
  const connectivity = asConnectivity(values.connectivity);
  const dnsText = values.dnsAnswer ?? '';
  const dns =
    dnsText.trim() === '' ? null : analyseDnsAnswer(dnsText, connectivity ? { connectivity } : {});
  const draft = draftAllowlistRequest({
    kind: 'home-region',
    environment: values.environment,
    service: asService(values.service),
    tenancy: values.tenancy,
    region: values.region,
    connectivity,
    justification: values.justification,
    dns,
  });
  return (
    <RequestScreen kind="home-region" saved={saved} draft={draft}>
      <DnsCheck
        text={dnsText}
        analysis={dns}
        connectivity={connectivity}
        onChange={(text) => setField('dnsAnswer', text)}
        autoFocus={focusDns}
      />
    </RequestScreen>
  );
}
