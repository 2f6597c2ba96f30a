/** {@code /api/v1/groups}: chat groups and their members over HTTP (bearer token), errors as problems. */
package dev.onair.web.group;
