import { useEffect, useMemo, useRef, useState } from 'react';
import type { BatchAnswer, BatchQuestion, BatchQuestionKind } from '../../core/triage/index.ts';
import type { BatchAccess } from './batch-store.ts';

/** An answer, and the `revision` it was asked at (a later change may not be in it yet). */
export interface Answered<K extends BatchQuestionKind> {
  readonly answer: BatchAnswer<K>;
  readonly revision: number;
}

/**
 * The answer to a question about the batch, asked again whenever the batch changes (a new
 * `batch`), the question does, or `revision` does (after a change such as a selection).
 * Where the batch is on the page the answer comes in the same render; where it is in the worker
 * it comes a round trip later, and until then the last answer stays (the table keeps its rows
 * while the next ones come). Answers arrive in the order asked; a later one is never replaced by
 * an earlier one, but none is thrown away unseen: a worker busy with a file answers slower than
 * the batch changes, and the page would otherwise never show a row while it reads.
 */
export function useBatchAnswer<K extends BatchQuestionKind>(
  batch: BatchAccess,
  question: BatchQuestion<K> | null,
  revision = 0,
): Answered<K> | undefined {
  // The question's content, not its object: a new object asking the same is the same question.
  const key = question === null ? null : JSON.stringify(question);
  const answerNow = batch.answerNow;
  const immediate = useMemo(
    () =>
      question === null || answerNow === null
        ? undefined
        : { answer: answerNow(question), revision },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the question
    [batch, key, revision],
  );
  const [asked, setAsked] = useState<Answered<K> | undefined>(undefined);
  const latestShown = useRef(0);
  const nextAsk = useRef(0);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (question === null || answerNow !== null) return;
    nextAsk.current += 1;
    const ask = nextAsk.current;
    void batch.ask(question).then((answer) => {
      if (!mounted.current || ask < latestShown.current) return;
      latestShown.current = ask;
      setAsked({ answer, revision });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [batch, key, revision]);
  return answerNow === null ? asked : immediate;
}
