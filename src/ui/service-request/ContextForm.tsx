import { useId } from 'react';
import type { ContextProblem, ServiceRequestContext } from '../../core/index.ts';
import { FORM_FIELDS, type FormField } from './fields.ts';

interface ContextFormProps {
  readonly context: ServiceRequestContext;
  readonly problems: readonly ContextProblem[];
  readonly onChange: <K extends keyof ServiceRequestContext>(
    field: K,
    value: ServiceRequestContext[K],
  ) => void;
}

function FieldInput({
  spec,
  context,
  problem,
  onChange,
}: {
  readonly spec: FormField;
  readonly context: ServiceRequestContext;
  readonly problem: ContextProblem | undefined;
  readonly onChange: ContextFormProps['onChange'];
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [spec.hint ? hintId : null, problem ? errorId : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': problem ? true : undefined,
  };
  const value = context[spec.field];
  const text = typeof value === 'string' ? value : '';
  const set = (next: string | boolean) =>
    onChange(
      spec.field,
      (next === '' ? undefined : next) as ServiceRequestContext[typeof spec.field],
    );

  return (
    <div className={`field field-${spec.kind}`}>
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
          {spec.options.map(([optionValue, label]) => (
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
      {problem && (
        <p id={errorId} className="field-error">
          {spec.label}: {problem.message}
        </p>
      )}
    </div>
  );
}

/** Every field optional; each one validated with a message that says what is wrong. */
export function ContextForm({ context, problems, onChange }: ContextFormProps) {
  return (
    <fieldset className="context-form">
      <legend>About the failing calls (all optional)</legend>
      {FORM_FIELDS.map((spec) => (
        <FieldInput
          key={spec.field}
          spec={spec}
          context={context}
          problem={problems.find((problem) => problem.field === spec.field)}
          onChange={onChange}
        />
      ))}
    </fieldset>
  );
}
