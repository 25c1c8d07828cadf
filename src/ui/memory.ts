/** Whether a form is remembered on this device, and why not. */
export type Memory = 'remembered' | 'unavailable' | 'corrupt' | 'failed';

const NOT_REMEMBERED: Readonly<Record<Exclude<Memory, 'remembered'>, string>> = {
  unavailable:
    'This browser does not let the app store anything here (a private window or a sandboxed frame): the form is not remembered after a reload.',
  corrupt: 'What was saved could not be read, so this form starts empty.',
  failed: 'The form could not be saved (storage is full or refused): it will not survive a reload.',
};

/** What the screen says about remembering; `remembered` is each form's own sentence. */
export function memoryMessage(memory: Memory, remembered: string): string {
  return memory === 'remembered' ? remembered : NOT_REMEMBERED[memory];
}
