/** Access to Redis (Jedis): the node's pooled client, configured from MicroProfile Config. */
package dev.onair.platform.redis;
