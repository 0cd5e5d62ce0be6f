import { CSP_NONCE_PLACEHOLDER } from '../../shared/bff-api';

/** The nonce the BFF put in this page, for emotion's <style> tags; none under Vite's dev server or in tests. */
export function cspNonce(): string | undefined {
  const value = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
  return value && value !== CSP_NONCE_PLACEHOLDER ? value : undefined;
}
