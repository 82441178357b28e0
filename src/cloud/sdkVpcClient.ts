import type { $OpenApiUtil } from '@alicloud/openapi-core';
import { RegionalRpcClient } from './sdkRpcClient';

/** The generated client's `_endpointMap` (`@alicloud/vpc20160428` 7.3.2); other regions: `vpc.<regionId>.aliyuncs.com`. */
const ENDPOINT_MAP: Record<string, string> = {
  'cn-hangzhou': 'vpc.aliyuncs.com',
  'cn-shanghai-finance-1': 'vpc.aliyuncs.com',
  'cn-shenzhen-finance-1': 'vpc.aliyuncs.com',
  'cn-north-2-gov-1': 'vpc.aliyuncs.com',
  'ap-northeast-2-pop': 'vpc.aliyuncs.com',
  'cn-beijing-finance-pop': 'vpc.aliyuncs.com',
  'cn-beijing-gov-1': 'vpc.aliyuncs.com',
  'cn-beijing-nu16-b01': 'vpc.aliyuncs.com',
  'cn-edge-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'cn-fujian': 'vpc.aliyuncs.com',
  'cn-haidian-cm12-c01': 'vpc.aliyuncs.com',
  'cn-hangzhou-bj-b01': 'vpc.aliyuncs.com',
  'cn-hangzhou-finance': 'vpc.aliyuncs.com',
  'cn-hangzhou-internal-prod-1': 'vpc.aliyuncs.com',
  'cn-hangzhou-internal-test-1': 'vpc-pre.cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-2': 'vpc-inner-pre.cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-internal-test-3': 'vpc-pre.cn-hangzhou.aliyuncs.com',
  'cn-hangzhou-test-306': 'vpc-pre.cn-hangzhou.aliyuncs.com',
  'cn-hongkong-finance-pop': 'vpc.aliyuncs.com',
  'cn-huhehaote-nebula-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'cn-qingdao-nebula': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'cn-shanghai-et15-b01': 'vpc-pre.cn-hangzhou.aliyuncs.com',
  'cn-shanghai-et2-b01': 'vpc.aliyuncs.com',
  'cn-shanghai-inner': 'vpc.aliyuncs.com',
  'cn-shanghai-internal-test-1': 'vpc-pre.cn-hangzhou.aliyuncs.com',
  'cn-shenzhen-inner': 'vpc.aliyuncs.com',
  'cn-shenzhen-st4-d01': 'vpc.aliyuncs.com',
  'cn-shenzhen-su18-b01': 'vpc.aliyuncs.com',
  'cn-wuhan': 'vpc.aliyuncs.com',
  'cn-yushanfang': 'vpc.aliyuncs.com',
  'cn-zhangbei': 'vpc.aliyuncs.com',
  'cn-zhangbei-na61-b01': 'vpc.aliyuncs.com',
  'cn-zhangjiakou-na62-a01': 'vpc.cn-zhangjiakou.aliyuncs.com',
  'cn-zhengzhou-nebula-1': 'vpc-nebula.cn-qingdao-nebula.aliyuncs.com',
  'eu-west-1-oxs': 'vpc-nebula.cn-shenzhen-cloudstone.aliyuncs.com',
  'rus-west-1-pop': 'vpc.aliyuncs.com',
};

/**
 * VPC's client (`@alicloud/vpc20160428`) for the one action the adapter calls there, DescribeVSwitches, on the same
 * openapi-core as ECS's: the same signing, transport and errors. The generated client is not evaluated (it requires the
 * models of all its actions); `test/unit/cloud/sdkVpcClient.test.ts` holds this one to it.
 */
export class VpcClient extends RegionalRpcClient {
  constructor(config: $OpenApiUtil.Config) {
    super(config, 'vpc', ENDPOINT_MAP, '2016-04-28');
  }
}
