export interface Region {
  readonly regionId: string;
  readonly localName: string;
  readonly status: 'available' | 'soldOut' | string;
}
