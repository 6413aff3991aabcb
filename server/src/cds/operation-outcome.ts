import type { OperationOutcome } from 'fhir/r4';

/** The FHIR body CDS Hooks 3.0 asks for on a non-2xx response; the text is for integrators, never a stack trace. */
export function operationOutcome(
  code: 'invalid' | 'structure' | 'not-found' | 'required' | 'too-long' | 'timeout' | 'exception' | 'transient' | 'security',
  text: string,
): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text.slice(0, 500) }] };
}
