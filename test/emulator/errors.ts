/** An ECS error as the gateway sends it: code, HTTP status and message. */
export class EmulatorError extends Error {
  constructor(readonly code: string, readonly httpStatus: number, message: string) {
    super(message);
  }
}

export const missingParameter = (name: string): EmulatorError =>
  new EmulatorError(`Missing${name}`, 400, `${name} is mandatory for this action.`);

export const invalidParameter = (name: string, detail = ''): EmulatorError =>
  new EmulatorError(`Invalid${name}`, 400, `Specified parameter ${name} is not valid.${detail ? ` ${detail}` : ''}`);

export const regionNotFound = (): EmulatorError =>
  new EmulatorError('InvalidRegionId.NotFound', 404, 'The specified RegionId does not exist.');
