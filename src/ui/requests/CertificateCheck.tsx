import { useId, useRef, useState } from 'react';
import {
  certificateFileText,
  withoutPrivateKeys,
  type CertificateFinding,
  type CertificateReport,
} from '../../core/network/index.ts';

interface CertificateCheckProps {
  readonly pem: string;
  readonly host: string;
  /** The host of the first valid target, used when no host is typed. */
  readonly defaultHost: string;
  readonly report: CertificateReport | null;
  readonly onPem: (pem: string) => void;
  readonly onHost: (host: string) => void;
}

const SEVERITY_LABELS: Readonly<Record<CertificateFinding['severity'], string>> = {
  problem: 'Problem',
  warning: 'Warning',
  note: 'Note',
};

const ACCEPT =
  '.pem,.crt,.cer,.der,application/x-x509-ca-cert,application/pkix-cert,application/x-pem-file';

/** The certificate chain a target serves: pasted or dropped, checked offline in this browser. */
export function CertificateCheck({
  pem,
  host,
  defaultHost,
  report,
  onPem,
  onHost,
}: CertificateCheckProps) {
  const pemId = useId();
  const hostId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [keyRemoved, setKeyRemoved] = useState(false);
  // A private key never stays in the box, on screen or in storage.
  const takePem = (text: string) => {
    const cleaned = withoutPrivateKeys(text);
    setKeyRemoved(cleaned !== text);
    onPem(cleaned);
  };

  const readFile = async (file: File | undefined) => {
    if (file === undefined) return;
    const result = certificateFileText(new Uint8Array(await file.arrayBuffer()));
    if (result.ok) {
      takePem(result.text);
      setFileNote(`Read ${file.name}.`);
    } else setFileNote(`${file.name}: ${result.reason}`);
  };

  return (
    <section
      className={`certificate-check${dragging ? ' dragging' : ''}`}
      aria-labelledby={`${pemId}-heading`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        event.stopPropagation();
        setDragging(false);
        void readFile(event.dataTransfer.files[0]);
      }}
    >
      <h3 id={`${pemId}-heading`}>Certificate check</h3>
      <p className="hint">
        Oracle’s TLS handshake refuses self-signed, expired or wrong-host certificates. Paste the
        chain the target serves, or drop its .pem, .crt or .cer file here. It is read in this
        browser only.
      </p>
      <div className="field">
        <label htmlFor={hostId}>Host Oracle will call</label>
        <input
          id={hostId}
          type="text"
          value={host}
          placeholder={defaultHost}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onHost(event.target.value)}
        />
        {host === '' && defaultHost !== '' && (
          <p className="hint">Checked against {defaultHost}, the first target.</p>
        )}
      </div>
      <div className="field">
        <label htmlFor={pemId}>Certificate chain (PEM)</label>
        <textarea
          id={pemId}
          rows={6}
          value={pem}
          spellCheck={false}
          autoComplete="off"
          placeholder="-----BEGIN CERTIFICATE-----"
          onChange={(event) => takePem(event.target.value)}
        />
      </div>
      <p className="actions">
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          Choose a certificate file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          className="offscreen"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            void readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        {pem !== '' && (
          <button type="button" className="secondary" onClick={() => onPem('')}>
            Clear the certificate
          </button>
        )}
      </p>
      <p role="status" className="hint">
        {fileNote}
      </p>
      {keyRemoved && (
        <p role="alert" className="warnings">
          A private key was taken out of the box: it is not needed, and is never shown or kept.
          Never send a private key to anyone, Oracle included; replace that key if it left your
          servers.
        </p>
      )}
      <CertificateReportView report={report} pending={pem.trim() !== '' && report === null} />
    </section>
  );
}

function CertificateReportView({
  report,
  pending,
}: {
  readonly report: CertificateReport | null;
  readonly pending: boolean;
}) {
  if (pending) return <p role="status">Checking the certificate…</p>;
  if (report === null) return null;
  if (!report.ok) {
    return (
      <p role="alert" className="error">
        {report.reason}
      </p>
    );
  }
  const problems = report.findings.filter((finding) => finding.severity === 'problem').length;
  return (
    <div className="certificate-report">
      <p role="status" className={problems > 0 ? 'error' : 'ok'}>
        {problems > 0
          ? `${problems} problem${problems === 1 ? '' : 's'} Oracle’s TLS handshake would refuse.`
          : 'No problem found offline.'}
      </p>
      {report.findings.length > 0 && (
        <ul className="findings" aria-label="Certificate findings">
          {report.findings.map((finding) => (
            <li
              key={`${finding.kind}-${finding.certificate ?? 'chain'}`}
              className={`finding-${finding.severity}`}
            >
              <strong>{SEVERITY_LABELS[finding.severity]}:</strong> {finding.message}
            </li>
          ))}
        </ul>
      )}
      <ol className="certificates" aria-label="Certificates in the chain">
        {report.certificates.map((certificate) => (
          <li key={`${certificate.position}-${certificate.sha256Fingerprint}`}>
            <dl className="facts">
              <dt>Subject</dt>
              <dd>{certificate.subject}</dd>
              <dt>Issuer</dt>
              <dd>{certificate.issuer}</dd>
              {certificate.subjectAltNames.length > 0 && (
                <>
                  <dt>Names (SAN)</dt>
                  <dd>{certificate.subjectAltNames.join(', ')}</dd>
                </>
              )}
              <dt>Valid</dt>
              <dd>
                {certificate.notBefore.slice(0, 10)} to {certificate.notAfter.slice(0, 10)}
              </dd>
              <dt>Key, signature</dt>
              <dd>
                {certificate.key.label}, {certificate.signatureAlgorithm}
                {certificate.isCa ? ' (CA)' : ''}
                {certificate.selfSigned ? ', self-signed' : ''}
              </dd>
              <dt>SHA-256</dt>
              <dd>
                <code className="fingerprint">{certificate.sha256Fingerprint}</code>
              </dd>
            </dl>
          </li>
        ))}
      </ol>
      <p className="hint">{report.cannotProve}</p>
    </div>
  );
}
