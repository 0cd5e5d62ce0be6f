import { afterEach, describe, expect, it } from 'vitest';
import type { LabelFailure } from '../../shared/node-labels';
import { activateLocale } from '../i18n/i18n';
import { ApiError, NETWORK_ERROR } from './api-client';
import { describeLabelReason } from './describe-label-reason';

const clusterId = '3f2a6c1e-0000-4000-8000-000000000001';
const failures: [LabelFailure, string, string][] = [
  [{ code: 'no-kubeconfig', where: 'demo' }, 'No kubeconfig for this cluster: in demo mode only the simulator’s own clusters have a Kubernetes API.', '此集群没有kubeconfig：演示模式下只有模拟器自带的集群提供Kubernetes API。'],
  [
    { code: 'no-kubeconfig', where: 'unset' },
    `No kubeconfig for this cluster: set KUBECONFIG_DIR and put a kubeconfig at <KUBECONFIG_DIR>/${clusterId}.yaml to read real labels.`,
    `此集群没有kubeconfig：请设置KUBECONFIG_DIR，并将kubeconfig放在<KUBECONFIG_DIR>/${clusterId}.yaml，以读取真实标签。`,
  ],
  [
    { code: 'no-kubeconfig', where: 'directory' },
    `No kubeconfig for this cluster: put a kubeconfig at <KUBECONFIG_DIR>/${clusterId}.yaml to read real labels.`,
    `此集群没有kubeconfig：请将kubeconfig放在<KUBECONFIG_DIR>/${clusterId}.yaml，以读取真实标签。`,
  ],
  [{ code: 'kubeconfig-unreadable', kubeconfig: '<KUBECONFIG_DIR>/a.yml' }, 'The kubeconfig <KUBECONFIG_DIR>/a.yml is not one the planner can read', 'kubeconfig <KUBECONFIG_DIR>/a.yml无法被规划器读取'],
  [{ code: 'kubeconfig-no-cluster' }, 'The cluster’s kubeconfig has no current context naming a cluster', '此集群的kubeconfig没有指向集群的当前上下文'],
  [{ code: 'redirect', status: 302 }, 'answered with a redirect (HTTP 302), which the planner does not follow', '返回了重定向（HTTP 302），规划器不会跟随'],
  [{ code: 'refused', status: 401 }, 'refused the kubeconfig’s credentials (HTTP 401)', '拒绝了kubeconfig的凭据（HTTP 401）'],
  [{ code: 'http', status: 500 }, 'answered HTTP 500 to the node list', '返回了HTTP 500'],
  [{ code: 'timeout', seconds: 2.5 }, 'did not answer within 2.5 s', '在2.5秒内没有响应'],
  [{ code: 'malformed' }, 'sent a node list the planner could not read', '返回的节点列表无法被规划器读取'],
  [{ code: 'unreachable', errno: 'ECONNREFUSED' }, 'The cluster’s Kubernetes API could not be reached (ECONNREFUSED). Check', '无法连接集群的Kubernetes API（ECONNREFUSED）。'],
  [{ code: 'unreachable' }, 'The cluster’s Kubernetes API could not be reached. Check', '无法连接集群的Kubernetes API。'],
];

describe('why node labels are derived, in the planner’s language', () => {
  afterEach(() => activateLocale('en'));

  it.each(failures)('words %j from its code in English and in Chinese', async (failure, english, chinese) => {
    expect(describeLabelReason({ failure, clusterId })).toContain(english);
    await activateLocale('zh-CN');
    expect(describeLabelReason({ failure, clusterId })).toContain(chinese);
  });

  it('words a failed label query from the error, in the language chosen when it is shown', async () => {
    const reason = { error: new ApiError({ status: 0, code: NETWORK_ERROR, message: 'unused' }) };
    expect(describeLabelReason(reason)).toMatch(/^The planner’s server could not be reached: /);
    await activateLocale('zh-CN');
    expect(describeLabelReason(reason)).toMatch(/^无法连接规划器服务端：/);
  });
});
