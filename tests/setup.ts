// Every test gets a fresh in-memory IndexedDB, as a device would on first use.
import 'fake-indexeddb/auto';
