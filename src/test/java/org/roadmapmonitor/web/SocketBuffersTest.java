package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The running connector writes responses through a 64 KiB socket buffer, not Tomcat's 8 KiB default. */
@IntegrationTest
class SocketBuffersTest {
    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorWritesThrough64KiB() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(tomcat.getConnector().getProperty("socket.appWriteBufSize")).hasToString("65536");
    }
}
