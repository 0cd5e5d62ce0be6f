import { describe, expect, it } from 'vitest';
import { addonTemplateSchema } from './cce-responses';
import { supportsClusterVersion } from './addon-compatibility';

const coredns = addonTemplateSchema.parse({
  metadata: { name: 'coredns' },
  spec: {
    versions: [
      { version: '1.25.1', supportVersions: [{ clusterType: 'VirtualMachine', clusterVersion: ['v1.2[3-5].*'] }] },
      { version: '1.28.7', supportVersions: [{ clusterVersion: ['v1.2[7-9].*'] }] },
      { version: '9.9.9', supportVersions: [{ clusterVersion: ['v1.(2['] }] },
    ],
  },
});

describe('supportsClusterVersion', () => {
  it('matches the whole target version against CCE’s regular expressions', () => {
    expect(supportsClusterVersion(coredns, '1.28.7', 'v1.27')).toBe(true);
    expect(supportsClusterVersion(coredns, '1.28.7', 'v1.29.13-r10')).toBe(true);
    expect(supportsClusterVersion(coredns, '1.25.1', 'v1.27')).toBe(false);
    expect(supportsClusterVersion(coredns, '1.28.7', 'xv1.27')).toBe(false);
  });

  it('is not compatible for an unknown version, template or unreadable pattern', () => {
    expect(supportsClusterVersion(coredns, '1.0.0', 'v1.27')).toBe(false);
    expect(supportsClusterVersion(undefined, '1.28.7', 'v1.27')).toBe(false);
    expect(supportsClusterVersion(coredns, '9.9.9', 'v1.27')).toBe(false);
  });
});
