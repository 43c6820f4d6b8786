import type { RequestFailure } from '../../../shared/ipc/contract';

/** A request main refused or failed; `fields` names the bad argument fields, if any. */
export class PlatformRequestError extends Error {
  readonly request: string;
  readonly fields: string[];
  constructor(failure: RequestFailure) {
    super(failure.message);
    this.name = 'PlatformRequestError';
    this.request = failure.request;
    this.fields = failure.fields;
  }
}
