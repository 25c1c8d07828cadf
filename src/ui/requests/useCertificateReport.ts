import { useEffect, useState } from 'react';
import { inspectCertificateChain, type CertificateReport } from '../../core/network/index.ts';

/** The core's report for the pasted chain; null while nothing is pasted or a check is running. */
export function useCertificateReport(
  pem: string,
  host: string,
  now: number,
): CertificateReport | null {
  const [result, setResult] = useState<{ key: string; report: CertificateReport } | null>(null);
  const key = `${host}\n${pem}`;
  useEffect(() => {
    if (pem.trim() === '') return undefined;
    let current = true;
    void inspectCertificateChain(pem, { host, now }).then((report) => {
      if (current) setResult({ key, report });
    });
    return () => {
      current = false;
    };
  }, [key, pem, host, now]);
  return pem.trim() !== '' && result?.key === key ? result.report : null;
}
