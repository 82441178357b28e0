import * as assert from 'node:assert';
import { SdkClients } from '../../../src/cloud/sdkClients';

const KEYS = { kind: 'accessKey', accessKeyId: 'ak', accessKeySecret: 'secret' } as const;
const clients = (endpoint: string | undefined): SdkClients => new SdkClients({ endpoint, timeoutMs: 1000, credentials: KEYS });

describe('SdkClients: where ECS and VPC calls go', () => {
  it("sends both to each region's own endpoints when no endpoint is set", () => {
    const both = clients(undefined);
    assert.strictEqual(both.clientFor('cn-beijing', 'DescribeInstances')._endpoint, 'ecs.cn-beijing.aliyuncs.com');
    assert.strictEqual(both.vpcClientFor('cn-beijing', 'DescribeVSwitches')._endpoint, 'vpc.cn-beijing.aliyuncs.com');
    assert.strictEqual(both.vpcClientFor('cn-hangzhou', 'DescribeVSwitches')._endpoint, 'vpc.aliyuncs.com');
  });

  it("sends VPC's calls to VPC's endpoint of the region when the custom endpoint is one of ECS's own hosts", () => {
    const privateEcs = clients('ecs-vpc.cn-beijing.aliyuncs.com');
    assert.strictEqual(privateEcs.clientFor('cn-beijing', 'DescribeInstances')._endpoint, 'ecs-vpc.cn-beijing.aliyuncs.com');
    assert.strictEqual(privateEcs.vpcClientFor('cn-beijing', 'DescribeVSwitches')._endpoint, 'vpc-vpc.cn-beijing.aliyuncs.com');
    assert.strictEqual(privateEcs.vpcClientFor('cn-shanghai', 'DescribeVSwitches')._endpoint, 'vpc-vpc.cn-shanghai.aliyuncs.com');
    assert.strictEqual(privateEcs.vpcClientFor('cn-hangzhou', 'DescribeVSwitches')._endpoint, 'vpc-vpc.cn-hangzhou.aliyuncs.com');
    const central = clients('https://ecs.aliyuncs.com');
    assert.strictEqual(central.vpcClientFor('cn-shanghai', 'DescribeVSwitches')._endpoint, 'vpc.cn-shanghai.aliyuncs.com');
    assert.strictEqual(
      clients('ecs-cn-hangzhou.aliyuncs.com').vpcClientFor('cn-hangzhou', 'DescribeVSwitches')._endpoint,
      'vpc.aliyuncs.com',
    );
    const publicEcs = clients('https://ecs.cn-beijing.aliyuncs.com');
    assert.strictEqual(publicEcs.vpcClientFor('cn-beijing', 'DescribeVSwitches')._endpoint, 'vpc.cn-beijing.aliyuncs.com');
  });

  it('sends both to any other custom endpoint (a gateway, the emulator), which serves both', () => {
    for (const [endpoint, host] of [
      ['127.0.0.1:8787', '127.0.0.1:8787'],
      ['https://gateway.example.com', 'gateway.example.com'],
      ['https://ecs.example.aliyuncs.com.evil.test', 'ecs.example.aliyuncs.com.evil.test'],
    ]) {
      const custom = clients(endpoint);
      assert.strictEqual(custom.vpcClientFor('cn-beijing', 'DescribeVSwitches')._endpoint, host, endpoint);
      assert.strictEqual(custom.clientFor('cn-beijing', 'DescribeInstances')._endpoint, host, endpoint);
    }
  });
});
