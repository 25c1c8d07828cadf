import { useEffect, useId, useRef } from 'react';
import { CONNECTIVITY, type Connectivity } from '../../core/service-request/index.ts';
import { type DnsAnalysis } from '../../core/network/index.ts';

interface DnsCheckProps {
  readonly text: string;
  readonly analysis: DnsAnalysis | null;
  readonly connectivity: Connectivity | undefined;
  readonly onChange: (text: string) => void;
  readonly autoFocus?: boolean;
}

/** Pasted lookup output, explained for the connectivity chosen in the form. */
export function DnsCheck({
  text,
  analysis,
  connectivity,
  onChange,
  autoFocus = false,
}: DnsCheckProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  // Reached from the decoder's "Check the DNS answer": the box is what the user came for.
  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);
  return (
    <section className="dns-check" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>DNS check</h3>
      <p id={`${id}-hint`} className="hint">
        On a caller, run <code>nslookup</code>, <code>dig</code> or <code>Resolve-DnsName</code> for
        the service’s host name and paste the whole output.
        {connectivity
          ? ` Explained for ${CONNECTIVITY[connectivity]}.`
          : ' Choose the connectivity above for an explanation that fits.'}
      </p>
      <div className="field">
        <label htmlFor={id}>DNS lookup output</label>
        <textarea
          id={id}
          rows={6}
          value={text}
          spellCheck={false}
          autoComplete="off"
          ref={box}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {analysis !== null &&
        (analysis.ok ? (
          <div className="dns-result" role="status">
            <p
              className={
                analysis.resolvesThrough === 'akamai' && connectivity !== 'public-internet'
                  ? 'warnings'
                  : 'ok'
              }
            >
              {analysis.explanation}
            </p>
            <dl className="facts">
              <dt>Read as</dt>
              <dd>{TOOL_NAMES[analysis.tool]} output</dd>
              <dt>Name</dt>
              <dd>{analysis.name ?? 'not printed'}</dd>
              {analysis.cnameChain.length > 0 && (
                <>
                  <dt>CNAME chain</dt>
                  <dd>
                    <ol>
                      {analysis.cnameChain.map((link) => (
                        <li key={`${link.name}>${link.target}`}>
                          {link.name} → {link.target}
                        </li>
                      ))}
                    </ol>
                  </dd>
                </>
              )}
              <dt>Addresses</dt>
              <dd>{analysis.addresses.join(', ') || 'none'}</dd>
            </dl>
          </div>
        ) : (
          <p role="alert" className="error">
            {analysis.reason}
          </p>
        ))}
    </section>
  );
}

const TOOL_NAMES = {
  nslookup: 'nslookup',
  dig: 'dig',
  'resolve-dnsname': 'Resolve-DnsName',
} as const;
