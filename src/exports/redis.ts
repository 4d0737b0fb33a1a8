/**
 * `opensymphony-control/redis`: several replicas as one control plane, on Redis. Needs the
 * optional peer dependency `redis` (`npm install redis`); nothing else in the package loads it.
 */
export { createRedisStore, RedisSnapshotStore, type RedisStoreOptions } from '../redis-store.js';
export { DEFAULT_REDIS_PREFIX, StoreUnavailableError, STORE_RETRY_AFTER_S, type SnapshotEngine } from '../engine.js';
