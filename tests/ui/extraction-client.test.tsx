import { describe, expect, it, vi } from 'vitest';
import { analysePastedText } from '../../src/core/index.ts';
import { ExtractionClient } from '../../src/ui/extraction-client.ts';

const REFERENCE = 'Reference #18.4c96df17.1644609140.2a155db';
const OTHER = 'Reference #30.74c47b68.1626182696.201415a4';

/** The page decodes small texts with the decoding script, which arrives on demand. */
describe('decoding on the page before and after the decoding script', () => {
  it('holds a text until the decoder arrives, then decodes it', () => {
    const client = new ExtractionClient();
    const callback = vi.fn();
    client.extract(REFERENCE, callback);
    expect(callback).not.toHaveBeenCalled();
    client.setPageDecoder(analysePastedText);
    expect(callback).toHaveBeenCalledTimes(1);
    const [analysis, partial] = callback.mock.calls[0] ?? [];
    expect(partial).toBe(false);
    expect(
      analysis.found.map(
        (found: { reference: { reference: string } }) => found.reference.reference,
      ),
    ).toEqual(['18.4c96df17.1644609140.2a155db']);
    client.dispose();
  });

  it('decodes only the newest of the texts that waited', () => {
    const client = new ExtractionClient();
    const older = vi.fn();
    const newer = vi.fn();
    client.extract(REFERENCE, older);
    client.extract(OTHER, newer);
    client.setPageDecoder(analysePastedText);
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);
    client.dispose();
  });

  it('decodes at once when the decoder is there, and a text only once', () => {
    const client = new ExtractionClient();
    const decoder = vi.fn(analysePastedText);
    client.setPageDecoder(decoder);
    const callback = vi.fn();
    client.extract(REFERENCE, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    client.setPageDecoder(decoder);
    expect(decoder).toHaveBeenCalledTimes(1);
    client.dispose();
  });
});
