/** The id formats ECS uses: a prefix, a dash, then lower-case letters and digits. */
export const INSTANCE_ID = /^i-[a-z0-9]{6,40}$/;
export const NETWORK_INTERFACE_ID = /^eni-[a-z0-9]{6,40}$/;

export const isInstanceId = (value: string): boolean => INSTANCE_ID.test(value);
export const isNetworkInterfaceId = (value: string): boolean => NETWORK_INTERFACE_ID.test(value);
