import type { Logger, SocketModeReceiver } from '@slack/bolt';
import type { WorkInFlight } from './work.ts';

type SocketModeClient = SocketModeReceiver['client'];

/** What the Socket Mode client hands its `slack_event` listeners; only the id is read here. */
interface EnvelopeArgs {
  readonly envelope_id?: unknown;
}
type EnvelopeHandler = (args: EnvelopeArgs) => unknown;

/** The door envelopes come in through; closing it is the first step of a Socket Mode stop. */
export interface EnvelopeGate {
  /** From now on envelopes are left unacknowledged, so Slack delivers them again, to another instance. */
  close(): void;
  readonly closed: boolean;
  /** Envelopes received after `close()`. */
  readonly refused: number;
}

/**
 * Bolt's SocketModeReceiver acks every envelope and runs the listeners from one `slack_event` handler
 * on the Socket Mode client. Wrapping that handler lets a stop refuse new envelopes while the socket
 * stays open: one that is refused is never acked (Slack redelivers it), and the ones taken before the
 * stop are acked and answered before the socket closes. Each taken envelope is tracked as work from
 * the moment it arrives, so a stop also waits for acks that have not gone out yet.
 */
export function gateEnvelopes(client: SocketModeClient, work: WorkInFlight, logger: Logger): EnvelopeGate {
  const handlers = client.listeners('slack_event') as EnvelopeHandler[];
  if (handlers.length === 0)
    throw new Error(
      'The Socket Mode receiver registered no envelope handler: the Bolt version is not the one this gate was ' +
        'written for.',
    );
  client.removeAllListeners('slack_event');
  let closed = false;
  let refused = 0;
  client.on('slack_event', (args: EnvelopeArgs) => {
    if (closed) {
      refused += 1;
      logger.debug(`Stopping: left envelope ${String(args.envelope_id)} unacknowledged for Slack to deliver again.`);
      return;
    }
    // Bolt's handler catches its listeners' errors; anything else is logged here, not left unhandled.
    work.track(Promise.all(handlers.map((handle) => handle(args)))).catch((error: unknown) => {
      logger.error(`Handling a Socket Mode envelope failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  return {
    close: () => {
      closed = true;
    },
    get closed() {
      return closed;
    },
    get refused() {
      return refused;
    },
  };
}

/**
 * Closes the socket (a close frame, code 1000) and waits, within `timeoutMs`, for the close handshake.
 * Bolt's own `app.stop()` only starts it; a process that exits right after may never send the frame.
 */
export async function disconnect(client: SocketModeClient, timeoutMs: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const closed = await Promise.race([client.disconnect().then(() => true), late]);
  clearTimeout(timer);
  if (!closed) logger.warn(`Slack did not complete the close of the socket within ${timeoutMs} ms; stopping anyway.`);
}
