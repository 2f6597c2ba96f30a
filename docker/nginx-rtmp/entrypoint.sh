#!/bin/sh
# OnAir nginx-rtmp container: renders config/nginx-rtmp.conf.template exactly as
# bin/onair does (envsubst with the same four variables), then runs nginx in the
# foreground with its own prefix.
set -eu
: "${ONAIR_NGINX_PREFIX:=/var/lib/onair-nginx}"
: "${ONAIR_RTMP_PORT:=1935}"
: "${ONAIR_MEDIA_HTTP_PORT:=8088}"
: "${ONAIR_MEDIA_CALLBACK_PORT:=8089}"
export ONAIR_NGINX_PREFIX ONAIR_RTMP_PORT ONAIR_MEDIA_HTTP_PORT ONAIR_MEDIA_CALLBACK_PORT
template=${ONAIR_NGINX_TEMPLATE:-/etc/onair/nginx-rtmp.conf.template}
p=$ONAIR_NGINX_PREFIX

mkdir -p "$p/conf" "$p/logs" "$p/temp" "$p/hls"
# shellcheck disable=SC2016  # the list of variables envsubst may replace
envsubst '${ONAIR_NGINX_PREFIX} ${ONAIR_RTMP_PORT} ${ONAIR_MEDIA_HTTP_PORT} ${ONAIR_MEDIA_CALLBACK_PORT}' \
  < "$template" > "$p/conf/nginx.conf"
# This container shares the network namespace of the payara container
# (network_mode: service:payara), so the template's 127.0.0.1 callbacks, relay
# and MediaServerUrl work unchanged. Only the two listeners move to all
# addresses, so that the ports published on the payara service reach nginx.
sed -i 's/listen 127\.0\.0\.1:/listen /' "$p/conf/nginx.conf"

nginx -p "$p/" -c conf/nginx.conf -g 'daemon off;' -t
exec nginx -p "$p/" -c conf/nginx.conf -g 'daemon off;'
