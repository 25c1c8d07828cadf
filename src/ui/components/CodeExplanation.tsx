import { describeMeaning, describeWhoActs, type ReasonCodeInfo } from '../../core/index.ts';
import { SourceNote } from './SourceNote.tsx';

interface CodeExplanationProps {
  readonly info: ReasonCodeInfo;
}

/** What a reason code means, who acts and what to do next, each claim with its source. */
export function CodeExplanation({ info }: CodeExplanationProps) {
  const { guidance } = info;
  // One wording for the card, the code page and the SR, published or not.
  const meaning = describeMeaning(info);
  return (
    <dl className="facts">
      <dt>Akamai name</dt>
      <dd>
        {info.akamaiName ?? <em>Not in Akamai&apos;s published table</em>}{' '}
        {info.akamaiName !== null && (
          <SourceNote
            sources={info.nameSources}
            confidence={info.nameConfidence}
            note={info.nameConfidenceNote}
          />
        )}
      </dd>
      <dt>Meaning</dt>
      <dd>
        {meaning.text}{' '}
        {meaning.sources.length > 0 && (
          <SourceNote sources={meaning.sources} confidence={meaning.confidence} />
        )}
      </dd>
      {info.oracleWording !== null && (
        <>
          <dt>Oracle&apos;s guide says</dt>
          <dd>
            <q>{info.oracleWording}</q> <SourceNote sources={['oracle-guide']} confidence="high" />
          </dd>
        </>
      )}
      {guidance?.disagreement && (
        <>
          <dt>Where Oracle and Akamai differ</dt>
          <dd className="disagreement">{guidance.disagreement.text}</dd>
        </>
      )}
      {guidance !== null && (
        <>
          <dt>Usual HTTP status</dt>
          <dd>
            {guidance.usualStatus.text}{' '}
            <SourceNote
              sources={[guidance.usualStatus.source]}
              confidence={guidance.usualStatus.confidence}
            />
          </dd>
          <dt>Likely causes</dt>
          <dd>
            <ul>
              {guidance.likelyCauses.map((cause) => (
                <li key={cause}>{cause}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>Who acts</dt>
      <dd className={`who-acts who-acts-${info.whoActs}`}>{describeWhoActs(info.code)}</dd>
      <dt>Next steps</dt>
      <dd>
        {guidance !== null ? (
          <ol>
            {guidance.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        ) : (
          <p>
            Raise a My Oracle Support SR with the reference and its UTC time: only Oracle can look
            it up in Akamai&apos;s logs, which are kept 6 to 24 hours.
          </p>
        )}
      </dd>
    </dl>
  );
}
