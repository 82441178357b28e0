/** What the attach rules need of an instance type (DescribeInstanceTypes). */
export interface InstanceTypeInfo {
  readonly instanceTypeId: string;
  /** Most ENIs an instance of this type can have, the primary one included. */
  readonly eniQuantity: number;
}
