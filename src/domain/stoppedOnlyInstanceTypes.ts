/**
 * Instance types whose instances must be Stopped to attach or detach an ENI, from Alibaba Cloud's "Bind a secondary
 * ENI" documentation (https://www.alibabacloud.com/help/en/doc-detail/58503.htm). Kept as data: ECS exposes no field for it.
 */
export const STOPPED_ONLY_INSTANCE_TYPES: ReadonlySet<string> = new Set([
  'ecs.s6-c1m1.small',
  'ecs.s6-c1m2.large',
  'ecs.s6-c1m2.small',
  'ecs.s6-c1m4.large',
  'ecs.s6-c1m4.small',
  'ecs.e-c1m1.large',
  'ecs.e-c1m2.large',
  'ecs.e-c1m4.large',
  'ecs.t6-c1m1.large',
  'ecs.t6-c1m2.large',
  'ecs.t6-c1m4.large',
  'ecs.t6-c2m1.large',
  'ecs.t6-c4m1.large',
  'ecs.t5-c1m1.large',
  'ecs.t5-c1m2.large',
  'ecs.t5-c1m4.large',
  'ecs.t5-lc1m1.small',
  'ecs.t5-lc1m2.large',
  'ecs.t5-lc1m2.small',
  'ecs.t5-lc1m4.large',
  'ecs.t5-lc2m1.nano',
  'ecs.xn4.small',
  'ecs.n4.small',
  'ecs.n4.large',
  'ecs.mn4.small',
  'ecs.mn4.large',
  'ecs.e4.small',
  'ecs.e4.large',
]);
