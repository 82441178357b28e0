/** Hostile texts as they could come in a tag key, an ENI name or an ECS message. */
export const HOSTILE_TEXTS = [
  '[Open](command:workbench.action.terminal.new)',
  'x [Retry](command:alicloudEcs.attachNetworkInterface?%7B%22regionId%22%3A%22cn-hangzhou%22%7D) y',
  '[docs](https://evil.example/phish "Alibaba Cloud")',
  "[docs](http://evil.example 'title')",
  '[file](file:///etc/passwd)',
  'x[a b](command:x?%5B%5D)',
  '[UPPER](COMMAND:x)',
  '[a](command:x)[b](command:y)',
  '[a](command:x"y")',
];
