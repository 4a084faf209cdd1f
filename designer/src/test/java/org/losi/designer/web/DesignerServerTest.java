package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class DesignerServerTest {

    @Test
    void portZeroListensOnAFreePortAndTheUrlNamesIt() {
        try (DesignerServer server = Fixtures.startOnFreePort()) {
            assertThat(server.port()).isPositive();
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        }
    }

    @Test
    void withoutAHostItListensOnThisMachineOnly() {
        try (DesignerServer server = DesignerServer.start(Fixtures.rules(), Fixtures.samples(), null, 0)) {
            assertThat(server.url()).startsWith("http://" + DesignerServer.DEFAULT_HOST + ":");
            assertThat(DesignerServer.DEFAULT_HOST).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void closingStopsListening() {
        DesignerServer server = Fixtures.startOnFreePort();
        int port = server.port();

        server.close();

        assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    }

    @Test
    void aSecondServerOnATakenPortFailsToStart() {
        try (DesignerServer first = Fixtures.startOnFreePort()) {
            assertThatThrownBy(() -> DesignerServer.start(Fixtures.rules(), Fixtures.samples(), null, first.port()))
                    .hasMessageContaining(String.valueOf(first.port()));
        }
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        }
    }
}
