import type { Conflict, Entity, Source, StoredEvent } from './schema.ts';

/** The parts of entity and event records an answer may read, decoded from the store on demand. */
export interface RecordDecoder {
  entityTail(i: number): EntityTail;
  eventBody(i: number): EventBody;
}

export interface EntityTail {
  readonly roles: Entity['roles'];
  readonly mentions: Source[];
}

export interface EventBody {
  readonly slots: StoredEvent['slots'];
  readonly conflicts: Conflict[];
  readonly sources: Source[];
}

/**
 * An entity whose name and kind are read at load (the name index needs them) and whose roles and
 * mentions (most of its record: hundreds of sources for a name many stories use) when first asked
 * for. Private fields, so that the object's own properties are exactly an Entity's.
 */
export class LeanEntity implements Entity {
  declare country?: string;
  declare placeType?: Entity['placeType'];
  readonly #decoder: RecordDecoder;
  readonly #index: number;
  #tail: EntityTail | undefined;

  constructor(
    decoder: RecordDecoder,
    index: number,
    readonly id: string,
    readonly kind: Entity['kind'],
    readonly name: string,
    readonly aliases: string[],
  ) {
    this.#decoder = decoder;
    this.#index = index;
  }

  get roles(): Entity['roles'] {
    return (this.#tail ??= this.#decoder.entityTail(this.#index)).roles;
  }

  get mentions(): Source[] {
    return (this.#tail ??= this.#decoder.entityTail(this.#index)).mentions;
  }
}

/** An event whose id, kind and label are read at load, and the rest when an answer first reads it. */
export class LeanEvent implements StoredEvent {
  readonly #decoder: RecordDecoder;
  readonly #index: number;
  #body: EventBody | undefined;

  constructor(
    decoder: RecordDecoder,
    index: number,
    readonly id: string,
    readonly kind: string,
    readonly label: string,
  ) {
    this.#decoder = decoder;
    this.#index = index;
  }

  get slots(): StoredEvent['slots'] {
    return (this.#body ??= this.#decoder.eventBody(this.#index)).slots;
  }

  get conflicts(): Conflict[] {
    return (this.#body ??= this.#decoder.eventBody(this.#index)).conflicts;
  }

  get sources(): Source[] {
    return (this.#body ??= this.#decoder.eventBody(this.#index)).sources;
  }
}

/** A plain copy, with its fields in the order extraction writes them (for tests and for checking a write). */
export function plainEntity(e: Entity): Entity {
  const out = { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, roles: e.roles } as Entity;
  if (e.country !== undefined) out.country = e.country;
  if (e.placeType !== undefined) out.placeType = e.placeType;
  out.mentions = e.mentions;
  return out;
}

export function plainEvent(e: StoredEvent): StoredEvent {
  return { id: e.id, kind: e.kind, label: e.label, slots: e.slots, conflicts: e.conflicts, sources: e.sources };
}
