import { ACTIONS } from './actions';
import type { OneShotFault } from './faults';

/** A one-shot fault as the command line arms it: for the next `times` calls of `action` (of any action when undefined). */
export interface ArmedFault {
  readonly action: string | undefined;
  readonly fault: OneShotFault;
  readonly times: number;
}

export const FAULT_SYNTAX =
  '<Action|*>:<fault>[:<times>], where <fault> is error=<Code>, reset, garbage or slow=<ms>, ' +
  'or error-after[=<Code>], reset-after or garbage-after to carry the action out first';

function faultOf(text: string): OneShotFault | undefined {
  const [name, value] = text.split('=', 2) as [string, string | undefined];
  switch (name) {
    case 'error':
      return value ? { kind: 'error', code: value } : undefined;
    case 'error-after':
      return { kind: 'error', code: value || 'InternalError', afterAction: true };
    case 'reset':
    case 'garbage':
      return value === undefined ? { kind: name } : undefined;
    case 'reset-after':
    case 'garbage-after':
      return value === undefined ? { kind: name === 'reset-after' ? 'reset' : 'garbage', afterAction: true } : undefined;
    case 'slow':
      return value && /^\d{1,7}$/.test(value) ? { kind: 'slow', ms: Number(value) } : undefined;
    default:
      return undefined;
  }
}

/** `AttachNetworkInterface:reset-after`, `DescribeInstances:error=ServiceUnavailable:4`, `*:slow=5000`. */
export function parseFaultSpec(spec: string): ArmedFault {
  const [action, faultText, timesText, ...rest] = spec.split(':');
  const fault = faultText === undefined ? undefined : faultOf(faultText);
  const times = timesText === undefined ? 1 : Number(timesText);
  const knownAction = action === '*' || (action !== undefined && ACTIONS.has(action));
  if (!fault || !knownAction || rest.length > 0 || !Number.isInteger(times) || times < 1) {
    throw new Error(`--fault must look like ${FAULT_SYNTAX}; ${JSON.stringify(spec)} does not`);
  }
  return { action: action === '*' ? undefined : action, fault, times };
}
