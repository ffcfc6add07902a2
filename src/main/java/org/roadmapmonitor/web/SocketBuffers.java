package org.roadmapmonitor.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat copies a response into each connection's socket write buffer and writes that buffer to the socket, one
 * buffer at a time: 8 KiB by default, so the 13 MB KPI matrix of a global-tier framework (kept encoded, given in one
 * write with its Content-Length) went out as ~1,600 copies and socket writes. 64 KiB makes that ~200, for 56 KiB
 * more per open connection ({@code roadmap.http.socket-write-buffer}).
 */
@Configuration(proxyBeanMethods = false)
class SocketBuffers {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
            @Value("${roadmap.http.socket-write-buffer:65536}") int bytes) {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(bytes)));
    }
}
