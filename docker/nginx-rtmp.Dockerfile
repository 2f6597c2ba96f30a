# syntax=docker/dockerfile:1
# OnAir nginx-rtmp: Debian 12's nginx + libnginx-mod-rtmp, configured from the
# same config/nginx-rtmp.conf.template that bin/onair renders.
# Build context: the repository root.
FROM debian:12-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx libnginx-mod-rtmp gettext-base \
 && rm -rf /var/lib/apt/lists/*
COPY config/nginx-rtmp.conf.template /etc/onair/nginx-rtmp.conf.template
COPY docker/nginx-rtmp/entrypoint.sh /usr/local/bin/onair-nginx
ENV ONAIR_NGINX_PREFIX=/var/lib/onair-nginx \
    ONAIR_RTMP_PORT=1935 \
    ONAIR_MEDIA_HTTP_PORT=8088 \
    ONAIR_MEDIA_CALLBACK_PORT=8089
ENTRYPOINT ["/usr/local/bin/onair-nginx"]
