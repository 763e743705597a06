//! Session files in RON: load, atomic save, lock, schema migration, the folder index.
