import { addonInstanceListSchema, addonTemplateListSchema } from '../../shared/cce-responses';
import { ids } from './fixtures';

// prod-a (v1.28 → v1.29): coredns and everest must move (unpatched, CCE would move each itself), npd already
// fits, metrics-server has no template. Nothing blocks submit: an add-on no version can carry is a per-test override.

const vm = (clusterVersion: string[]) => [
  { clusterType: 'VirtualMachine', clusterVersion, category: ['CCE', 'Turbo'] },
  { clusterType: 'ARM64', clusterVersion, category: ['CCE', 'Turbo'] },
];

const version = (v: string, clusterVersion: string[], stable = true) => ({ version: v, stable, input: {}, supportVersions: vm(clusterVersion) });

export const addonTemplates = addonTemplateListSchema.parse({
  kind: 'Addon',
  apiVersion: 'v3',
  items: [
    {
      metadata: { name: 'coredns' },
      spec: {
        type: 'helm',
        require: true,
        versions: [
          version('1.27.1', ['v1.2[5-8].*']),
          version('1.28.7', ['v1.2[7-9].*']),
          version('1.29.5', ['v1.(29|3[0-1]).*']),
          version('1.29.11', ['v1.29.*', 'v1.3[0-1].*'], false),
          version('1.30.7', ['v1.3[0-1].*']),
        ],
      },
    },
    {
      metadata: { name: 'everest' },
      spec: { type: 'helm', versions: [version('2.3.14', ['v1.2[5-8].*']), version('2.4.28', ['v1.2[7-9].*', 'v1.30.*']), version('2.4.62', ['v1.(29|3[0-1]).*'])] },
    },
    { metadata: { name: 'npd' }, spec: { type: 'helm', versions: [version('1.19.1', ['v1.2[5-9].*']), version('1.19.9', ['v1.(2[8-9]|3[0-1]).*'])] } },
  ],
});

export const corednsValues = {
  basic: { cluster_ip: '10.247.3.10', image_version: '1.27.1' },
  custom: { upstream_nameservers: [], stub_domains: {} },
  flavor: { name: '2500', replicas: 2 },
};

const instance = (name: string, version: string, status: string, values: Record<string, unknown>) => ({
  metadata: { uid: `uid-${name}`, name },
  spec: { addonTemplateName: name, version, values, clusterID: ids.prod },
  status: { status, Reason: '', message: '' },
});

export const addonInstances = addonInstanceListSchema.parse({
  kind: 'Addon',
  apiVersion: 'v3',
  items: [
    instance('coredns', '1.27.1', 'running', corednsValues),
    instance('everest', '2.3.14', 'running', { basic: { driver_name: 'disk.csi.everest.io' } }),
    instance('npd', '1.19.1', 'abnormal', { custom: { npc: { enable: false } } }),
    instance('metrics-server', '1.3.60', 'running', {}),
  ],
});
