import { Link, useParams } from 'react-router';
import { lookupReasonCode, MAX_REASON_CODE, parseReasonCode } from '../../core/codes/index.ts';
import { CodeExplanation } from '../components/CodeExplanation.tsx';
import { paths } from '../paths.ts';

export function CodePage() {
  const { code: codeParam = '' } = useParams();
  const code = parseReasonCode(codeParam);
  const info = code === null ? null : lookupReasonCode(code);

  return (
    <>
      {info === null ? (
        <>
          <h1>Unknown reason code</h1>
          <p role="alert" className="error">
            &apos;{codeParam}&apos; is not a reason code: codes are whole numbers from 0 to{' '}
            {MAX_REASON_CODE}.
          </p>
        </>
      ) : (
        <>
          <h1>
            Reason code {info.code}
            {info.akamaiName !== null && `: ${info.akamaiName}`}
          </h1>
          {!info.inAkamaiTable && (
            <p className="warnings">
              Code {info.code} is not in Akamai&apos;s published table
              {info.oracleWording !== null ? '; what is shown is Oracle’s description.' : '.'}
            </p>
          )}
          <CodeExplanation info={info} />
        </>
      )}
      <p>
        <Link to={paths.codes}>All reason codes</Link>
      </p>
    </>
  );
}
