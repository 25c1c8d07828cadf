import { useId } from 'react';
import {
  CONTEXT_FIELD_LIST,
  type ContextFieldRow,
  type ContextProblem,
  type EvidenceField,
  type IncidentEvidence,
} from '../../core/service-request/index.ts';
import { type ServiceRequestContext } from '../../core/index.ts';

interface ContextFormProps {
  /** What the form shows: the user's values, with evidence where they left a field untouched. */
  readonly context: ServiceRequestContext;
  readonly problems: readonly ContextProblem[];
  readonly evidence: IncidentEvidence;
  /** Fields whose shown value is the evidence's. */
  readonly fromEvidence: readonly EvidenceField[];
  /** Where the evidence was read from, in words: "the curl -v transcript and log lines". */
  readonly evidenceSource: string;
  readonly onChange: <K extends keyof ServiceRequestContext>(
    field: K,
    value: ServiceRequestContext[K],
  ) => void;
}

interface FieldInputProps {
  readonly spec: ContextFieldRow;
  readonly context: ServiceRequestContext;
  readonly problem: ContextProblem | undefined;
  readonly evidenceValue: string | undefined;
  readonly fromEvidence: boolean;
  readonly evidenceSource: string;
  readonly onChange: ContextFormProps['onChange'];
}

function FieldInput({
  spec,
  context,
  problem,
  evidenceValue,
  fromEvidence,
  evidenceSource,
  onChange,
}: FieldInputProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const evidenceId = `${id}-evidence`;
  const errorId = `${id}-error`;
  const describedBy = [
    spec.hint ? hintId : null,
    evidenceValue !== undefined ? evidenceId : null,
    problem ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
  };
  const value = context[spec.field];
  const text = typeof value === 'string' ? value : '';
  // '' is kept, not dropped: a cleared field stays cleared instead of refilling from evidence.
  const set = (next: string | boolean) =>
    onChange(spec.field, next as ServiceRequestContext[typeof spec.field]);

  return (
    <div className={`field field-${spec.kind}${fromEvidence ? ' from-evidence' : ''}`}>
      {spec.kind === 'checkbox' ? (
        <>
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(e) => set(e.target.checked)}
          />
          <label htmlFor={id}>{spec.label}</label>
        </>
      ) : (
        <label htmlFor={id}>{spec.label}</label>
      )}
      {spec.kind === 'text' && (
        <input
          {...common}
          type="text"
          value={text}
          autoComplete="off"
          onChange={(e) => set(e.target.value)}
        />
      )}
      {spec.kind === 'textarea' && (
        <textarea {...common} rows={3} value={text} onChange={(e) => set(e.target.value)} />
      )}
      {spec.kind === 'select' && (
        <select {...common} value={text} onChange={(e) => set(e.target.value)}>
          <option value="">Not given</option>
          {Object.entries(spec.options).map(([optionValue, label]) => (
            <option key={optionValue} value={optionValue}>
              {label}
            </option>
          ))}
        </select>
      )}
      {spec.hint && (
        <p id={hintId} className="hint">
          {spec.hint}
        </p>
      )}
      {evidenceValue !== undefined && (
        <p id={evidenceId} className="evidence-note">
          {fromEvidence ? (
            <>Filled in from {evidenceSource}: keep it, edit it or clear it.</>
          ) : (
            <>
              From {evidenceSource}: <code>{evidenceValue}</code>.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => set(evidenceValue)}
                aria-label={`Use ${evidenceValue} for ${spec.label}`}
              >
                Use it
              </button>
            </>
          )}
        </p>
      )}
      {problem && (
        <p id={errorId} className="field-error">
          {spec.label}: {problem.message}
        </p>
      )}
    </div>
  );
}

/**
 * Every field optional; each one validated with a message that says what is wrong. The fields,
 * their order, kinds, labels, hints and choices are the core's context table.
 */
export function ContextForm({
  context,
  problems,
  evidence,
  fromEvidence,
  evidenceSource,
  onChange,
}: ContextFormProps) {
  return (
    <fieldset className="context-form">
      <legend>About the failing calls (all optional)</legend>
      {CONTEXT_FIELD_LIST.map((spec) => (
        <FieldInput
          key={spec.field}
          spec={spec}
          context={context}
          problem={problems.find((problem) => problem.field === spec.field)}
          evidenceValue={evidence.prefill[spec.field as EvidenceField]}
          fromEvidence={fromEvidence.includes(spec.field as EvidenceField)}
          evidenceSource={evidenceSource}
          onChange={onChange}
        />
      ))}
    </fieldset>
  );
}
