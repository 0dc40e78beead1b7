/// Version of the data directory format (docs/data-format.md). Bump it with a migration.
public let schemaVersion = 4
