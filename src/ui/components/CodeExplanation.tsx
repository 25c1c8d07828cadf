import { LOG_WINDOW_TEXT } from '../../core/time/index.ts';
import { describeMeaning, type ReasonCodeInfo } from '../../core/codes/index.ts';
import { describeWhoActs } from '../../core/service-request/index.ts';
import { SourcesDisclosure, type SourcedClaim } from './SourcesDisclosure.tsx';

interface CodeExplanationProps {
  readonly info: ReasonCodeInfo;
  /** On a card the meaning and who acts are already its first lines: leave them out here. */
  readonly withoutSummary?: boolean;
}

function claimsOf(info: ReasonCodeInfo): SourcedClaim[] {
  const { guidance } = info;
  const meaning = describeMeaning(info);
  return [
    ...(meaning.sources.length === 0
      ? []
      : [{ claim: 'Meaning', sources: meaning.sources, confidence: meaning.confidence }]),
    ...(info.akamaiName === null
      ? []
      : [
          {
            claim: 'Akamai name',
            sources: info.nameSources,
            confidence: info.nameConfidence,
            note: info.nameConfidenceNote,
          },
        ]),
    ...(guidance === null
      ? []
      : [
          {
            claim: 'Usual HTTP status',
            sources: [guidance.usualStatus.source],
            confidence: guidance.usualStatus.confidence,
          },
        ]),
    ...(info.oracleWording === null
      ? []
      : [
          {
            claim: 'Oracle’s wording',
            sources: ['oracle-guide' as const],
            confidence: 'high' as const,
          },
        ]),
  ];
}

/** What a reason code means, who acts and what to do next; where each claim comes from, folded. */
export function CodeExplanation({ info, withoutSummary = false }: CodeExplanationProps) {
  const { guidance } = info;
  return (
    <>
      <dl className="facts">
        {!withoutSummary && (
          <>
            <dt>Meaning</dt>
            <dd>{describeMeaning(info).text}</dd>
            <dt>Who acts</dt>
            <dd className={`who-acts who-acts-${info.whoActs}`}>{describeWhoActs(info.code)}</dd>
          </>
        )}
        <dt>Akamai name</dt>
        <dd>{info.akamaiName ?? <em>Not in Akamai&apos;s published table</em>}</dd>
        {info.oracleWording !== null && guidance !== null && (
          <>
            <dt>Oracle&apos;s guide says</dt>
            <dd>
              <q>{info.oracleWording}</q>
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
            <dd>{guidance.usualStatus.text}</dd>
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
              it up in Akamai&apos;s logs, which are kept {LOG_WINDOW_TEXT}.
            </p>
          )}
        </dd>
      </dl>
      <SourcesDisclosure claims={claimsOf(info)} />
    </>
  );
}
