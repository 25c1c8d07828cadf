import { useId, type ReactNode } from 'react';
import {
  checkPathLines,
  checkSourceLines,
  checkTargetLines,
  type PathCheck,
  type RequestProblem,
  type SourceCheck,
  type TargetCheck,
} from '../../core/network/index.ts';
import { type Connectivity } from '../../core/service-request/index.ts';
import { LineVerdicts, type ShownVerdict } from './LineVerdicts.tsx';
import type { RequestField } from './request-fields.ts';
import type { DraftFields } from './useSavedDraft.ts';

interface RequestFormProps {
  readonly legend: string;
  readonly fields: readonly RequestField[];
  readonly values: DraftFields;
  readonly problems: readonly RequestProblem[];
  readonly onChange: (field: string, value: string) => void;
  readonly children?: ReactNode;
}

const showSource = (result: SourceCheck): ShownVerdict =>
  result.ok
    ? {
        accepted: result.source.value,
        refused: null,
        notes: result.warnings.map((warning) => warning.message),
      }
    : { accepted: null, refused: result.reason, notes: [] };

const showTarget = (result: TargetCheck): ShownVerdict =>
  result.ok
    ? {
        accepted: result.target.url,
        refused: null,
        notes: result.warnings.map((warning) => warning.message),
      }
    : { accepted: null, refused: result.reason, notes: [] };

const showPath = (result: PathCheck): ShownVerdict =>
  result.ok
    ? { accepted: result.path, refused: null, notes: [] }
    : { accepted: null, refused: result.reason, notes: [] };

function Verdicts({
  field,
  text,
  values,
  id,
}: {
  field: string;
  text: string;
  values: DraftFields;
  id: string;
}) {
  if (field === 'sources') {
    const connectivity = values.connectivity as Connectivity | undefined;
    const verdicts = checkSourceLines(text, connectivity ? { connectivity } : {});
    return (
      <LineVerdicts
        id={id}
        label="Verdict for each source line"
        verdicts={verdicts}
        show={showSource}
      />
    );
  }
  if (field === 'targets') {
    return (
      <LineVerdicts
        id={id}
        label="Verdict for each target line"
        verdicts={checkTargetLines(text)}
        show={showTarget}
      />
    );
  }
  return (
    <LineVerdicts
      id={id}
      label="Verdict for each path line"
      verdicts={checkPathLines(text)}
      show={showPath}
    />
  );
}

function Field({
  spec,
  values,
  problem,
  onChange,
}: {
  readonly spec: RequestField;
  readonly values: DraftFields;
  readonly problem: RequestProblem | undefined;
  readonly onChange: RequestFormProps['onChange'];
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const verdictsId = `${id}-verdicts`;
  const describedBy = [
    spec.hint ? hintId : null,
    spec.kind === 'lines' ? verdictsId : null,
    problem ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
  };
  const value = values[spec.field] ?? '';
  const hint = spec.hint && (
    <p id={hintId} className="hint">
      {spec.hint}
    </p>
  );
  const error = problem && (
    <p id={errorId} className="field-error">
      {spec.label}: {problem.message}
    </p>
  );

  if (spec.kind === 'lines') {
    return (
      <div className="field field-lines">
        <label htmlFor={id}>{spec.label}</label>
        {hint}
        <div className="lines-with-verdicts">
          <textarea
            {...common}
            rows={Math.min(Math.max(4, value.split('\n').length + 1), 12)}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange(spec.field, event.target.value)}
          />
          <Verdicts field={spec.field} text={value} values={values} id={verdictsId} />
        </div>
        {error}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{spec.label}</label>
      {spec.kind === 'text' && (
        <input
          {...common}
          type="text"
          value={value}
          autoComplete="off"
          onChange={(event) => onChange(spec.field, event.target.value)}
        />
      )}
      {spec.kind === 'textarea' && (
        <textarea
          {...common}
          rows={3}
          value={value}
          onChange={(event) => onChange(spec.field, event.target.value)}
        />
      )}
      {spec.kind === 'select' && (
        <select
          {...common}
          value={value || (spec.fallback ?? '')}
          onChange={(event) => onChange(spec.field, event.target.value)}
        >
          {spec.fallback === null && <option value="">Not given</option>}
          {spec.options.map(([optionValue, label]) => (
            <option key={optionValue} value={optionValue}>
              {label}
            </option>
          ))}
        </select>
      )}
      {hint}
      {error}
    </div>
  );
}

/** A request kind's fields, each validated as typed, with the draft's problems beside them. */
export function RequestForm({
  legend,
  fields,
  values,
  problems,
  onChange,
  children,
}: RequestFormProps) {
  return (
    <fieldset className="context-form request-form">
      <legend>{legend}</legend>
      {fields.map((spec) => (
        <Field
          key={spec.field}
          spec={spec}
          values={values}
          problem={problems.find((problem) => problem.field === spec.field)}
          onChange={onChange}
        />
      ))}
      {children}
    </fieldset>
  );
}
