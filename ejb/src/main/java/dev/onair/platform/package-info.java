/** Technical plumbing shared by the business components: configuration, database migration, Redis, JMS, time, health. */
package dev.onair.platform;
